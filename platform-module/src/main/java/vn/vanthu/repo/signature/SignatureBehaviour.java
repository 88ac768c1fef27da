package vn.vanthu.repo.signature;

import java.util.List;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.content.ContentServicePolicies;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.vanthu.repo.behaviour.Specialisation;
import vn.vanthu.repo.model.VanthuModel;

/**
 * On every content write of a document that is verified (see
 * {@link SignatureVerificationService#isVerifiable}), or of a detached {@code X.p7s} next to
 * {@code X}: mark the document PENDING in the user's transaction and queue the verification as an
 * asynchronous action. The action service runs queued actions after the commit, each in its own
 * transaction, so reading and hashing the file never slows or endangers the upload.
 *
 * <p>Bound to cm:content (and so to its subtypes) with EVERY_EVENT: queueing twice is harmless, the
 * verification is idempotent. The behaviour is defensive: any problem is logged, never thrown,
 * because a behaviour that throws rolls back the user's upload.
 *
 * <p>A cm:content node that becomes a Vanthu document through setType ("Specialise type" rule,
 * "Change type") had its content written before it was verifiable: when it has content, it is
 * handled as a content write at the type change.
 */
public class SignatureBehaviour implements ContentServicePolicies.OnContentUpdatePolicy,
        NodeServicePolicies.OnSetNodeTypePolicy {

    /** The types whose nodes are verified whatever their format. */
    private static final List<QName> DOCUMENT_TYPES = List.of(VanthuModel.TYPE_INCOMING_DOCUMENT,
            VanthuModel.TYPE_OUTGOING_DOCUMENT);

    private static final Logger LOG = LoggerFactory.getLogger(SignatureBehaviour.class);

    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private ActionService actionService;
    private SignatureVerificationService signatureService;

    public void setPolicyComponent(PolicyComponent policyComponent) {
        this.policyComponent = policyComponent;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setActionService(ActionService actionService) {
        this.actionService = actionService;
    }

    public void setSignatureService(SignatureVerificationService signatureService) {
        this.signatureService = signatureService;
    }

    public void init() {
        policyComponent.bindClassBehaviour(ContentServicePolicies.OnContentUpdatePolicy.QNAME, ContentModel.TYPE_CONTENT,
                new JavaBehaviour(this, "onContentUpdate", NotificationFrequency.EVERY_EVENT));
        // The repository reports a type change on the node's new type, after the change.
        for (QName type : DOCUMENT_TYPES) {
            policyComponent.bindClassBehaviour(NodeServicePolicies.OnSetNodeTypePolicy.QNAME, type,
                    new JavaBehaviour(this, "onSetNodeType", NotificationFrequency.EVERY_EVENT));
        }
    }

    @Override
    public void onSetNodeType(NodeRef nodeRef, QName oldType, QName newType) {
        try {
            if (DOCUMENT_TYPES.stream().anyMatch(type -> Specialisation.became(type, oldType, newType))
                    && nodeService.exists(nodeRef) && Specialisation.hasContent(nodeService, nodeRef)) {
                onContentUpdate(nodeRef, false);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not queue signature verification of {}: {}", nodeRef, e.toString());
        }
    }

    @Override
    public void onContentUpdate(NodeRef nodeRef, boolean newContent) {
        try {
            if (!nodeService.exists(nodeRef)) {
                return;
            }
            NodeRef target = nodeRef;
            if (signatureService.isDetachedSignature(nodeRef)) {
                target = signatureService.signedDocumentOf(nodeRef);
                if (target == null) {
                    return;
                }
            } else if (!signatureService.isVerifiable(nodeRef)) {
                return;
            }
            queue(nodeService, actionService, signatureService, target);
        } catch (RuntimeException e) {
            LOG.warn("Could not queue signature verification of {}: {}", nodeRef, e.toString());
        }
    }

    /** PENDING now, the verdict after commit. Shared with the re-verify action. */
    static void queue(NodeService nodeService, ActionService actionService, SignatureVerificationService service,
                      NodeRef document) {
        if (!nodeService.exists(document)) {
            return;
        }
        service.markPending(document);
        Action verify = actionService.createAction(VerifySignatureActionExecuter.NAME);
        actionService.executeAction(verify, document, false, true);
    }
}
