package vn.vanthu.repo.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.transaction.TransactionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.repo.registers.HeaderExtractor;
import vn.vanthu.repo.signature.SignatureBehaviour;
import vn.vanthu.repo.signature.SignatureVerificationService;
import vn.vanthu.repo.signature.VerifySignatureActionExecuter;

/**
 * A clerk uploads a scanned letter into a folder whose rule specialises it to
 * vt:incomingDocument: the node is created as cm:content, its content written, and its type set
 * just before the upload commits. The behaviours bound on the new type get onSetNodeType, as the
 * repository reports it, and treat the node as a created document whose content was just written.
 */
class SpecialiseTypeTest {

    private final RepositoryFixture repo = new RepositoryFixture("single");
    private final IncomingDocumentBehaviour registration = repo.wire(new IncomingDocumentBehaviour(), "2024-03-04T02:00:00Z");
    private final SignatureVerificationService signatures = mock(SignatureVerificationService.class);
    private final ActionService actionService = mock(ActionService.class);
    private final Action verify = mock(Action.class);
    private final SignatureBehaviour signatureBehaviour = new SignatureBehaviour();
    private final HeaderExtractor extractor = mock(HeaderExtractor.class);
    private final TransactionService transactionService = mock(TransactionService.class);
    private final RetryingTransactionHelper helper = mock(RetryingTransactionHelper.class);
    private final List<Runnable> background = new ArrayList<>();
    private final HeaderExtractionBehaviour headerBehaviour = new HeaderExtractionBehaviour();

    @BeforeEach
    void setUp() {
        registration.setDuplicateFlagger(repo.flagger);
        signatureBehaviour.setNodeService(repo.nodeService);
        signatureBehaviour.setActionService(actionService);
        signatureBehaviour.setSignatureService(signatures);
        when(actionService.createAction(VerifySignatureActionExecuter.NAME)).thenReturn(verify);
        headerBehaviour.setNodeService(repo.nodeService);
        headerBehaviour.setHeaderExtractor(extractor);
        headerBehaviour.setTransactionService(transactionService);
        headerBehaviour.setExecutor(background::add);
        when(transactionService.getRetryingTransactionHelper()).thenReturn(helper);
        when(helper.doInTransaction(any(), eq(false), eq(true))).thenAnswer(i -> {
            RetryingTransactionHelper.RetryingTransactionCallback<?> callback = i.getArgument(0);
            return callback.execute();
        });
    }

    @AfterEach
    void tearDown() {
        repo.close();
    }

    /** Uploads a cm:content node, then sets its type as the rule does, reporting what the repository reports. */
    private NodeRef uploadAndSpecialise(ContentData content) {
        Map<QName, Serializable> props = new HashMap<>();
        props.put(ContentModel.PROP_NAME, "cv-12-ubnd-tinh.pdf");
        if (content != null) {
            props.put(ContentModel.PROP_CONTENT, content);
        }
        // the upload's content write found a cm:content node: none of the document behaviours acted
        NodeRef node = repo.specialise(registration, props, IncomingDocumentBehaviourTest.incomingDefaults());
        when(signatures.isVerifiable(node)).thenReturn(true);
        signatureBehaviour.onSetNodeType(node, ContentModel.TYPE_CONTENT, VanthuModel.TYPE_INCOMING_DOCUMENT);
        headerBehaviour.onSetNodeType(node, ContentModel.TYPE_CONTENT, VanthuModel.TYPE_INCOMING_DOCUMENT);
        return node;
    }

    @Test
    void anUploadSpecialisedToAnIncomingDocumentIsRegisteredVerifiedAndRead() {
        NodeRef document = uploadAndSpecialise(new ContentData("store://2024/3/4/scan.bin", "application/pdf", 48213L, "UTF-8"));
        assertEquals(1, repo.properties.get(document).get(VanthuModel.PROP_ARRIVAL_NUMBER));
        assertEquals(2024, repo.properties.get(document).get(VanthuModel.PROP_REGISTER_YEAR));
        verify(signatures).markPending(document);
        verify(actionService).executeAction(verify, document, false, true);
        assertTrue(background.isEmpty(), "the header is read only after the upload commits");
        repo.afterCommit();
        assertEquals(1, background.size());
        background.get(0).run();
        verify(extractor).extract(document);
    }

    @Test
    void anEmptyNodeSpecialisedIsRegisteredButNeitherVerifiedNorRead() {
        NodeRef document = uploadAndSpecialise(new ContentData(null, "application/octet-stream", 0L, "UTF-8"));
        assertEquals(1, repo.properties.get(document).get(VanthuModel.PROP_ARRIVAL_NUMBER));
        NodeRef noContent = uploadAndSpecialise(null);
        assertEquals(2, repo.properties.get(noContent).get(VanthuModel.PROP_ARRIVAL_NUMBER));
        verify(signatures, never()).markPending(any());
        verify(actionService, never()).executeAction(any(), any(), any(Boolean.class), any(Boolean.class));
        repo.afterCommit();
        assertTrue(background.isEmpty());
    }

    @Test
    void aNodeThatWasAlreadyAnIncomingDocumentIsNeitherQueuedNorReadAgain() {
        NodeRef document = uploadAndSpecialise(new ContentData("store://2024/3/4/scan.bin", "application/pdf", 48213L, "UTF-8"));
        repo.afterCommit();
        signatureBehaviour.onSetNodeType(document, VanthuModel.TYPE_INCOMING_DOCUMENT, VanthuModel.TYPE_INCOMING_DOCUMENT);
        headerBehaviour.onSetNodeType(document, VanthuModel.TYPE_INCOMING_DOCUMENT, VanthuModel.TYPE_INCOMING_DOCUMENT);
        verify(signatures).markPending(document);
        repo.afterCommit();
        assertEquals(1, background.size());
    }
}
