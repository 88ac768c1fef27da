package org.alfresco.service.cmr.attributes;

import java.io.Serializable;

import org.alfresco.error.AlfrescoRuntimeException;

/** Subset: createAttribute found the keys already in use. */
public class DuplicateAttributeException extends AlfrescoRuntimeException {
    private static final long serialVersionUID = 1L;

    private final Serializable value1;
    private final Serializable value2;
    private final Serializable value3;

    public DuplicateAttributeException(Serializable value1, Serializable value2, Serializable value3,
            Throwable cause) {
        super("Attribute keys already in use: " + value1 + " / " + value2 + " / " + value3, cause);
        this.value1 = value1;
        this.value2 = value2;
        this.value3 = value3;
    }

    public Serializable getValue1() {
        return value1;
    }

    public Serializable getValue2() {
        return value2;
    }

    public Serializable getValue3() {
        return value3;
    }
}
