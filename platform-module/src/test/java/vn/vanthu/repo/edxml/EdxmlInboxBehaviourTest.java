package vn.vanthu.repo.edxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.content.ContentServicePolicies;
import org.alfresco.repo.policy.Behaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.junit.jupiter.api.Test;

import vn.vanthu.repo.model.VanthuModel;

/** Only plain files written into an inbox are queued for receipt, once. */
class EdxmlInboxBehaviourTest {

    private final EdxmlScenario s = newScenario();

    private static EdxmlScenario newScenario() {
        try {
            return new EdxmlScenario();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aFileWrittenIntoTheInboxIsMarkedPendingAndQueued() throws Exception {
        NodeRef file = s.drop("goi.xml", "<edXML/>".getBytes());
        assertEquals(List.of(ReceivePackageActionExecuter.NAME), s.queuedActions);
        assertEquals("PENDING", s.repo.node(file).props.get(VanthuModel.PROP_EDXML_PACKAGE_STATE));
        assertEquals(List.of(VanthuModel.ASPECT_EDXML_INBOX), List.copyOf(s.repo.node(s.inbox()).aspects));
        assertEquals("Hộp thư đến edXML / edXML inbox", s.repo.node(s.inbox()).props.get(ContentModel.PROP_TITLE));
    }

    @Test
    void filesElsewhereDocumentsAndReceivedPackagesAreNotQueued() throws Exception {
        NodeRef elsewhere = s.repo.file(s.documentLibrary, "goi.xml", "<edXML/>".getBytes());
        s.inboxBehaviour.onContentUpdate(elsewhere, true);
        NodeRef document = s.repo.add(s.inbox(), VanthuModel.TYPE_INCOMING_DOCUMENT, Map.of(ContentModel.PROP_NAME, "a.pdf"));
        s.inboxBehaviour.onContentUpdate(document, true);
        NodeRef imported = s.repo.file(s.inbox(), "da-nhan.xml", "<edXML/>".getBytes());
        s.repo.node(imported).props.put(VanthuModel.PROP_EDXML_PACKAGE_STATE, "IMPORTED");
        s.inboxBehaviour.onContentUpdate(imported, true);
        assertEquals(List.of(), s.queuedActions);
    }

    @Test
    void aNewVersionOfARejectedFileIsReceivedAgain() throws Exception {
        NodeRef rejected = s.repo.file(s.inbox(), "sai.xml", "<edXML/>".getBytes());
        s.repo.node(rejected).props.put(VanthuModel.PROP_EDXML_PACKAGE_STATE, "REJECTED");
        s.inboxBehaviour.onContentUpdate(rejected, false);
        assertEquals(List.of(ReceivePackageActionExecuter.NAME), s.queuedActions);
        assertEquals("PENDING", s.repo.node(rejected).props.get(VanthuModel.PROP_EDXML_PACKAGE_STATE));
    }

    @Test
    void aProblemIsLoggedNeverThrown() {
        s.inboxBehaviour.onContentUpdate(new NodeRef("workspace://SpacesStore/gone"), true);
        NodeRef orphan = s.repo.add(null, ContentModel.TYPE_CONTENT, Map.of(ContentModel.PROP_NAME, "x"));
        s.inboxBehaviour.onContentUpdate(orphan, true);
        assertEquals(List.of(), s.queuedActions);
    }

    @Test
    void bindsOnContentUpdateOfContent() {
        PolicyComponent policyComponent = mock(PolicyComponent.class);
        s.inboxBehaviour.setPolicyComponent(policyComponent);
        s.inboxBehaviour.init();
        verify(policyComponent).bindClassBehaviour(eq(ContentServicePolicies.OnContentUpdatePolicy.QNAME),
                eq(ContentModel.TYPE_CONTENT), any(Behaviour.class));
    }
}
