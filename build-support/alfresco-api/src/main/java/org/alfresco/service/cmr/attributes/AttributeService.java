package org.alfresco.service.cmr.attributes;

import java.io.Serializable;

/** Subset: global attributes identified by up to three keys. */
public interface AttributeService {
    boolean exists(Serializable... keys);

    Serializable getAttribute(Serializable... keys);

    /** Receives attributes found by getAttributes. */
    interface AttributeQueryCallback {
        boolean handleAttribute(Long id, Serializable value, Serializable[] keys);
    }

    void getAttributes(AttributeQueryCallback callback, Serializable... keys);

    void setAttribute(Serializable value, Serializable... keys);

    void createAttribute(Serializable value, Serializable... keys);

    void updateOrCreateAttribute(Serializable keyBefore1, Serializable keyBefore2, Serializable keyBefore3,
            Serializable keyAfter1, Serializable keyAfter2, Serializable keyAfter3);

    void removeAttribute(Serializable... keys);

    void removeAttributes(Serializable... keys);
}
