package vn.vanthu.repo.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.slf4j.Logger;

/**
 * The module component that creates the repository folder of trust anchors: the last segment of
 * vanthu.signature.trustAnchors.folder is created as a titled cm:folder when its parent exists;
 * an existing folder is left alone; a missing parent is reported and not created.
 */
class TrustFolderBootstrapTest {
    private static final String PATH = "Data Dictionary/Vanthu Trust Anchors";

    private final NodeService nodeService = mock(NodeService.class);
    private final Logger log = mock(Logger.class);
    private final NodeRef dictionary = RepoFixture.node("data-dictionary");

    @Test
    void createsTheFolderInTheDataDictionaryWithBilingualTitleAndDescription() {
        NodeRef home = RepoFixture.companyHome(nodeService);
        when(nodeService.getChildByName(home, ContentModel.ASSOC_CONTAINS, "Data Dictionary")).thenReturn(dictionary);
        component(PATH).executeInternal();

        @SuppressWarnings("unchecked")
        ArgumentCaptor<Map<QName, Serializable>> props = ArgumentCaptor.forClass(Map.class);
        verify(nodeService).createNode(eq(dictionary), eq(ContentModel.ASSOC_CONTAINS),
                eq(QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "Vanthu Trust Anchors")),
                eq(ContentModel.TYPE_FOLDER), props.capture());
        assertEquals("Vanthu Trust Anchors", props.getValue().get(ContentModel.PROP_NAME));
        String title = (String) props.getValue().get(ContentModel.PROP_TITLE);
        assertTrue(title.contains("Chứng thư số tin cậy") && title.contains("trust anchors"), title);
        String description = (String) props.getValue().get(ContentModel.PROP_DESCRIPTION);
        for (String said : List.of(".cer", ".crt", ".pem", ".crl", "gốc và trung gian", "root and intermediate",
                "không cần khởi động lại", "without a restart", "Kiểm tra lại chữ ký số", "Re-verify digital signatures")) {
            assertTrue(description.contains(said), said + " in " + description);
        }
        assertEquals(0, warnings());
    }

    @Test
    void aOneSegmentPathIsCreatedInCompanyHome() {
        NodeRef home = RepoFixture.companyHome(nodeService);
        component(" Vanthu Trust Anchors ").executeInternal();

        verify(nodeService).createNode(eq(home), eq(ContentModel.ASSOC_CONTAINS),
                eq(QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, "Vanthu Trust Anchors")),
                eq(ContentModel.TYPE_FOLDER), any());
    }

    @Test
    void leavesAnExistingFolderAlone() {
        NodeRef home = RepoFixture.companyHome(nodeService);
        when(nodeService.getChildByName(home, ContentModel.ASSOC_CONTAINS, "Data Dictionary")).thenReturn(dictionary);
        when(nodeService.getChildByName(dictionary, ContentModel.ASSOC_CONTAINS, "Vanthu Trust Anchors"))
                .thenReturn(RepoFixture.node("anchors"));
        component(PATH).executeInternal();

        verify(nodeService, never()).createNode(any(), any(), any(), any(), any());
        verify(nodeService, never()).createNode(any(), any(), any(), any());
        verify(nodeService, never()).setProperties(any(), any());
    }

    @Test
    void warnsAndCreatesNothingWhenTheDataDictionaryIsMissing() {
        RepoFixture.companyHome(nodeService);
        component(PATH).executeInternal();

        verify(nodeService, never()).createNode(any(), any(), any(), any(), any());
        verify(nodeService, never()).createNode(any(), any(), any(), any());
        ArgumentCaptor<String> message = ArgumentCaptor.forClass(String.class);
        verify(log).warn(message.capture(), eq(PATH), eq(PATH));
        assertTrue(message.getValue().contains("parent folder does not exist")
                && message.getValue().contains("thư mục cha không tồn tại"), message.getValue());
    }

    @Test
    void doesNothingForAnEmptyPath() {
        for (String empty : new String[] {"", "  ", "/", null}) {
            component(empty).executeInternal();
        }
        verifyNoInteractions(nodeService);
        assertEquals(0, warnings());
    }

    /** A name cm:name refuses would fail the start-up transaction, and with it the repository's start. */
    @Test
    void warnsAndCreatesNothingForANameTheRepositoryRefuses() {
        for (String name : new String[] {"Data Dictionary/Anchors: VGCA", "Data Dictionary/Anchors.", "Data Dictionary/A*"}) {
            component(name).executeInternal();
        }
        verifyNoInteractions(nodeService);
        assertEquals(3, warnings());
        verify(log).warn(anyString(), eq("Data Dictionary/Anchors: VGCA"), eq("Anchors: VGCA"),
                eq("Data Dictionary/Anchors: VGCA"), eq("Anchors: VGCA"));
    }

    private long warnings() {
        return mockingDetails(log).getInvocations().stream().filter(i -> i.getMethod().getName().equals("warn")).count();
    }

    private TrustFolderBootstrap component(String path) {
        TrustFolderBootstrap component = new TrustFolderBootstrap();
        component.setNodeService(nodeService);
        component.setPath(path);
        component.log = log;
        return component;
    }
}
