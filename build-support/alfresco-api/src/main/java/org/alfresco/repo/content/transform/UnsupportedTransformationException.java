package org.alfresco.repo.content.transform;

import org.alfresco.error.AlfrescoRuntimeException;

/** Subset: thrown by a transform client that cannot do a requested transform. */
public class UnsupportedTransformationException extends AlfrescoRuntimeException {
    private static final long serialVersionUID = 1L;

    public UnsupportedTransformationException(String msgId) {
        super(msgId);
    }
}
