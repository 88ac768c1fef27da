package org.alfresco.service.namespace;

import org.alfresco.error.AlfrescoRuntimeException;

/** Subset: a QName that cannot be built from the given text. */
public class InvalidQNameException extends AlfrescoRuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidQNameException(String msg) {
        super(msg);
    }

    public InvalidQNameException(String msg, Throwable cause) {
        super(msg, cause);
    }
}
