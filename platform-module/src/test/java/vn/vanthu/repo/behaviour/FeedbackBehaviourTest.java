package vn.vanthu.repo.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

import vn.vanthu.calendar.WorkingCalendar;
import vn.vanthu.dossier.InMemoryDossierSequence;
import vn.vanthu.repo.config.DossierConfiguration;
import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.repo.portal.PortalSettings;

class FeedbackBehaviourTest {

    private final NodeRef node = new NodeRef("workspace://SpacesStore/f1");
    private final NodeRef parent = new NodeRef("workspace://SpacesStore/p1");
    private final NodeService nodeService = mock(NodeService.class);
    private final BehaviourFilter filter = mock(BehaviourFilter.class);
    private final FeedbackBehaviour behaviour = new FeedbackBehaviour();

    @BeforeEach
    void setUp() {
        PortalSettings settings = new PortalSettings();
        settings.setHandlingDays(10);
        settings.init();
        behaviour.setConfiguration(new DossierConfiguration());
        behaviour.setSettings(settings);
        behaviour.setNodeService(nodeService);
        behaviour.setBehaviourFilter(filter);
        behaviour.setPolicyComponent(mock(PolicyComponent.class));
        behaviour.setSequence(new InMemoryDossierSequence());
        when(nodeService.exists(node)).thenReturn(true);
    }

    private static Date at(int y, int m, int d, int h, int min) {
        return Date.from(WorkingCalendar.instant(LocalDateTime.of(y, m, d, h, min)));
    }

    private Map<QName, Serializable> create(Map<QName, Serializable> props) {
        when(nodeService.getProperties(node)).thenReturn(props);
        behaviour.onCreateNode(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, parent, QName.createQName(VanthuModel.NAMESPACE_URI, "f"), node));
        return written();
    }

    @SuppressWarnings("unchecked")
    private Map<QName, Serializable> written() {
        ArgumentCaptor<Map<QName, Serializable>> captor = ArgumentCaptor.forClass(Map.class);
        verify(nodeService).addProperties(eq(node), captor.capture());
        return captor.getValue();
    }

    private static Map<QName, Serializable> complete() {
        Map<QName, Serializable> p = new HashMap<>();
        p.put(VanthuModel.PROP_FEEDBACK_RECEIVED_AT, at(2023, 1, 18, 10, 0));
        p.put(VanthuModel.PROP_FEEDBACK_STATUS, "RECEIVED");
        p.put(VanthuModel.PROP_SUBMITTER_NAME, "Nguyễn Văn An");
        p.put(VanthuModel.PROP_SUBMITTER_ADDRESS, "Thôn 3, xã Phú Hồ");
        p.put(VanthuModel.PROP_SUBMITTER_EMAIL, "an@example.vn");
        p.put(VanthuModel.PROP_FEEDBACK_PROCEDURE_CODE, "2.000815");
        p.put(VanthuModel.PROP_FEEDBACK_CONTENT, "Phí chứng thực niêm yết không rõ.");
        return p;
    }

    @Test
    void aNewFeedbackGetsItsCodeDueDateAcrossTetFieldAndAdmissibility() {
        Map<QName, Serializable> w = create(complete());
        assertEquals("PAKN-230118-0001", w.get(VanthuModel.PROP_FEEDBACK_CODE));
        // 10 working days after Wed 18/01/2023, Tết 20-26/01 skipped: Wed 08/02 17:00.
        assertEquals(at(2023, 2, 8, 17, 0), w.get(VanthuModel.PROP_FEEDBACK_DUE_AT));
        assertEquals("Chứng thực", w.get(VanthuModel.PROP_FEEDBACK_FIELD));
        assertEquals(Boolean.TRUE, w.get(VanthuModel.PROP_ADMISSIBLE));
        assertEquals("ADMISSIBLE", w.get(VanthuModel.PROP_FEEDBACK_STATUS));
        assertEquals("", w.get(VanthuModel.PROP_INADMISSIBLE_REASON));
        InOrder order = inOrder(filter, nodeService);
        order.verify(filter).disableBehaviour(node);
        order.verify(nodeService).addProperties(eq(node), any());
        order.verify(filter).enableBehaviour(node);
    }

    @Test
    void withoutAddressOrContactItIsRecordedAsNotAdmissibleWithTheReason() {
        Map<QName, Serializable> p = complete();
        p.remove(VanthuModel.PROP_SUBMITTER_ADDRESS);
        p.remove(VanthuModel.PROP_SUBMITTER_EMAIL);
        Map<QName, Serializable> w = create(p);
        assertEquals(Boolean.FALSE, w.get(VanthuModel.PROP_ADMISSIBLE));
        assertEquals("NOT_ADMISSIBLE", w.get(VanthuModel.PROP_FEEDBACK_STATUS));
        assertEquals("Thiếu địa chỉ liên hệ / The address is missing; Thiếu số điện thoại hoặc địa chỉ thư điện tử / Neither a phone"
                + " number nor an e-mail address is given", w.get(VanthuModel.PROP_INADMISSIBLE_REASON));
    }

    @Test
    void aGivenCodeDueDateAndLaterStatusAreKept() {
        Map<QName, Serializable> p = complete();
        p.put(VanthuModel.PROP_FEEDBACK_CODE, "PAKN-230118-0042");
        p.put(VanthuModel.PROP_FEEDBACK_DUE_AT, at(2023, 3, 1, 17, 0));
        p.put(VanthuModel.PROP_FEEDBACK_STATUS, "ASSIGNED");
        Map<QName, Serializable> w = create(p);
        assertFalse(w.containsKey(VanthuModel.PROP_FEEDBACK_CODE));
        assertFalse(w.containsKey(VanthuModel.PROP_FEEDBACK_DUE_AT));
        assertFalse(w.containsKey(VanthuModel.PROP_FEEDBACK_STATUS), "an imported status is not re-checked");
    }

    @Test
    void answeringSetsTheAnswerTimeOnceAndCorrectingTheSubmitterRechecks() {
        Map<QName, Serializable> before = complete();
        before.put(VanthuModel.PROP_FEEDBACK_STATUS, "ASSIGNED");
        Map<QName, Serializable> after = new HashMap<>(before);
        after.put(VanthuModel.PROP_FEEDBACK_STATUS, "ANSWERED");
        behaviour.onUpdateProperties(node, before, after);
        assertTrue(written().get(VanthuModel.PROP_ANSWERED_AT) instanceof Date);

        NodeService fresh = mock(NodeService.class);
        when(fresh.exists(node)).thenReturn(true);
        behaviour.setNodeService(fresh);
        Map<QName, Serializable> notAdmissible = complete();
        notAdmissible.put(VanthuModel.PROP_FEEDBACK_STATUS, "NOT_ADMISSIBLE");
        notAdmissible.remove(VanthuModel.PROP_SUBMITTER_ADDRESS);
        Map<QName, Serializable> corrected = new HashMap<>(notAdmissible);
        corrected.put(VanthuModel.PROP_SUBMITTER_ADDRESS, "Thôn 5");
        behaviour.onUpdateProperties(node, notAdmissible, corrected);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<QName, Serializable>> captor = ArgumentCaptor.forClass(Map.class);
        verify(fresh).addProperties(eq(node), captor.capture());
        assertEquals("ADMISSIBLE", captor.getValue().get(VanthuModel.PROP_FEEDBACK_STATUS));
        assertNull(captor.getValue().get(VanthuModel.PROP_ANSWERED_AT));
    }

    @Test
    void creationEventsWithEmptyBeforeAndUnrelatedUpdatesWriteNothing() {
        behaviour.onUpdateProperties(node, Map.of(), complete());
        Map<QName, Serializable> before = complete();
        before.put(VanthuModel.PROP_FEEDBACK_STATUS, "ASSIGNED");
        Map<QName, Serializable> after = new HashMap<>(before);
        after.put(VanthuModel.PROP_FEEDBACK_HANDLER, "canbo1");
        behaviour.onUpdateProperties(node, before, after);
        verify(nodeService, never()).addProperties(any(), any());
    }
}
