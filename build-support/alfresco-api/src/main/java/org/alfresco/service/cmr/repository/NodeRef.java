package org.alfresco.service.cmr.repository;

import java.io.Serializable;
import java.util.Objects;

/** Subset: reference to a node, protocol://identifier/id. */
public final class NodeRef implements EntityRef, Serializable {
    private static final long serialVersionUID = 1L;

    private static final String URI_FILLER = "/";

    private final StoreRef storeRef;
    private final String id;

    public NodeRef(StoreRef storeRef, String id) {
        if (storeRef == null || id == null || id.isEmpty()) {
            throw new IllegalArgumentException("A node reference needs a store and an id");
        }
        this.storeRef = storeRef;
        this.id = id;
    }

    public NodeRef(String protocol, String identifier, String id) {
        this(new StoreRef(protocol, identifier), id);
    }

    public NodeRef(String nodeRef) {
        this(new StoreRef(nodeRef.substring(0, lastSlash(nodeRef))), nodeRef.substring(lastSlash(nodeRef) + 1));
    }

    private static int lastSlash(String nodeRef) {
        int i = nodeRef.lastIndexOf(URI_FILLER);
        if (i < 0 || !isNodeRef(nodeRef)) {
            throw new MalformedNodeRefException("Invalid node reference: " + nodeRef);
        }
        return i;
    }

    /** True for text of the form protocol://identifier/id. */
    public static boolean isNodeRef(String nodeRef) {
        if (nodeRef == null) {
            return false;
        }
        int sep = nodeRef.indexOf(StoreRef.SEPARATOR);
        if (sep <= 0) {
            return false;
        }
        int slash = nodeRef.indexOf(URI_FILLER, sep + StoreRef.SEPARATOR.length());
        return slash > sep + StoreRef.SEPARATOR.length() && slash < nodeRef.length() - 1
                && nodeRef.indexOf(URI_FILLER, slash + 1) < 0;
    }

    public StoreRef getStoreRef() {
        return storeRef;
    }

    public String getId() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof NodeRef n && storeRef.equals(n.storeRef) && id.equals(n.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(storeRef, id);
    }

    @Override
    public String toString() {
        return storeRef + URI_FILLER + id;
    }
}
