package vn.vanthu.repo.signature;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.content.ContentServicePolicies;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import vn.vanthu.repo.model.VanthuModel;

class SignatureBehaviourTest {

    private final NodeService nodeService = mock(NodeService.class);
    private final ActionService actionService = mock(ActionService.class);
    private final SignatureVerificationService service = mock(SignatureVerificationService.class);
    private final PolicyComponent policyComponent = mock(PolicyComponent.class);
    private final Action action = mock(Action.class);
    private final SignatureBehaviour behaviour = new SignatureBehaviour();
    private final NodeRef doc = RepoFixture.node("doc");

    @BeforeEach
    void setUp() {
        behaviour.setNodeService(nodeService);
        behaviour.setActionService(actionService);
        behaviour.setSignatureService(service);
        behaviour.setPolicyComponent(policyComponent);
        when(nodeService.exists(any(NodeRef.class))).thenReturn(true);
        when(actionService.createAction(VerifySignatureActionExecuter.NAME)).thenReturn(action);
    }

    @Test
    void bindsToContentUpdatesOfCmContent() {
        behaviour.init();
        verify(policyComponent).bindClassBehaviour(eq(ContentServicePolicies.OnContentUpdatePolicy.QNAME),
                eq(ContentModel.TYPE_CONTENT), any(JavaBehaviour.class));
        for (QName type : List.of(VanthuModel.TYPE_INCOMING_DOCUMENT, VanthuModel.TYPE_OUTGOING_DOCUMENT)) {
            verify(policyComponent).bindClassBehaviour(eq(NodeServicePolicies.OnSetNodeTypePolicy.QNAME), eq(type),
                    any(JavaBehaviour.class));
        }
    }

    @Test
    void contentWrittenBeforeTheNodeBecameAnOutgoingDocumentIsQueued() {
        when(service.isVerifiable(doc)).thenReturn(true);
        when(nodeService.getProperty(doc, ContentModel.PROP_CONTENT))
                .thenReturn(new ContentData("store://2024/3/4/qd.bin", "application/pdf", 1024L, "UTF-8"));
        behaviour.onSetNodeType(doc, ContentModel.TYPE_CONTENT, VanthuModel.TYPE_OUTGOING_DOCUMENT);
        verify(service).markPending(doc);
        verify(actionService).executeAction(action, doc, false, true);
    }

    @Test
    void aVerifiableDocumentIsMarkedPendingAndQueuedAsynchronously() {
        when(service.isVerifiable(doc)).thenReturn(true);
        behaviour.onContentUpdate(doc, true);
        verify(service).markPending(doc);
        verify(actionService).executeAction(action, doc, false, true);
    }

    @Test
    void otherContentIsLeftAlone() {
        behaviour.onContentUpdate(doc, true);
        verify(service, never()).markPending(any());
        verify(actionService, never()).executeAction(any(), any(), any(Boolean.class), any(Boolean.class));
    }

    @Test
    void aDetachedSignatureQueuesTheDocumentItSigns() {
        NodeRef p7s = RepoFixture.node("p7s");
        when(service.isDetachedSignature(p7s)).thenReturn(true);
        when(service.signedDocumentOf(p7s)).thenReturn(doc);
        behaviour.onContentUpdate(p7s, true);
        verify(service).markPending(doc);
        verify(actionService).executeAction(action, doc, false, true);
        verify(service, never()).markPending(p7s);
    }

    @Test
    void aFailureNeverReachesTheUploadTransaction() {
        when(service.isVerifiable(doc)).thenReturn(true);
        when(actionService.createAction(any())).thenThrow(new IllegalStateException("no such action"));
        assertDoesNotThrow(() -> behaviour.onContentUpdate(doc, true));
    }
}
