package vn.vanthu.repo.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.RegexQNamePattern;

import vn.vanthu.signature.TrustStore;

/**
 * Trust anchors, intermediates and CRLs kept as files in a repository folder (by default
 * "Data Dictionary/Vanthu Trust Anchors" under Company Home), so that an administrator manages
 * them in Share. The folder is optional: when it does not exist nothing is added.
 * TrustFolderBootstrap creates it at start-up when its parent exists.
 */
final class RepositoryTrustFolder {

    private static final long MAX_FILE = 1024 * 1024;
    private static final QName COMPANY_HOME = QName.createQName(NamespaceService.APP_MODEL_1_0_URI, "company_home");

    private final NodeService nodeService;
    private final ContentService contentService;
    private final String path;
    private final List<String> names;

    RepositoryTrustFolder(NodeService nodeService, ContentService contentService, String path) {
        this.nodeService = nodeService;
        this.contentService = contentService;
        this.path = path == null ? "" : path.trim();
        this.names = Arrays.stream(this.path.split("/")).map(String::trim).filter(n -> !n.isEmpty()).toList();
    }

    /** For path resolution only (parent, name, folder): without a content service the files cannot be loaded. */
    RepositoryTrustFolder(NodeService nodeService, String path) {
        this(nodeService, null, path);
    }

    /** The configured path, trimmed. */
    String path() {
        return path;
    }

    /** The folder's own name (the last segment of the path), or null when no path is configured. */
    String name() {
        return names.isEmpty() ? null : names.get(names.size() - 1);
    }

    /** The folder that holds the folder (Company Home for a one-segment path), or null when not configured or not there. */
    NodeRef parent() {
        if (names.isEmpty()) {
            return null;
        }
        NodeRef root = nodeService.getRootNode(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE);
        if (root == null) {
            return null;
        }
        List<ChildAssociationRef> home = nodeService.getChildAssocs(root, RegexQNamePattern.MATCH_ALL, COMPANY_HOME);
        NodeRef node = home == null || home.isEmpty() ? null : home.get(0).getChildRef();
        for (String name : names.subList(0, names.size() - 1)) {
            if (node == null) {
                return null;
            }
            node = nodeService.getChildByName(node, ContentModel.ASSOC_CONTAINS, name);
        }
        return node;
    }

    /** The folder, or null when not configured or not there. */
    NodeRef folder() {
        NodeRef parent = parent();
        return parent == null ? null : nodeService.getChildByName(parent, ContentModel.ASSOC_CONTAINS, name());
    }

    /** Changes whenever a file of the folder is added, removed or modified. */
    String stamp(NodeRef folder) {
        if (folder == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (ChildAssociationRef c : nodeService.getChildAssocs(folder)) {
            Serializable modified = nodeService.getProperty(c.getChildRef(), ContentModel.PROP_MODIFIED);
            sb.append(c.getChildRef()).append(':').append(modified).append('|');
        }
        return sb.toString();
    }

    /** Adds the certificates and CRLs of the folder's files; unreadable files become warnings of the store. */
    void load(NodeRef folder, TrustStore.Builder builder) throws IOException {
        if (folder == null) {
            return;
        }
        for (ChildAssociationRef c : nodeService.getChildAssocs(folder)) {
            ContentReader r = contentService.getReader(c.getChildRef(), ContentModel.PROP_CONTENT);
            String name = String.valueOf(nodeService.getProperty(c.getChildRef(), ContentModel.PROP_NAME));
            if (r == null || !r.exists() || r.getSize() > MAX_FILE) {
                continue;
            }
            try (InputStream in = r.getContentInputStream()) {
                builder.addBytes(in.readAllBytes(), path + "/" + name);
            }
        }
    }
}
