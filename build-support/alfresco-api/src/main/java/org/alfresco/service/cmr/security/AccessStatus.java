package org.alfresco.service.cmr.security;

/** Subset: outcome of a permission check. */
public enum AccessStatus {
    DENIED,
    ALLOWED,
    UNDETERMINED
}
