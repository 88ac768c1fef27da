package vn.vanthu.repo.edxml;

import java.io.Serializable;
import java.util.Optional;

import org.alfresco.service.cmr.attributes.AttributeService;
import org.alfresco.service.cmr.attributes.DuplicateAttributeException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;

/**
 * The DocumentIds received, as rows ("vanthu.edxml.documentId", DocumentId) of the attribute table
 * whose value is the incoming document: the database's unique index on the keys makes two
 * receipts of the same package at the same moment (two clerks, two cluster nodes) refuse the second
 * one, which the exact query on vt:edxmlDocumentId cannot see before the first commits. A row whose
 * document was deleted since is taken over. Written in the receiving transaction, so a receipt that
 * rolls back leaves no row.
 */
public class DocumentIdRegistry {

    static final String KEY = "vanthu.edxml.documentId";

    private AttributeService attributeService;
    private NodeService nodeService;

    /** Records {@code document} for the DocumentId; returns the earlier document when another one holds it. */
    public Optional<NodeRef> reserve(String documentId, NodeRef document) {
        try {
            attributeService.createAttribute(document.toString(), KEY, documentId);
            return Optional.empty();
        } catch (DuplicateAttributeException e) {
            Serializable earlier = attributeService.getAttribute(KEY, documentId);
            if (earlier != null && NodeRef.isNodeRef(earlier.toString()) && !earlier.toString().equals(document.toString())
                    && nodeService.exists(new NodeRef(earlier.toString()))) {
                return Optional.of(new NodeRef(earlier.toString()));
            }
            attributeService.setAttribute(document.toString(), KEY, documentId);
            return Optional.empty();
        }
    }

    public void setAttributeService(AttributeService attributeService) {
        this.attributeService = attributeService;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }
}
