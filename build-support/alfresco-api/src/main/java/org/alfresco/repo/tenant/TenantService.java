package org.alfresco.repo.tenant;

/** Subset: the multi-tenancy service (bean "tenantService"); "dictionaryModelBootstrap" injects it. */
public interface TenantService {
}
