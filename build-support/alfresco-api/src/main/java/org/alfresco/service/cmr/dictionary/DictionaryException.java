package org.alfresco.service.cmr.dictionary;

import org.alfresco.error.AlfrescoRuntimeException;

/** Subset: base of data dictionary errors. */
public class DictionaryException extends AlfrescoRuntimeException {
    private static final long serialVersionUID = 1L;

    public DictionaryException(String msgId, Object... args) {
        super(msgId, args);
    }

    public DictionaryException(String msgId, Throwable cause, Object... args) {
        super(msgId, args, cause);
    }
}
