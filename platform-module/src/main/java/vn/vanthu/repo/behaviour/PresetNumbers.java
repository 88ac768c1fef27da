package vn.vanthu.repo.behaviour;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.transaction.AlfrescoTransactionSupport;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.util.transaction.TransactionListenerAdapter;

/**
 * A document created with its number already set is either a number typed by the clerk or a
 * copy of a registered document: a working copy made by check-out ("edit offline") or a copy
 * made with "copy to". The repository marks copies (cm:workingcopy, cm:copiedfrom) only after
 * creating them, so the decision waits until just before the creating transaction commits: a
 * typed number is then checked against the register (and refused when used, rolling the creation
 * back), a copy is left alone and never takes or blocks a number.
 */
final class PresetNumbers {

    private PresetNumbers() {
    }

    static void registerBeforeCommit(NodeService nodeService, NodeRef document, Runnable registration) {
        AlfrescoTransactionSupport.bindListener(new TransactionListenerAdapter() {
            @Override
            public void beforeCommit(boolean readOnly) {
                if (nodeService.exists(document) && !isCopy(nodeService, document)) {
                    registration.run();
                }
            }
        });
    }

    static boolean isCopy(NodeService nodeService, NodeRef document) {
        return nodeService.hasAspect(document, ContentModel.ASPECT_WORKING_COPY)
                || nodeService.hasAspect(document, ContentModel.ASPECT_COPIEDFROM);
    }
}
