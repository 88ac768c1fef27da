package vn.vanthu.repo.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.vanthu.dossier.InMemoryDossierSequence;
import vn.vanthu.report.FeedbackReport;
import vn.vanthu.report.InMemoryStatisticsStore;
import vn.vanthu.report.Period;
import vn.vanthu.repo.config.DossierConfiguration;
import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.repo.portal.PortalSettings;
import vn.vanthu.repo.store.FakeTransaction;
import vn.vanthu.repo.store.NodeFactsReader;
import vn.vanthu.repo.store.StatisticsTracker;

/**
 * A feedback as the public intake creates it, through the feedback behaviour (whose writes run with
 * behaviours off) and the statistics behaviour: it is in the next report, and its answer moves it
 * from open to answered on time, counted at commit.
 */
class FeedbackStatisticsTest {

    private static final Period JANUARY = new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 31));
    private static final Period Q1 = new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31));

    private final NodeService nodeService = mock(NodeService.class);
    private final InMemoryStatisticsStore store = new InMemoryStatisticsStore();
    private final FakeTransaction transaction = new FakeTransaction();
    private final StatisticsBehaviour statistics = new StatisticsBehaviour();
    private final FeedbackBehaviour feedback = new FeedbackBehaviour();
    private final Map<QName, Serializable> props = new HashMap<>();
    private final NodeRef folder = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "folder");
    private final NodeRef node = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "f1");

    @BeforeEach
    void setUp() {
        StatisticsTracker tracker = new StatisticsTracker();
        tracker.setNodeService(nodeService);
        tracker.setStatisticsStore(store);
        tracker.setFactsReader(new NodeFactsReader());
        tracker.setTransactionResources(transaction);
        statistics.setNodeService(nodeService);
        statistics.setTracker(tracker);
        PortalSettings settings = new PortalSettings();
        settings.init();
        feedback.setSettings(settings);
        feedback.setConfiguration(new DossierConfiguration());
        feedback.setNodeService(nodeService);
        feedback.setBehaviourFilter(mock(BehaviourFilter.class));
        feedback.setPolicyComponent(mock(PolicyComponent.class));
        feedback.setSequence(new InMemoryDossierSequence());
        when(nodeService.exists(node)).thenReturn(true);
        when(nodeService.getType(node)).thenReturn(VanthuModel.TYPE_FEEDBACK);
        when(nodeService.getAspects(node)).thenReturn(new HashSet<>(Set.of()));
        when(nodeService.getProperties(node)).thenAnswer(c -> new HashMap<>(props));
        doAnswer(c -> {
            props.putAll(c.getArgument(1));
            return null;
        }).when(nodeService).addProperties(eq(node), any());
    }

    private static Date at(String dateTime) {
        return Date.from(ZonedDateTime.parse(dateTime + "+07:00[Asia/Ho_Chi_Minh]").toInstant());
    }

    @Test
    void aPublicFeedbackIsInTheNextReportAndItsAnswerIsCountedOnTime() {
        props.put(VanthuModel.PROP_FEEDBACK_RECEIVED_AT, at("2023-01-18T10:00"));
        props.put(VanthuModel.PROP_FEEDBACK_CHANNEL, "PORTAL");
        props.put(VanthuModel.PROP_FEEDBACK_STATUS, "RECEIVED");
        props.put(VanthuModel.PROP_SUBMITTER_NAME, "Nguyễn Văn An");
        props.put(VanthuModel.PROP_SUBMITTER_ADDRESS, "Thôn 3");
        props.put(VanthuModel.PROP_SUBMITTER_PHONE, "0905123456");
        props.put(VanthuModel.PROP_FEEDBACK_PROCEDURE_CODE, "1.001193");
        props.put(VanthuModel.PROP_FEEDBACK_CONTENT, "Chưa niêm yết lệ phí đăng ký khai sinh quá hạn.");
        ChildAssociationRef assoc = new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, folder, ContentModel.ASSOC_CONTAINS, node, true, 0);
        statistics.onCreateNode(assoc);
        feedback.onCreateNode(assoc);
        transaction.commit();

        FeedbackReport january = FeedbackReport.compute(store.snapshot(), JANUARY, FeedbackReport.Grouping.FIELD);
        assertEquals(new FeedbackReport.Counts(1, 1, 0, 0, 0, 1, 0), january.countsOf("Hộ tịch"));
        // Due 08/02: still open and within the due date at the end of January.

        Map<QName, Serializable> before = new HashMap<>(props);
        props.put(VanthuModel.PROP_FEEDBACK_STATUS, "ANSWERED");
        props.put(VanthuModel.PROP_ANSWER_TEXT, "Đã niêm yết bổ sung.");
        props.put(VanthuModel.PROP_ANSWERED_AT, at("2023-02-03T09:00"));
        Map<QName, Serializable> after = new HashMap<>(props);
        statistics.onUpdateProperties(node, before, after);
        feedback.onUpdateProperties(node, before, after);
        transaction.commit();

        FeedbackReport q1 = FeedbackReport.compute(store.snapshot(), Q1, FeedbackReport.Grouping.CHANNEL);
        assertEquals(new FeedbackReport.Counts(1, 1, 0, 1, 0, 0, 0), q1.countsOf("PORTAL"));
        assertEquals(new FeedbackReport.Counts(1, 1, 0, 0, 0, 1, 0),
                FeedbackReport.compute(store.snapshot(), JANUARY, FeedbackReport.Grouping.CHANNEL).countsOf("PORTAL"),
                "January still ends with it open");
    }
}
