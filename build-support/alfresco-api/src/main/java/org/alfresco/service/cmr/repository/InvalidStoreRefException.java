package org.alfresco.service.cmr.repository;

import org.alfresco.error.AlfrescoRuntimeException;

/** Subset: a store reference that does not point at an existing store. */
public class InvalidStoreRefException extends AlfrescoRuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient StoreRef storeRef;

    public InvalidStoreRefException(StoreRef storeRef) {
        this(null, storeRef);
    }

    public InvalidStoreRefException(String msg, StoreRef storeRef) {
        super(msg != null ? msg : "Store does not exist: " + storeRef);
        this.storeRef = storeRef;
    }

    public StoreRef getStoreRef() {
        return storeRef;
    }
}
