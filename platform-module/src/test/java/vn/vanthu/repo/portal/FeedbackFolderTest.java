package vn.vanthu.repo.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedbackFolderTest {

    private final NodeService nodeService = mock(NodeService.class);
    private final PermissionService permissionService = mock(PermissionService.class);
    private final NodeRef root = new NodeRef("workspace://SpacesStore/root");
    private final NodeRef home = new NodeRef("workspace://SpacesStore/home");
    private final NodeRef created = new NodeRef("workspace://SpacesStore/created");
    private final PortalSettings settings = new PortalSettings();
    private final FeedbackFolder folder = new FeedbackFolder();

    @BeforeEach
    void setUp() {
        settings.init();
        folder.setNodeService(nodeService);
        folder.setPermissionService(permissionService);
        folder.setSettings(settings);
        folder.setHandlersGroup("GROUP_VANTHU_RECORDS");
        when(nodeService.getRootNode(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE)).thenReturn(root);
        when(nodeService.getChildAssocs(eq(root), any(), any())).thenReturn(
                List.of(new ChildAssociationRef(ContentModel.ASSOC_CHILDREN, root, QName.createQName("app", "company_home"), home)));
    }

    @Test
    void theFolderIsCreatedOnceWithoutTheParentsPermissions() {
        when(nodeService.createNode(eq(home), eq(ContentModel.ASSOC_CONTAINS), any(), eq(ContentModel.TYPE_FOLDER), any()))
                .thenReturn(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, home, QName.createQName("cm", "x"), created));
        assertEquals(created, folder.getOrCreate());
        verify(permissionService).setInheritParentPermissions(created, false);
        verify(permissionService).setPermission(created, "GROUP_VANTHU_RECORDS", PermissionService.COORDINATOR, true);
        when(nodeService.getChildByName(home, ContentModel.ASSOC_CONTAINS, "Vanthu Feedback")).thenReturn(created);
        assertEquals(created, folder.getOrCreate());
        verify(nodeService).createNode(any(), any(), any(), any(), any());
    }

    @Test
    void aMissingParentIsNotCreatedAndABadGroupIsRefused() {
        settings.setFeedbackFolder("Sites/phuho/documentLibrary/Feedback");
        IllegalStateException e = assertThrows(IllegalStateException.class, folder::getOrCreate);
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        verify(nodeService, never()).createNode(any(), any(), any(), any(), any());
        assertThrows(IllegalArgumentException.class, () -> folder.setHandlersGroup("VANTHU_RECORDS"));
    }
}
