package vn.vanthu.repo.signature;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.action.executer.ActionExecuterAbstractBase;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;

/**
 * "Re-verify signatures" (vanthu-reverify-signatures), for when trust anchors or CRLs change: on a
 * document, or on every verifiable document below a folder (recursively), reload the trust
 * configuration and queue a fresh verification. Each document is verified in its own asynchronous
 * transaction, so a large folder does not become one long transaction.
 */
public class ReverifySignaturesActionExecuter extends ActionExecuterAbstractBase {

    public static final String NAME = "vanthu-reverify-signatures";

    private NodeService nodeService;
    private DictionaryService dictionaryService;
    private ActionService actionService;
    private SignatureVerificationService signatureService;

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setDictionaryService(DictionaryService dictionaryService) {
        this.dictionaryService = dictionaryService;
    }

    public void setActionService(ActionService actionService) {
        this.actionService = actionService;
    }

    public void setSignatureService(SignatureVerificationService signatureService) {
        this.signatureService = signatureService;
    }

    @Override
    protected void executeImpl(Action action, NodeRef actionedUponNodeRef) {
        signatureService.reloadTrust();
        Deque<NodeRef> todo = new ArrayDeque<>();
        todo.push(actionedUponNodeRef);
        while (!todo.isEmpty()) {
            NodeRef node = todo.pop();
            if (!nodeService.exists(node)) {
                continue;
            }
            if (dictionaryService.isSubClass(nodeService.getType(node), ContentModel.TYPE_FOLDER)) {
                for (ChildAssociationRef child : nodeService.getChildAssocs(node)) {
                    if (child.isPrimary()) {
                        todo.push(child.getChildRef());
                    }
                }
            } else if (node.equals(actionedUponNodeRef) || (!signatureService.isDetachedSignature(node)
                    && signatureService.isVerifiable(node))) {
                SignatureBehaviour.queue(nodeService, actionService, signatureService, node);
            }
        }
    }

    @Override
    protected void addParameterDefinitions(List<ParameterDefinition> paramList) {
        // none: the node (document or folder) is the only input
    }
}
