package vn.vanthu.repo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import vn.vanthu.numbering.NumberStore;
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
        return node(type, Set.of(), properties);
    }

    private NodeRef node(QName type, Set<QName> aspects, Map<QName, Serializable> properties) {
        NodeRef node = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "n" + properties.hashCode() + type.hashCode());
        when(nodeService.getType(node)).thenReturn(type);
        when(nodeService.getAspects(node)).thenReturn(aspects);
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

        assertEquals(Map.of("incomingDocument", 5, "outgoingDocument", 0, "dossier", 0, "feedback", 0), result.nodes());
        // Days 1..5 gain count, electronic and sig:NOT_CHECKED; day 7 loses its three.
        assertEquals(18, result.bucketsCorrected());
        assertEquals(new StatisticsRebuilder.Correction("INCOMING", "2023-12-01", "count", 0, 1),
                result.corrections().get(0));
        DocumentReport report = DocumentReport.compute(store.snapshot(),
                new Period(LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 31)));
        assertEquals(5, report.received());
        assertEquals(5, report.enteredElectronically());
        // Three pages of two for five incoming documents, one for each other type (outgoing, dossier, feedback); all exact and paged.
        assertEquals(6, database.queries().size());
        database.queries().forEach(parameters -> {
            assertEquals(org.alfresco.service.cmr.search.QueryConsistency.TRANSACTIONAL, parameters.getQueryConsistency());
            assertEquals(2, parameters.getMaxItems());
        });
        // A second rebuild finds nothing to correct.
        assertEquals(0, rebuilder.rebuild().bucketsCorrected());
    }

    /** A document named {@code name} (so every node differs) with these properties. */
    private NodeRef document(QName type, String name, Set<QName> aspects, Object... keysAndValues) {
        Map<QName, Serializable> properties = new HashMap<>();
        properties.put(ContentModel.PROP_NAME, name);
        properties.put(ContentModel.PROP_CREATED, day(1));
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.put((QName) keysAndValues[i], (Serializable) keysAndValues[i + 1]);
        }
        NodeRef node = node(type, aspects, properties);
        database.add("TYPE:\"" + VanthuModel.PREFIX + ":" + type.getLocalName() + "\"", node);
        return node;
    }

    @Test
    void givesImportedDocumentsTheirRegisterYearInVietnamTimeWithBehavioursOff() {
        // 2022-12-31T18:00Z is 01/01/2023 01:00 in Asia/Ho_Chi_Minh: register 2023, not 2022 as in UTC.
        Date newYearsNight = Date.from(Instant.parse("2022-12-31T18:00:00Z"));
        // A d:date of 01/01/2023 stored at midnight in Asia/Ho_Chi_Minh, still 2022 in UTC.
        Date issuedOnNewYearsDay = Date.from(Instant.parse("2022-12-31T17:00:00Z"));
        QName incoming = VanthuModel.TYPE_INCOMING_DOCUMENT;
        QName outgoing = VanthuModel.TYPE_OUTGOING_DOCUMENT;
        NodeRef importedIncoming = document(incoming, "den-1", Set.of(), VanthuModel.PROP_ARRIVAL_DATE, newYearsNight,
                VanthuModel.PROP_ARRIVAL_NUMBER, 1);
        NodeRef registeredIncoming = document(incoming, "den-2", Set.of(), VanthuModel.PROP_ARRIVAL_DATE, newYearsNight,
                VanthuModel.PROP_REGISTER_YEAR, 2022);
        NodeRef undatedIncoming = document(incoming, "den-3", Set.of());
        NodeRef workingCopy = document(incoming, "den-1 (Working Copy)", Set.of(ContentModel.ASPECT_WORKING_COPY),
                VanthuModel.PROP_ARRIVAL_DATE, newYearsNight);
        NodeRef importedOutgoing = document(outgoing, "di-1", Set.of(), VanthuModel.PROP_ISSUED_DATE, issuedOnNewYearsDay,
                VanthuModel.PROP_CODE_NUMBER, 1);
        NodeRef registeredOutgoing = document(outgoing, "di-2", Set.of(), VanthuModel.PROP_ISSUED_DATE, issuedOnNewYearsDay,
                VanthuModel.PROP_CODE_NUMBER, 2, VanthuModel.PROP_REGISTER_YEAR, 2024);
        NodeRef undatedOutgoing = document(outgoing, "di-3", Set.of(), VanthuModel.PROP_CODE_NUMBER, 3);
        NodeRef draft = document(outgoing, "du-thao", Set.of(), VanthuModel.PROP_ISSUED_DATE, issuedOnNewYearsDay);
        BehaviourFilter behaviourFilter = mock(BehaviourFilter.class);
        NumberStore numbers = mock(NumberStore.class);
        StatisticsRebuilder rebuilder = FakeQueryDatabase.rebuilder(database.nodeQueries(3), nodeService, store,
                behaviourFilter, FakeQueryDatabase.numbering(numbers));

        StatisticsRebuilder.Result result = rebuilder.rebuild();

        assertEquals(2, result.registerYearsSet());
        // The undated incoming and the numbered outgoing without an issue date.
        assertEquals(2, result.registerYearsUndetermined());
        assertEquals(Map.of("incomingDocument", 4, "outgoingDocument", 4, "dossier", 0, "feedback", 0), result.nodes());
        for (NodeRef imported : List.of(importedIncoming, importedOutgoing)) {
            InOrder written = inOrder(behaviourFilter, nodeService);
            written.verify(behaviourFilter).disableBehaviour(imported);
            written.verify(nodeService).setProperty(imported, VanthuModel.PROP_REGISTER_YEAR, 2023);
            written.verify(behaviourFilter).enableBehaviour(imported);
        }
        // Nothing else is written: existing years stay, undated documents, drafts and working copies are left alone.
        verify(nodeService, times(2)).setProperty(any(), eq(VanthuModel.PROP_REGISTER_YEAR), any());
        for (NodeRef untouched : List.of(registeredIncoming, undatedIncoming, workingCopy, registeredOutgoing,
                undatedOutgoing, draft)) {
            verify(nodeService, never()).setProperty(eq(untouched), any(), any());
            verify(nodeService, never()).addProperties(eq(untouched), any());
            verify(nodeService, never()).setProperties(eq(untouched), any());
        }
        // No number is taken or reserved.
        verifyNoInteractions(numbers);
    }
}
