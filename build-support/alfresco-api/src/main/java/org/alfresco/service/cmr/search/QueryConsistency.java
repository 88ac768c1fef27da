package org.alfresco.service.cmr.search;

/** Subset: whether a query runs on the database (transactional) or the index (eventual). */
public enum QueryConsistency {
    DEFAULT,
    EVENTUAL,
    TRANSACTIONAL,
    TRANSACTIONAL_IF_POSSIBLE
}
