package vn.vanthu.repo.behaviour;

import java.util.concurrent.Executor;

import org.alfresco.repo.content.ContentServicePolicies;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.transaction.AlfrescoTransactionSupport;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.transaction.TransactionService;
import org.alfresco.util.transaction.TransactionListenerAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.repo.registers.HeaderExtractor;

/**
 * When a vt:incomingDocument gets content, reads its header after the upload has committed, in
 * the background, in a transaction of its own, as the system user, like signature verification:
 * transforming a PDF to text takes seconds and must neither slow down nor fail the upload. A
 * failure is logged and the clerk fills the fields by hand.
 *
 * <p>A cm:content node that becomes a vt:incomingDocument through setType ("Specialise type"
 * rule, "Change type") with its content already written has its header read the same way, after
 * the transaction that changed its type commits.
 */
public class HeaderExtractionBehaviour implements ContentServicePolicies.OnContentUpdatePolicy,
        NodeServicePolicies.OnSetNodeTypePolicy {

    private static final Logger LOG = LoggerFactory.getLogger(HeaderExtractionBehaviour.class);

    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private TransactionService transactionService;
    private HeaderExtractor headerExtractor;
    private Executor executor;
    private boolean enabled = true;

    public void setPolicyComponent(PolicyComponent policyComponent) {
        this.policyComponent = policyComponent;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setTransactionService(TransactionService transactionService) {
        this.transactionService = transactionService;
    }

    public void setHeaderExtractor(HeaderExtractor headerExtractor) {
        this.headerExtractor = headerExtractor;
    }

    public void setExecutor(Executor executor) {
        this.executor = executor;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void init() {
        policyComponent.bindClassBehaviour(ContentServicePolicies.OnContentUpdatePolicy.QNAME,
                VanthuModel.TYPE_INCOMING_DOCUMENT, new JavaBehaviour(this, "onContentUpdate", NotificationFrequency.EVERY_EVENT));
        // The repository reports a type change on the node's new type, after the change.
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnSetNodeTypePolicy.QNAME,
                VanthuModel.TYPE_INCOMING_DOCUMENT, new JavaBehaviour(this, "onSetNodeType", NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public void onSetNodeType(NodeRef document, QName oldType, QName newType) {
        if (Specialisation.became(VanthuModel.TYPE_INCOMING_DOCUMENT, oldType, newType)
                && nodeService.exists(document) && Specialisation.hasContent(nodeService, document)) {
            onContentUpdate(document, false);
        }
    }

    @Override
    public void onContentUpdate(NodeRef document, boolean newContent) {
        if (!enabled) {
            return;
        }
        AlfrescoTransactionSupport.bindListener(new TransactionListenerAdapter() {
            @Override
            public void afterCommit() {
                executor.execute(() -> extract(document));
            }
        });
    }

    /** The background work: never throws. */
    void extract(NodeRef document) {
        try {
            AuthenticationUtil.runAsSystem(() -> transactionService.getRetryingTransactionHelper()
                    .doInTransaction(() -> headerExtractor.extract(document), false, true));
        } catch (RuntimeException e) {
            LOG.warn("Header of {} not read: {}", document, e.toString());
        }
    }
}
