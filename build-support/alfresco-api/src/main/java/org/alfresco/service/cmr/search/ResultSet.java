package org.alfresco.service.cmr.search;

/** Subset: the result of a search; close it when done. */
public interface ResultSet extends ResultSetSPI<ResultSetRow, ResultSetMetaData> {
}
