package org.alfresco.service.cmr.search;

import java.util.List;

import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;

/** Subset: common interface of result sets. */
public interface ResultSetSPI<ROW extends ResultSetRow, MD extends ResultSetMetaData> extends Iterable<ROW> {
    int length();

    long getNumberFound();

    NodeRef getNodeRef(int n);

    void close();

    ROW getRow(int i);

    List<NodeRef> getNodeRefs();

    List<ChildAssociationRef> getChildAssocRefs();

    int getStart();

    boolean hasMore();
}
