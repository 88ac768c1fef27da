package org.alfresco.repo.tenant;

/** Subset: tenant administration (bean "tenantAdminService"); no member is used. */
public interface TenantAdminService extends TenantUserService {
}
