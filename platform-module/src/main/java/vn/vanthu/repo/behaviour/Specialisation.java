package vn.vanthu.repo.behaviour;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;

import vn.vanthu.repo.store.NodeFactsReader;

/**
 * A node can become a Vanthu document after it was created: a "Specialise type" rule (run just
 * before the upload commits) or Share's "Change type" calls NodeService.setType on a cm:content
 * node whose content was written while it was still cm:content. The repository then reports
 * onSetNodeType(node, oldType, newType) on the node's new type, after the change. Such a node is
 * registered as a creation would be, and its content is handled as a content write would be.
 */
public final class Specialisation {

    private Specialisation() {
    }

    /** Whether a type change made the node a {@code type}: it is one now and was not before. */
    public static boolean became(QName type, QName oldType, QName newType) {
        return type.equals(newType) && !type.equals(oldType);
    }

    /** Whether the node already has content (written before its type changed). */
    public static boolean hasContent(NodeService nodeService, NodeRef node) {
        return NodeFactsReader.hasContent(nodeService.getProperty(node, ContentModel.PROP_CONTENT));
    }
}
