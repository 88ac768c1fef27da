package org.alfresco.service.cmr.dictionary;

import org.alfresco.service.namespace.QName;

/** Subset: questions about the loaded content models. */
public interface DictionaryService {
    boolean isSubClass(QName className, QName ofClassName);
}
