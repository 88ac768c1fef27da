package org.alfresco.service.namespace;

/** Subset: something a QName can be matched against. */
public interface QNamePattern {
    boolean isMatch(QName qname);
}
