package org.alfresco.service.cmr.search;

/** Subset: metadata of a result set (nothing used by Vanthu). */
public interface ResultSetMetaData {
}
