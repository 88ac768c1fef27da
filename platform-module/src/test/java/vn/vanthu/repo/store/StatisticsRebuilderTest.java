package vn.vanthu.repo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.Test;

import vn.vanthu.report.DocumentFacts;
import vn.vanthu.report.DocumentReport;
import vn.vanthu.report.InMemoryStatisticsStore;
import vn.vanthu.report.Period;
import vn.vanthu.report.StatisticsDelta;
import vn.vanthu.repo.model.VanthuModel;

class StatisticsRebuilderTest {

    private final NodeService nodeService = mock(NodeService.class);
    private final InMemoryStatisticsStore store = new InMemoryStatisticsStore();
    // The recount must see every node, whoever asks for it.
    private final FakeQueryDatabase database = new FakeQueryDatabase(
            () -> assertEquals(AuthenticationUtil.getSystemUserName(), AuthenticationUtil.getRunAsUser()));

    private NodeRef node(QName type, Map<QName, Serializable> properties) {
        NodeRef node = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "n" + properties.hashCode() + type.hashCode());
        when(nodeService.getType(node)).thenReturn(type);
        when(nodeService.getAspects(node)).thenReturn(Set.of());
        when(nodeService.getProperties(node)).thenReturn(properties);
        return node;
    }

    private static Date day(int dayOfMonth) {
        return Date.from(ZonedDateTime.parse("2023-12-0" + dayOfMonth + "T09:00+07:00[Asia/Ho_Chi_Minh]").toInstant());
    }

    @Test
    void recountsFromTheNodesPageByPageAndReportsTheCorrections() {
        List<NodeRef> incoming = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            incoming.add(node(VanthuModel.TYPE_INCOMING_DOCUMENT, Map.of(VanthuModel.PROP_ARRIVAL_DATE, day(i),
                    VanthuModel.PROP_RECEIVED_ELECTRONICALLY, Boolean.TRUE)));
        }
        incoming.forEach(node -> database.add("TYPE:\"vt:incomingDocument\"", node));
        // The store believes in one incoming document that was deleted while behaviours were disabled.
        store.apply(StatisticsDelta.between(null, new DocumentFacts(DocumentFacts.Kind.INCOMING,
                LocalDate.of(2023, 12, 7), true, null)));
        StatisticsRebuilder rebuilder = FakeQueryDatabase.rebuilder(database.nodeQueries(2), nodeService, store);

        StatisticsRebuilder.Result result = rebuilder.rebuild();

        assertEquals(Map.of("incomingDocument", 5, "outgoingDocument", 0, "dossier", 0), result.nodes());
        // Days 1..5 gain count, electronic and sig:NOT_CHECKED; day 7 loses its three.
        assertEquals(18, result.bucketsCorrected());
        assertEquals(new StatisticsRebuilder.Correction("INCOMING", "2023-12-01", "count", 0, 1),
                result.corrections().get(0));
        DocumentReport report = DocumentReport.compute(store.snapshot(),
                new Period(LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 31)));
        assertEquals(5, report.received());
        assertEquals(5, report.enteredElectronically());
        // Three pages of two for five incoming documents, one for each other type; all exact and paged.
        assertEquals(5, database.queries().size());
        database.queries().forEach(parameters -> {
            assertEquals(org.alfresco.service.cmr.search.QueryConsistency.TRANSACTIONAL, parameters.getQueryConsistency());
            assertEquals(2, parameters.getMaxItems());
        });
        // A second rebuild finds nothing to correct.
        assertEquals(0, rebuilder.rebuild().bucketsCorrected());
    }
}
