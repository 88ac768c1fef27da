package org.alfresco.service.namespace;

import org.alfresco.error.AlfrescoRuntimeException;

/** Subset: an unknown namespace prefix or URI. */
public class NamespaceException extends AlfrescoRuntimeException {
    private static final long serialVersionUID = 1L;

    public NamespaceException(String msg) {
        super(msg);
    }

    public NamespaceException(String msg, Throwable cause) {
        super(msg, cause);
    }
}
