package vn.vanthu.repo.behaviour;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;

import org.alfresco.repo.content.ContentServicePolicies;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.transaction.AlfrescoTransactionSupport;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.transaction.TransactionService;
import org.alfresco.util.transaction.TransactionListener;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.repo.registers.HeaderExtractor;

class HeaderExtractionBehaviourTest {

    private final NodeRef document = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "doc");
    private final HeaderExtractor extractor = mock(HeaderExtractor.class);
    private final TransactionService transactionService = mock(TransactionService.class);
    private final RetryingTransactionHelper helper = mock(RetryingTransactionHelper.class);
    private final List<Runnable> queued = new ArrayList<>();

    private HeaderExtractionBehaviour behaviour() {
        HeaderExtractionBehaviour behaviour = new HeaderExtractionBehaviour();
        behaviour.setHeaderExtractor(extractor);
        behaviour.setTransactionService(transactionService);
        behaviour.setExecutor(queued::add);
        when(transactionService.getRetryingTransactionHelper()).thenReturn(helper);
        return behaviour;
    }

    @Test
    void readsTheHeaderOnlyAfterCommitInANewTransaction() throws Throwable {
        HeaderExtractionBehaviour behaviour = behaviour();
        List<TransactionListener> listeners = new ArrayList<>();
        try (MockedStatic<AlfrescoTransactionSupport> txn = mockStatic(AlfrescoTransactionSupport.class)) {
            txn.when(() -> AlfrescoTransactionSupport.bindListener(any())).thenAnswer(i -> listeners.add(i.getArgument(0)));
            behaviour.onContentUpdate(document, true);
        }
        org.junit.jupiter.api.Assertions.assertEquals(1, listeners.size());
        org.junit.jupiter.api.Assertions.assertTrue(queued.isEmpty(), "nothing runs before the upload commits");
        listeners.get(0).afterRollback();
        org.junit.jupiter.api.Assertions.assertTrue(queued.isEmpty(), "a rolled back upload is not read");
        listeners.get(0).afterCommit();
        org.junit.jupiter.api.Assertions.assertEquals(1, queued.size());
        when(helper.doInTransaction(any(), eq(false), eq(true))).thenAnswer(i -> {
            RetryingTransactionHelper.RetryingTransactionCallback<?> cb = i.getArgument(0);
            return cb.execute();
        });
        queued.get(0).run();
        verify(extractor).extract(document);
        verify(helper).doInTransaction(any(), eq(false), eq(true));
    }

    @Test
    void bindsContentWritesAndTypeChangesOfIncomingDocuments() {
        HeaderExtractionBehaviour behaviour = behaviour();
        PolicyComponent policies = mock(PolicyComponent.class);
        behaviour.setPolicyComponent(policies);
        behaviour.init();
        verify(policies).bindClassBehaviour(eq(ContentServicePolicies.OnContentUpdatePolicy.QNAME),
                eq(VanthuModel.TYPE_INCOMING_DOCUMENT), any(JavaBehaviour.class));
        verify(policies).bindClassBehaviour(eq(NodeServicePolicies.OnSetNodeTypePolicy.QNAME),
                eq(VanthuModel.TYPE_INCOMING_DOCUMENT), any(JavaBehaviour.class));
    }

    @Test
    void aFailingExtractionNeverReachesTheUpload() {
        HeaderExtractionBehaviour behaviour = behaviour();
        when(helper.doInTransaction(any(), eq(false), eq(true))).thenThrow(new IllegalStateException("transform engine down"));
        behaviour.extract(document);
    }

    @Test
    void disabledByConfiguration() {
        HeaderExtractionBehaviour behaviour = behaviour();
        behaviour.setEnabled(false);
        try (MockedStatic<AlfrescoTransactionSupport> txn = mockStatic(AlfrescoTransactionSupport.class)) {
            behaviour.onContentUpdate(document, true);
            txn.verify(() -> AlfrescoTransactionSupport.bindListener(any()), never());
        }
    }
}
