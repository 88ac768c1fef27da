package org.alfresco.service.cmr.dictionary;

import org.alfresco.service.namespace.QName;

/** Subset: an aspect that is not in the dictionary. */
public class InvalidAspectException extends DictionaryException {
    private static final long serialVersionUID = 1L;

    private final QName aspectName;

    public InvalidAspectException(QName aspectName) {
        this("Invalid aspect: " + aspectName, aspectName);
    }

    public InvalidAspectException(String message, QName aspectName) {
        super(message);
        this.aspectName = aspectName;
    }

    public QName getAspectName() {
        return aspectName;
    }
}
