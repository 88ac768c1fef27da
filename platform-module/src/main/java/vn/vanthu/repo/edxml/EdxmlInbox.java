package vn.vanthu.repo.edxml;

import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.ContentWriter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.transaction.TransactionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.vanthu.repo.model.VanthuModel;

/**
 * Runs a receipt in a transaction of its own, so a refused package rolls back everything the
 * receipt wrote, all or nothing:
 * <ul>
 * <li>{@link #receiveDropped}: a file already in an inbox (the queued action). A refusal is then
 * recorded on the file, in the caller's transaction: vt:edxmlPackageState REJECTED with one
 * bilingual line per problem in vt:edxmlProblems; the file is kept.</li>
 * <li>{@link #receiveUpload}: a package sent to the receive web script, spooled to a temporary
 * file first (so a retried transaction reads it again). The package file is created in the inbox
 * inside the same transaction: a refused package leaves nothing at all, and the web script
 * answers with the problems.</li>
 * </ul>
 */
public class EdxmlInbox {

    private static final Logger LOG = LoggerFactory.getLogger(EdxmlInbox.class);

    private NodeService nodeService;
    private ContentService contentService;
    private TransactionService transactionService;
    private EdxmlReceiver receiver;

    /** Carries a refusal out of the transaction callback, which the helper then rolls back. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient EdxmlRefusal refusal;

        Refused(EdxmlRefusal refusal) {
            super(refusal.getMessage(), null, false, false);
            this.refusal = refusal;
        }
    }

    /** Receives a file already in an inbox; returns null when it was refused (and marked so) or is not pending. */
    public EdxmlReceiver.Receipt receiveDropped(NodeRef packageNode) {
        if (!nodeService.exists(packageNode)
                || !"PENDING".equals(nodeService.getProperty(packageNode, VanthuModel.PROP_EDXML_PACKAGE_STATE))) {
            return null;
        }
        try {
            return inOwnTransaction(() -> receiver.receive(packageNode));
        } catch (EdxmlRefusal refusal) {
            LOG.info("edXML package {} refused: {}", packageNode, refusal.lines());
            receiver.markRejected(packageNode, refusal);
            return null;
        }
    }

    /** Finds (or creates) the inbox a package is sent to, inside the receiving transaction. */
    public interface InboxLocator {
        NodeRef inbox() throws EdxmlRefusal;
    }

    /** Stores the uploaded package in the inbox and receives it, or stores nothing and throws. */
    public EdxmlReceiver.Receipt receiveUpload(InboxLocator locator, String name, ContentReader spooled) throws EdxmlRefusal {
        return inOwnTransaction(() -> {
            NodeRef inbox = locator.inbox();
            String fileName = receiver.uniqueName(inbox, name == null || name.isBlank() ? "edxml-package.xml" : name);
            NodeRef node = RepoFiles.create(nodeService, inbox, fileName, ContentModel.TYPE_CONTENT, Map.of());
            ContentWriter writer = contentService.getWriter(node, ContentModel.PROP_CONTENT, true);
            writer.setMimetype("text/xml");
            writer.putContent(spooled.getReader());
            return receiver.receive(node);
        });
    }

    interface Work {
        EdxmlReceiver.Receipt run() throws EdxmlRefusal;
    }

    private EdxmlReceiver.Receipt inOwnTransaction(Work work) throws EdxmlRefusal {
        RetryingTransactionHelper helper = transactionService.getRetryingTransactionHelper();
        try {
            return helper.doInTransaction(() -> {
                try {
                    return work.run();
                } catch (EdxmlRefusal refusal) {
                    throw new Refused(refusal);
                }
            }, false, true);
        } catch (Refused refused) {
            throw refused.refusal;
        }
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setContentService(ContentService contentService) {
        this.contentService = contentService;
    }

    public void setTransactionService(TransactionService transactionService) {
        this.transactionService = transactionService;
    }

    public void setReceiver(EdxmlReceiver receiver) {
        this.receiver = receiver;
    }
}
