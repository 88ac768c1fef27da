package vn.vanthu.repo.signature;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.module.AbstractModuleComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the repository folder of trust anchors (vanthu.signature.trustAnchors.folder, by default
 * "Data Dictionary/Vanthu Trust Anchors" under Company Home) so that an administrator finds it after
 * installing the module. Only the last segment of the path is created, as a cm:folder whose title
 * and description say what to put there; a missing parent is reported and never created (the Data
 * Dictionary is the repository's), an existing folder is left as it is. The repository runs module
 * components at start-up as system inside a transaction; this one runs at every start
 * (executeOnceOnly false), so a folder renamed in alfresco-global.properties or deleted is created
 * again at the next start.
 */
public class TrustFolderBootstrap extends AbstractModuleComponent {

    /** The names cm:name refuses (constraint cm:filename of contentModel.xml): one would fail the start-up transaction. */
    private static final Pattern INVALID_NAME = Pattern.compile(".*[\"*\\\\><?/:|].*|.*\\.$|.* $");

    static final String TITLE = "Chứng thư số tin cậy (Vanthu) / Vanthu trust anchors";
    static final String DESCRIPTION = "Đặt vào đây chứng thư số gốc và trung gian (.cer, .crt, .pem) và danh sách"
            + " chứng thư bị thu hồi (.crl) dùng để kiểm tra chữ ký số. Thay đổi có hiệu lực ngay, không cần khởi"
            + " động lại; sau đó chạy \"Kiểm tra lại chữ ký số\" trên các thư mục liên quan."
            + " / Put root and intermediate certificates (.cer, .crt, .pem) and CRLs (.crl) here for digital"
            + " signature verification. Changes apply without a restart; afterwards run \"Re-verify digital"
            + " signatures\" on the folders concerned.";

    /** Not final: tests put a mock in its place to check what the administrator is told. */
    Logger log = LoggerFactory.getLogger(TrustFolderBootstrap.class);

    private NodeService nodeService;
    private String path = "";

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    /** The folder as names under Company Home separated by '/' (vanthu.signature.trustAnchors.folder); empty: none. */
    public void setPath(String path) {
        this.path = path == null ? "" : path;
    }

    @Override
    protected void executeInternal() {
        RepositoryTrustFolder folder = new RepositoryTrustFolder(nodeService, path);
        String name = folder.name();
        if (name == null) {
            log.debug("No trust anchors folder configured (vanthu.signature.trustAnchors.folder is empty)");
            return;
        }
        if (INVALID_NAME.matcher(name).matches()) {
            log.warn("Trust anchors folder {} not created: \"{}\" is not a valid name (vanthu.signature.trustAnchors.folder)"
                    + " / Không tạo thư mục chứng thư tin cậy {}: tên \"{}\" không hợp lệ", folder.path(), name,
                    folder.path(), name);
            return;
        }
        NodeRef parent = folder.parent();
        if (parent == null) {
            log.warn("Trust anchors folder {} not created: its parent folder does not exist under Company Home"
                    + " (vanthu.signature.trustAnchors.folder) / Không tạo thư mục chứng thư tin cậy {}: thư mục cha"
                    + " không tồn tại trong Company Home", folder.path(), folder.path());
            return;
        }
        if (nodeService.getChildByName(parent, ContentModel.ASSOC_CONTAINS, name) != null) {
            log.debug("Trust anchors folder {} exists, left as it is", folder.path());
            return;
        }
        Map<QName, Serializable> props = new HashMap<>();
        props.put(ContentModel.PROP_NAME, name);
        props.put(ContentModel.PROP_TITLE, TITLE);
        props.put(ContentModel.PROP_DESCRIPTION, DESCRIPTION);
        nodeService.createNode(parent, ContentModel.ASSOC_CONTAINS,
                QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, QName.createValidLocalName(name)),
                ContentModel.TYPE_FOLDER, props);
        log.info("Created trust anchors folder {} / Đã tạo thư mục chứng thư tin cậy {}", folder.path(), folder.path());
    }
}
