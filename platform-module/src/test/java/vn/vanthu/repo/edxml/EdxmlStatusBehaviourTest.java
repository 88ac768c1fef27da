package vn.vanthu.repo.edxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.node.integrity.IntegrityException;
import org.alfresco.repo.policy.Behaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.vanthu.edxml.AttachmentSink;
import vn.vanthu.edxml.AttachmentSource;
import vn.vanthu.edxml.EdxmlStatus;
import vn.vanthu.edxml.EdxmlStatusCode;
import vn.vanthu.repo.model.VanthuModel;

/**
 * The clerk moves a received document through its statuses in Share: each allowed change queues
 * the status package, the action writes it into the outbox; a change out of sequence, or a
 * rejection without a reason, is refused in the clerk's transaction.
 */
class EdxmlStatusBehaviourTest {

    private EdxmlScenario s;
    private final EdxmlStatusBehaviour behaviour = new EdxmlStatusBehaviour();
    private NodeRef doc;

    @BeforeEach
    void setUp() throws Exception {
        s = new EdxmlScenario();
        behaviour.setNodeService(s.repo.nodeService);
        behaviour.setActionService(s.actionService);
        s.repo.onUpdate.add((node, change) -> {
            if (VanthuModel.TYPE_INCOMING_DOCUMENT.equals(s.repo.node(node).type)) {
                behaviour.onUpdateProperties(node, change[0], change[1]);
            }
        });
        byte[] pkg = s.pack(EdxmlScenario.decision("000.00.12.H15,2023/03/15,15/QĐ-UBND").build(),
                List.of(AttachmentSource.ofBytes(s.signedPdf(5_000, 3), "15.pdf", "application/pdf")));
        doc = s.inbox.receiveDropped(s.drop("goi.xml", pkg)).document();
        s.queuedActions.clear();
        s.queued.clear();
    }

    /** The clerk's edit, in a transaction of its own: a refused change is rolled back. */
    private void set(String code, String reason) {
        Map<QName, Serializable> change = new HashMap<>();
        change.put(VanthuModel.PROP_EDXML_STATUS_CODE, code);
        change.put(VanthuModel.PROP_EDXML_STATUS_REASON, reason);
        s.repo.transactionService.getRetryingTransactionHelper().doInTransaction(() -> {
            s.repo.nodeService.addProperties(doc, change);
            return null;
        });
    }

    /** Runs the queued status actions as the action service does after the commit. */
    private void runQueued() {
        PrepareStatusActionExecuter executer = new PrepareStatusActionExecuter();
        executer.setReceiver(s.receiver);
        for (Action action : List.copyOf(s.queued)) {
            if (PrepareStatusActionExecuter.NAME.equals(action.getActionDefinitionName())) {
                executer.executeImpl(action, doc);
            }
        }
        s.queued.clear();
    }

    private List<EdxmlStatus> outboxStatuses() throws Exception {
        List<EdxmlStatus> statuses = new java.util.ArrayList<>();
        for (NodeRef file : s.repo.children(s.outbox())) {
            statuses.add(assertInstanceOf(EdxmlStatus.class, s.read(s.repo.node(file).content, AttachmentSink.discarding())));
        }
        return statuses;
    }

    @Test
    void acceptedAssignedAndDoneEachProduceTheirStatusPackage() throws Exception {
        set("03", null);
        set("04", "Giao đồng chí Lê Văn Cường, công chức Tài chính - Kế toán");
        set("06", null);
        assertEquals(List.of(PrepareStatusActionExecuter.NAME, PrepareStatusActionExecuter.NAME, PrepareStatusActionExecuter.NAME),
                s.queuedActions, "only queued in the clerk's transaction");
        assertEquals(1, outboxStatuses().size(), "only the 01 of the receipt so far");

        runQueued();

        List<EdxmlStatusCode> codes = outboxStatuses().stream().map(EdxmlStatus::statusCode).sorted().toList();
        assertEquals(List.of(EdxmlStatusCode.ARRIVED, EdxmlStatusCode.ACCEPTED, EdxmlStatusCode.ASSIGNED, EdxmlStatusCode.DONE),
                codes);
        EdxmlStatus assigned = outboxStatuses().stream().filter(st -> st.statusCode() == EdxmlStatusCode.ASSIGNED).findFirst()
                .orElseThrow();
        assertEquals("Giao đồng chí Lê Văn Cường, công chức Tài chính - Kế toán", assigned.description());
        assertEquals(EdxmlScenario.SENDER, assigned.to().organId());
    }

    @Test
    void aRejectionNeedsAReasonAndCarriesIt() throws Exception {
        IntegrityException noReason = assertThrows(IntegrityException.class, () -> set("02", null));
        assertTrue(noReason.getMessage().contains("lý do") && noReason.getMessage().contains("needs a reason"),
                noReason.getMessage());
        set("02", "Gửi nhầm cơ quan");
        runQueued();
        EdxmlStatus rejected = outboxStatuses().stream().filter(st -> st.statusCode() == EdxmlStatusCode.REJECTED).findFirst()
                .orElseThrow();
        assertEquals("Gửi nhầm cơ quan", rejected.description());
    }

    @Test
    void theSendersRecallRequestIsAnsweredFromTheForm() throws Exception {
        set("03", null);
        s.queued.clear();
        s.queuedActions.clear();
        NodeRef recall = s.drop("thu-hoi.xml", EdxmlScenario.status(EdxmlScenario.SENDER,
                "000.00.12.H15,2023/03/15,15/QĐ-UBND", EdxmlStatusCode.RECALL_REQUESTED, "Ban hành nhầm, đề nghị thu hồi"));
        assertEquals(doc, s.inbox.receiveDropped(recall).document());
        assertEquals("13", s.repo.node(doc).props.get(VanthuModel.PROP_EDXML_STATUS_CODE));
        assertEquals("Ban hành nhầm, đề nghị thu hồi", s.repo.node(doc).props.get(VanthuModel.PROP_EDXML_STATUS_REASON));
        assertEquals(List.of("vanthu-edxml-receive"), s.queuedActions, "recording the request sends nothing back");

        set("15", "Đồng ý thu hồi");
        runQueued();
        assertTrue(outboxStatuses().stream().anyMatch(st -> st.statusCode() == EdxmlStatusCode.RECALL_ACCEPTED
                && "Đồng ý thu hồi".equals(st.description())));
    }

    @Test
    void aStatusOutOfSequenceIsRefused() {
        IntegrityException refused = assertThrows(IntegrityException.class, () -> set("06", null));
        assertTrue(refused.getMessage().contains("01") && refused.getMessage().contains("06"), refused.getMessage());
        assertEquals(List.of(), s.queuedActions);
        assertEquals("01", s.repo.node(doc).props.get(VanthuModel.PROP_EDXML_STATUS_CODE));
    }

    @Test
    void documentsNotReceivedThroughEdxmlAreLeftAlone() {
        NodeRef typed = s.repo.add(s.documentLibrary, VanthuModel.TYPE_INCOMING_DOCUMENT, new HashMap<>());
        Map<QName, Serializable> before = new HashMap<>();
        Map<QName, Serializable> after = Map.of(VanthuModel.PROP_EDXML_STATUS_CODE, "03", VanthuModel.PROP_NOTES, "x");
        before.put(VanthuModel.PROP_NOTES, "y");
        behaviour.onUpdateProperties(typed, before, after);
        assertEquals(List.of(), s.queuedActions);
    }

    @Test
    void bindsOnUpdatePropertiesOfIncomingDocuments() {
        PolicyComponent policyComponent = mock(PolicyComponent.class);
        behaviour.setPolicyComponent(policyComponent);
        behaviour.init();
        verify(policyComponent).bindClassBehaviour(eq(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME),
                eq(VanthuModel.TYPE_INCOMING_DOCUMENT), any(Behaviour.class));
    }
}
