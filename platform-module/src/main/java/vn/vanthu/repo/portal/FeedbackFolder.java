package vn.vanthu.repo.portal;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.RegexQNamePattern;

/**
 * The one folder public feedback is written to ({@code vanthu.feedback.folder}, names under Company
 * Home separated by '/', default "Vanthu Feedback"). Its last segment is created on first use when
 * missing; its parents must exist. Callers run as system: this is the only place the public intake
 * may write to. A folder it creates does not inherit the permissions of its parent (Company Home is
 * readable by everyone, and feedback holds the submitters' addresses): only the handlers' group
 * ({@code vanthu.feedback.handlersGroup}, the records staff by default) gets Coordinator on it, and
 * administrators as always.
 */
public class FeedbackFolder {

    private static final QName COMPANY_HOME = QName.createQName(NamespaceService.APP_MODEL_1_0_URI, "company_home");

    private NodeService nodeService;
    private PermissionService permissionService;
    private PortalSettings settings;
    private String handlersGroup = "GROUP_VANTHU_RECORDS";

    /** The folder, created when missing. */
    public NodeRef getOrCreate() {
        List<String> names = List.of(settings.feedbackFolder().split("/")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (names.isEmpty()) {
            throw new IllegalStateException("vanthu.feedback.folder is empty / Chưa cấu hình thư mục phản ánh");
        }
        NodeRef root = nodeService.getRootNode(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE);
        List<ChildAssociationRef> home = nodeService.getChildAssocs(root, RegexQNamePattern.MATCH_ALL, COMPANY_HOME);
        if (home.isEmpty()) {
            throw new IllegalStateException("No Company Home / Không tìm thấy Company Home");
        }
        NodeRef node = home.get(0).getChildRef();
        for (String name : names.subList(0, names.size() - 1)) {
            node = nodeService.getChildByName(node, ContentModel.ASSOC_CONTAINS, name);
            if (node == null) {
                throw new IllegalStateException("The parent of vanthu.feedback.folder does not exist: " + settings.feedbackFolder()
                        + " / Thư mục cha của thư mục phản ánh không tồn tại");
            }
        }
        String name = names.get(names.size() - 1);
        NodeRef folder = nodeService.getChildByName(node, ContentModel.ASSOC_CONTAINS, name);
        if (folder != null) {
            return folder;
        }
        Map<QName, Serializable> props = new HashMap<>();
        props.put(ContentModel.PROP_NAME, name);
        props.put(ContentModel.PROP_TITLE, "Phản ánh, kiến nghị (Feedback on administrative regulations)");
        NodeRef created = nodeService.createNode(node, ContentModel.ASSOC_CONTAINS,
                QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, QName.createValidLocalName(name)), ContentModel.TYPE_FOLDER,
                props).getChildRef();
        permissionService.setInheritParentPermissions(created, false);
        permissionService.setPermission(created, handlersGroup, PermissionService.COORDINATOR, true);
        return created;
    }

    public void setPermissionService(PermissionService permissionService) {
        this.permissionService = permissionService;
    }

    /** The group that handles feedback (full name, GROUP_...). */
    public void setHandlersGroup(String handlersGroup) {
        if (handlersGroup == null || !handlersGroup.strip().startsWith(PermissionService.GROUP_PREFIX)) {
            throw new IllegalArgumentException("vanthu.feedback.handlersGroup must be a full group name starting with GROUP_, not "
                    + handlersGroup + " / vanthu.feedback.handlersGroup phải là tên nhóm đầy đủ bắt đầu bằng GROUP_");
        }
        this.handlersGroup = handlersGroup.strip();
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setSettings(PortalSettings settings) {
        this.settings = settings;
    }
}
