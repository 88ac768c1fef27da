package vn.vanthu.repo.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.vanthu.report.DocumentReport;
import vn.vanthu.report.DossierCounts;
import vn.vanthu.report.DossierReport;
import vn.vanthu.report.ElectronicFilter;
import vn.vanthu.report.GroupBy;
import vn.vanthu.report.InMemoryStatisticsStore;
import vn.vanthu.report.Period;
import vn.vanthu.report.SignatureCoverage;
import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.repo.store.FakeTransaction;
import vn.vanthu.repo.store.NodeFactsReader;
import vn.vanthu.repo.store.StatisticsTracker;

/**
 * The behaviour and tracker on a mocked node service: the node service answers from in-memory
 * nodes that the test changes as Alfresco would, firing the policies Alfresco fires.
 */
class StatisticsBehaviourTest {

    private static final Period DECEMBER = new Period(LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 6));
    private static final QName ASSOC = ContentModel.ASSOC_CONTAINS;

    private final NodeService nodeService = mock(NodeService.class);
    private final InMemoryStatisticsStore store = new InMemoryStatisticsStore();
    private final FakeTransaction transaction = new FakeTransaction();
    private final StatisticsBehaviour behaviour = new StatisticsBehaviour();
    private final Map<NodeRef, QName> types = new HashMap<>();
    private final Map<NodeRef, Set<QName>> aspects = new HashMap<>();
    private final Map<NodeRef, Map<QName, Serializable>> properties = new HashMap<>();
    private final NodeRef folder = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "folder");
    private int next;

    @BeforeEach
    void setUp() {
        StatisticsTracker tracker = new StatisticsTracker();
        tracker.setNodeService(nodeService);
        tracker.setStatisticsStore(store);
        tracker.setFactsReader(new NodeFactsReader());
        tracker.setTransactionResources(transaction);
        behaviour.setNodeService(nodeService);
        behaviour.setTracker(tracker);
        when(nodeService.exists(any(NodeRef.class))).thenAnswer(call -> types.containsKey(call.getArgument(0)));
        when(nodeService.getType(any())).thenAnswer(call -> types.get(call.getArgument(0)));
        when(nodeService.getAspects(any())).thenAnswer(call -> Set.copyOf(aspects.get(call.getArgument(0))));
        when(nodeService.getProperties(any())).thenAnswer(call -> new HashMap<>(properties.get(call.getArgument(0))));
        types.put(folder, ContentModel.TYPE_FOLDER);
        aspects.put(folder, new HashSet<>());
        properties.put(folder, new HashMap<>());
        when(nodeService.getChildAssocs(eq(folder), any(Set.class))).thenAnswer(call -> {
            Set<?> wanted = call.getArgument(1);
            return types.keySet().stream().filter(node -> node != folder && wanted.contains(types.get(node)))
                    .map(node -> new ChildAssociationRef(ASSOC, folder, ASSOC, node, true, 0)).toList();
        });
    }

    private static Date at(String dateTime) {
        return Date.from(ZonedDateTime.parse(dateTime + "+07:00[Asia/Ho_Chi_Minh]").toInstant());
    }

    /** Creates a node the way the REST API does: createNode fires onCreateNode and onUpdateProperties. */
    private NodeRef create(QName type, Map<QName, Serializable> values) {
        NodeRef node = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "n" + next++);
        types.put(node, type);
        aspects.put(node, new HashSet<>());
        properties.put(node, new HashMap<>(values));
        behaviour.onCreateNode(new ChildAssociationRef(ASSOC, folder, ASSOC, node, true, 0));
        behaviour.onUpdateProperties(node, Map.of(), new HashMap<>(values));
        return node;
    }

    private void update(NodeRef node, QName property, Serializable value) {
        Map<QName, Serializable> before = new HashMap<>(properties.get(node));
        properties.get(node).put(property, value);
        behaviour.onUpdateProperties(node, before, new HashMap<>(properties.get(node)));
    }

    private NodeRef dossier(String status, String appointment, String finished, String timeliness) {
        Map<QName, Serializable> values = new HashMap<>();
        values.put(VanthuModel.PROP_DOSSIER_STATUS, status);
        values.put(VanthuModel.PROP_RECEIVED_AT, at("2023-12-04T09:00"));
        values.put(VanthuModel.PROP_APPOINTMENT_AT, at(appointment));
        values.put(VanthuModel.PROP_CHANNEL, "ONLINE");
        values.put(VanthuModel.PROP_ELECTRONIC, Boolean.TRUE);
        values.put(VanthuModel.PROP_FIELD, "Hộ tịch");
        values.put(VanthuModel.PROP_HANDLING_UNIT, "Tư pháp - Hộ tịch");
        if (finished != null) {
            values.put(VanthuModel.PROP_FINISHED_AT, at(finished));
            values.put(VanthuModel.PROP_TIMELINESS, timeliness);
        }
        return create(VanthuModel.TYPE_DOSSIER, values);
    }

    private NodeRef outgoing(String status) {
        Map<QName, Serializable> values = new HashMap<>();
        values.put(VanthuModel.PROP_ISSUED_DATE, at("2023-12-05T00:00"));
        values.put(VanthuModel.PROP_TRANSMITTED_ELECTRONICALLY, Boolean.TRUE);
        NodeRef node = create(VanthuModel.TYPE_OUTGOING_DOCUMENT, values);
        if (status != null) {
            aspects.get(node).add(VanthuModel.ASPECT_SIGNATURE_INFO);
            update(node, VanthuModel.PROP_SIGNATURE_STATUS, status);
        }
        return node;
    }

    private DossierCounts dossiers() {
        return DossierReport.compute(store.snapshot(), DECEMBER, GroupBy.UNIT, ElectronicFilter.ALL).total();
    }

    private DocumentReport documents() {
        return DocumentReport.compute(store.snapshot(), DECEMBER);
    }

    @Test
    void bindsEveryPolicyItNeeds() {
        PolicyComponent policyComponent = mock(PolicyComponent.class);
        behaviour.setPolicyComponent(policyComponent);
        behaviour.init();
        for (QName type : StatisticsBehaviour.TRACKED_TYPES) {
            verify(policyComponent).bindClassBehaviour(eq(NodeServicePolicies.OnCreateNodePolicy.QNAME), eq(type),
                    any(Behaviour.class));
            verify(policyComponent).bindClassBehaviour(eq(NodeServicePolicies.BeforeDeleteNodePolicy.QNAME), eq(type),
                    any(Behaviour.class));
        }
        verify(policyComponent, times(2)).bindClassBehaviour(eq(NodeServicePolicies.OnSetNodeTypePolicy.QNAME),
                any(QName.class), any(Behaviour.class));
        verify(policyComponent).bindClassBehaviour(eq(NodeServicePolicies.BeforeRemoveAspectPolicy.QNAME),
                eq(VanthuModel.ASPECT_SIGNATURE_INFO), any(Behaviour.class));
    }

    @Test
    void creationCountsOnceAtCommitAndNotAfterARollback() {
        outgoing("VALID");
        assertEquals(0, documents().issued(), "nothing is written before commit");
        transaction.rollback();
        assertEquals(0, documents().issued());
        // The retried transaction does the same work and counts it once.
        outgoing("VALID");
        transaction.commit();
        DocumentReport report = documents();
        assertEquals(1, report.issued());
        assertEquals(1, report.transmittedElectronically());
        assertEquals(1, report.signed());
    }

    @Test
    void statusFourToNineMovesTheDossierToSettled() {
        NodeRef node = dossier("4", "2023-12-06T17:00", null, null);
        transaction.commit();
        assertEquals(1, dossiers().withinDeadline());
        update(node, VanthuModel.PROP_FINISHED_AT, at("2023-12-05T10:00"));
        update(node, VanthuModel.PROP_TIMELINESS, "EARLY");
        assertEquals(1, dossiers().withinDeadline(), "still in progress until the change commits");
        update(node, VanthuModel.PROP_DOSSIER_STATUS, "9");
        transaction.commit();
        DossierCounts counts = dossiers();
        assertEquals(0, counts.inProgressTotal());
        assertEquals(1, counts.early());
        assertEquals(1, counts.receivedTotal());
    }

    @Test
    void deleteAndRestoreFromTheTrashcan() {
        NodeRef node = dossier("10", "2023-12-06T17:00", "2023-12-06T16:00", "ON_TIME");
        outgoing("VALID");
        transaction.commit();
        assertEquals(1, dossiers().onTime());
        behaviour.beforeDeleteNode(node);
        // Alfresco may report the same node again through the folder walk of its parent's deletion.
        behaviour.beforeDeleteNode(folder);
        Map<NodeRef, QName> archived = new HashMap<>(types);
        types.keySet().removeIf(n -> n != folder);
        transaction.commit();
        assertEquals(0, dossiers().receivedTotal());
        assertEquals(0, documents().issued());
        types.put(node, archived.get(node));
        behaviour.onRestoreNode(new ChildAssociationRef(ASSOC, folder, ASSOC, node, true, 0));
        transaction.commit();
        assertEquals(1, dossiers().onTime());
        assertEquals(0, documents().issued(), "the outgoing document stays in the trashcan");
    }

    @Test
    void typeChangesInAndOut() {
        Map<QName, Serializable> values = new HashMap<>();
        values.put(VanthuModel.PROP_ARRIVAL_DATE, at("2023-12-04T08:30"));
        values.put(ContentModel.PROP_CONTENT, new ContentData("store://2023/12/4/a.bin", "application/pdf", 1234, "UTF-8"));
        NodeRef node = create(ContentModel.TYPE_CONTENT, values);
        transaction.commit();
        assertEquals(0, documents().received());
        types.put(node, VanthuModel.TYPE_INCOMING_DOCUMENT);
        behaviour.onSetNodeType(node, ContentModel.TYPE_CONTENT, VanthuModel.TYPE_INCOMING_DOCUMENT);
        transaction.commit();
        assertEquals(1, documents().received());
        assertEquals(1, documents().enteredElectronically(), "an incoming document with a PDF is entered electronically");
        types.put(node, VanthuModel.TYPE_OUTGOING_DOCUMENT);
        behaviour.onSetNodeType(node, VanthuModel.TYPE_INCOMING_DOCUMENT, VanthuModel.TYPE_OUTGOING_DOCUMENT);
        transaction.commit();
        assertEquals(0, documents().received());
    }

    @Test
    void removingTheSignatureAspectForgetsTheVerdict() {
        NodeRef node = outgoing("VALID");
        transaction.commit();
        behaviour.beforeRemoveAspect(node, VanthuModel.ASPECT_SIGNATURE_INFO);
        aspects.get(node).remove(VanthuModel.ASPECT_SIGNATURE_INFO);
        properties.get(node).remove(VanthuModel.PROP_SIGNATURE_STATUS);
        behaviour.onRemoveAspect(node, VanthuModel.ASPECT_SIGNATURE_INFO);
        transaction.commit();
        SignatureCoverage coverage = SignatureCoverage.compute(store.snapshot(), DECEMBER,
                SignatureCoverage.NotValidPage.empty(0, 10));
        assertEquals(0L, coverage.outgoing().get("VALID"));
        assertEquals(1L, coverage.outgoing().get("NOT_CHECKED"));
    }

    @Test
    void aWorkingCopyDoesNotCountTwice() {
        outgoing("VALID");
        transaction.commit();
        // Check-out copies the node, then marks the copy as a working copy, in one transaction.
        NodeRef copy = outgoing("VALID");
        aspects.get(copy).add(ContentModel.ASPECT_WORKING_COPY);
        behaviour.onAddAspect(copy, ContentModel.ASPECT_WORKING_COPY);
        transaction.commit();
        assertEquals(1, documents().issued());
    }

    @Test
    void writesMadeWithBehavioursDisabledCountAtCommit() {
        // Another behaviour fills in field and unit from the procedure catalogue with behaviours disabled.
        NodeRef node = dossier("4", "2023-12-06T17:00", null, null);
        properties.get(node).put(VanthuModel.PROP_HANDLING_UNIT, "Văn hóa - xã hội");
        transaction.commit();
        DossierReport report = DossierReport.compute(store.snapshot(), DECEMBER, GroupBy.UNIT, ElectronicFilter.ALL);
        assertEquals(List.of("Văn hóa - xã hội"), report.groups().stream().map(DossierReport.Group::key).toList());
    }

    @Test
    void aChangeAfterTheFlushIsWrittenAtOnce() {
        NodeRef node = outgoing("PENDING");
        transaction.beforeCommit();
        assertEquals(0, documents().signed());
        // A later commit listener of the same transaction sets the verdict after the tracker flushed.
        update(node, VanthuModel.PROP_SIGNATURE_STATUS, "VALID");
        assertEquals(1, documents().signed());
        transaction.commit();
        assertEquals(1, documents().signed());
        assertEquals(1, documents().issued());
    }

    @Test
    void nodesOutsideTheWorkspaceAreIgnored() {
        NodeRef archived = new NodeRef(StoreRef.STORE_REF_ARCHIVE_SPACESSTORE, "old");
        types.put(archived, VanthuModel.TYPE_OUTGOING_DOCUMENT);
        aspects.put(archived, new HashSet<>());
        properties.put(archived, new HashMap<>(Map.of(VanthuModel.PROP_ISSUED_DATE, at("2023-12-05T00:00"))));
        behaviour.beforeDeleteNode(archived);
        transaction.commit();
        assertEquals(List.of(), List.copyOf(store.snapshot().buckets().keySet()));
    }
}
