package vn.vanthu.repo.edxml;

import java.io.OutputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.ContentWriter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;

import vn.vanthu.repo.model.VanthuModel;

/** Creating the files of the exchange: a named child of a folder, and a package prepared in an outbox. */
final class RepoFiles {

    private RepoFiles() {
    }

    /** A new node named {@code name} in the folder (cm:contains), of the type, with these properties. */
    static NodeRef create(NodeService nodeService, NodeRef folder, String name, QName type, Map<QName, Serializable> props) {
        Map<QName, Serializable> all = new HashMap<>(props);
        all.put(ContentModel.PROP_NAME, name);
        return nodeService.createNode(folder, ContentModel.ASSOC_CONTAINS,
                QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, QName.createValidLocalName(name)), type, all)
                .getChildRef();
    }

    /** Marks the file a package PREPARED for the exchange axis about {@code document}; the stream of its XML. */
    static OutputStream openPrepared(NodeService nodeService, ContentService contentService, NodeRef packageNode,
                                     NodeRef document) {
        nodeService.addAspect(packageNode, VanthuModel.ASPECT_EDXML_PACKAGE,
                Map.of(VanthuModel.PROP_EDXML_PACKAGE_STATE, "PREPARED", VanthuModel.PROP_EDXML_DOCUMENT, document.toString()));
        ContentWriter writer = contentService.getWriter(packageNode, ContentModel.PROP_CONTENT, true);
        writer.setMimetype("text/xml");
        writer.setEncoding("UTF-8");
        return writer.getContentOutputStream();
    }
}
