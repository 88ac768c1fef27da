package vn.vanthu.repo.signature;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.Test;

import vn.vanthu.repo.model.VanthuModel;

class ReverifySignaturesActionExecuterTest {

    @Test
    void queuesEveryVerifiableDocumentBelowAFolderAfterReloadingTrust() throws Exception {
        RepoFixture repo = new RepoFixture();
        ActionService actionService = mock(ActionService.class);
        SignatureVerificationService service = mock(SignatureVerificationService.class);
        Action verify = mock(Action.class);
        when(actionService.createAction(VerifySignatureActionExecuter.NAME)).thenReturn(verify);

        NodeRef incoming = repo.document("den.pdf", VanthuModel.TYPE_INCOMING_DOCUMENT, null);
        NodeRef photo = repo.document("anh.jpg", ContentModel.TYPE_CONTENT, null);
        NodeRef sub = RepoFixture.node("sub");
        NodeRef outgoing = repo.document("di.pdf", VanthuModel.TYPE_OUTGOING_DOCUMENT, null);
        NodeRef linked = RepoFixture.node("secondary");
        when(repo.nodeService.getType(sub)).thenReturn(ContentModel.TYPE_FOLDER);
        when(repo.nodeService.getChildAssocs(repo.folder)).thenReturn(List.of(child(repo.folder, incoming, true),
                child(repo.folder, photo, true), child(repo.folder, sub, true), child(repo.folder, linked, false)));
        when(repo.nodeService.getChildAssocs(sub)).thenReturn(List.of(child(sub, outgoing, true)));
        when(service.isVerifiable(incoming)).thenReturn(true);
        when(service.isVerifiable(outgoing)).thenReturn(true);

        ReverifySignaturesActionExecuter executer = new ReverifySignaturesActionExecuter();
        executer.setNodeService(repo.nodeService);
        executer.setDictionaryService(repo.dictionaryService);
        executer.setActionService(actionService);
        executer.setSignatureService(service);
        executer.execute(mock(Action.class), repo.folder);

        verify(service).reloadTrust();
        verify(service).markPending(incoming);
        verify(service).markPending(outgoing);
        verify(service, never()).markPending(photo);
        verify(service, never()).markPending(linked);
        verify(actionService, times(2)).executeAction(any(), any(), any(Boolean.class), any(Boolean.class));
        verify(actionService).executeAction(verify, incoming, false, true);
        verify(actionService).executeAction(verify, outgoing, false, true);
    }

    @Test
    void aSingleDocumentIsQueuedWhateverItsType() throws Exception {
        RepoFixture repo = new RepoFixture();
        ActionService actionService = mock(ActionService.class);
        SignatureVerificationService service = mock(SignatureVerificationService.class);
        NodeRef pdf = repo.document("tai-lieu.pdf", ContentModel.TYPE_CONTENT, null);
        ReverifySignaturesActionExecuter executer = new ReverifySignaturesActionExecuter();
        executer.setNodeService(repo.nodeService);
        executer.setDictionaryService(repo.dictionaryService);
        executer.setActionService(actionService);
        executer.setSignatureService(service);
        executer.execute(mock(Action.class), pdf);
        verify(service).markPending(pdf);
    }

    private static ChildAssociationRef child(NodeRef parent, NodeRef child, boolean primary) {
        return new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, parent, QName.createQName(VanthuModel.NAMESPACE_URI, "c"),
                child, primary, 0);
    }
}
