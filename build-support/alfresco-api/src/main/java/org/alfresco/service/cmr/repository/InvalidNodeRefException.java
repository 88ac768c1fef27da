package org.alfresco.service.cmr.repository;

import org.alfresco.error.AlfrescoRuntimeException;

/** Subset: a node reference that does not point at an existing node. */
public class InvalidNodeRefException extends AlfrescoRuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient NodeRef nodeRef;

    public InvalidNodeRefException(NodeRef nodeRef) {
        this(null, nodeRef);
    }

    public InvalidNodeRefException(String msg, NodeRef nodeRef) {
        super(msg != null ? msg : "Node does not exist: " + nodeRef);
        this.nodeRef = nodeRef;
    }

    public NodeRef getNodeRef() {
        return nodeRef;
    }
}
