package org.alfresco.service.cmr.repository;

import java.io.Serializable;
import java.util.Objects;

import org.alfresco.service.namespace.QName;

/** Subset: a peer association source --type--> target. */
public class AssociationRef implements EntityRef, Serializable {
    private static final long serialVersionUID = 1L;

    private final Long id;
    private final NodeRef sourceRef;
    private final QName assocTypeQName;
    private final NodeRef targetRef;

    public AssociationRef(NodeRef sourceRef, QName assocTypeQName, NodeRef targetRef) {
        this(null, sourceRef, assocTypeQName, targetRef);
    }

    public AssociationRef(Long id, NodeRef sourceRef, QName assocTypeQName, NodeRef targetRef) {
        if (sourceRef == null || assocTypeQName == null || targetRef == null) {
            throw new IllegalArgumentException("source, type and target are required");
        }
        this.id = id;
        this.sourceRef = sourceRef;
        this.assocTypeQName = assocTypeQName;
        this.targetRef = targetRef;
    }

    public Long getId() {
        return id;
    }

    public QName getTypeQName() {
        return assocTypeQName;
    }

    public NodeRef getTargetRef() {
        return targetRef;
    }

    public NodeRef getSourceRef() {
        return sourceRef;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AssociationRef other && sourceRef.equals(other.sourceRef)
                && assocTypeQName.equals(other.assocTypeQName) && targetRef.equals(other.targetRef);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sourceRef, assocTypeQName, targetRef);
    }

    @Override
    public String toString() {
        return (id == null ? 0L : id) + "|" + sourceRef + "|" + targetRef + "|" + assocTypeQName;
    }
}
