package org.alfresco.service.cmr.repository;

import org.alfresco.error.AlfrescoRuntimeException;

/** Subset: text that is not a node reference. */
public class MalformedNodeRefException extends AlfrescoRuntimeException {
    private static final long serialVersionUID = 1L;

    public MalformedNodeRefException(String msg) {
        super(msg);
    }

    public MalformedNodeRefException(String msg, Throwable cause) {
        super(msg, cause);
    }
}
