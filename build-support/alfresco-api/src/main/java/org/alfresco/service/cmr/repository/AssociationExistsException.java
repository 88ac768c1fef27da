package org.alfresco.service.cmr.repository;

import org.alfresco.service.namespace.QName;

/** Subset: a peer association between the two nodes exists already. */
public class AssociationExistsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Long sourceNodeId;
    private final Long targetNodeId;
    private final QName qname;

    public AssociationExistsException(Long sourceNodeId, Long targetNodeId, QName qname) {
        this.sourceNodeId = sourceNodeId;
        this.targetNodeId = targetNodeId;
        this.qname = qname;
    }

    public Long getSourceNodeId() {
        return sourceNodeId;
    }

    public Long getTargetNodeId() {
        return targetNodeId;
    }

    public QName getQName() {
        return qname;
    }
}
