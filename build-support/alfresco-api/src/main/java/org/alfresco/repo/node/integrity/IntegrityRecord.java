package org.alfresco.repo.node.integrity;

import java.io.Serializable;

/** Subset: one integrity violation (type only). */
public class IntegrityRecord implements Serializable {
    private static final long serialVersionUID = 1L;

    public IntegrityRecord(String msg) {
        throw new UnsupportedOperationException("compile-time API subset");
    }
}
