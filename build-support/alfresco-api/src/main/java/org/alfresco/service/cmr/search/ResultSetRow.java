package org.alfresco.service.cmr.search;

import java.io.Serializable;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;

/** Subset: one row of a result set. */
public interface ResultSetRow {
    NodeRef getNodeRef();

    Serializable getValue(QName qname);

    int getIndex();
}
