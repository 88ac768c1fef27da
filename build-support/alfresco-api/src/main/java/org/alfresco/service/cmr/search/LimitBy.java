package org.alfresco.service.cmr.search;

/** Subset: how the size of a result set is limited. */
public enum LimitBy {
    UNLIMITED,
    FINAL_SIZE,
    NUMBER_OF_PERMISSION_EVALUATIONS
}
