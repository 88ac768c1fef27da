package org.alfresco.repo.tenant;

/** Subset: tenant of the current user; no member is used. */
public interface TenantUserService {
}
