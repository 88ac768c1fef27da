package org.alfresco.service.cmr.dictionary;

import org.alfresco.service.namespace.QName;

/** Subset: a type that is not in the dictionary. */
public class InvalidTypeException extends DictionaryException {
    private static final long serialVersionUID = 1L;

    private final QName typeName;

    public InvalidTypeException(QName typeName) {
        this("Invalid type: " + typeName, typeName);
    }

    public InvalidTypeException(String msg, QName typeName) {
        super(msg);
        this.typeName = typeName;
    }

    public QName getTypeName() {
        return typeName;
    }
}
