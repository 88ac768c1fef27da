package org.alfresco.repo.module;

import org.alfresco.repo.security.authentication.AuthenticationComponent;
import org.alfresco.repo.tenant.TenantAdminService;
import org.alfresco.service.ServiceRegistry;
import org.alfresco.service.cmr.module.ModuleService;
import org.springframework.beans.factory.BeanNameAware;
import org.springframework.extensions.surf.util.I18NUtil;

/**
 * Subset: base class of module components, the class of the repository's abstract bean
 * "module.baseComponent" (init-method "init"). Setters cover what that parent and a child set;
 * init looks the description up as a message key and registers the component with the module
 * service, as the repository does. Running the component (execute) is the repository's: here
 * subclasses only implement executeInternal.
 */
public abstract class AbstractModuleComponent implements ModuleComponent, BeanNameAware {
    protected ModuleService moduleService;

    private String moduleId;
    private String name;
    private String description;

    public void setAuthenticationComponent(AuthenticationComponent authenticationComponent) {
        // used by the repository to run the component as system
    }

    public void setModuleService(ModuleService moduleService) {
        this.moduleService = moduleService;
    }

    public void setServiceRegistry(ServiceRegistry serviceRegistry) {
        // kept by the repository for subclasses
    }

    public void setTenantAdminService(TenantAdminService tenantAdminService) {
        // used by the repository to run the component once per tenant
    }

    @Override
    public String getModuleId() {
        return moduleId;
    }

    public void setModuleId(String moduleId) {
        this.moduleId = moduleId;
    }

    @Override
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** As in the repository, Spring calls this after the properties are set: the bean id wins over "name". */
    @Override
    public void setBeanName(String name) {
        setName(name);
    }

    @Override
    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public void setSinceVersion(String version) {
        // the module version that introduced the component; compared by the repository
    }

    public void setAppliesFromVersion(String version) {
        // the lowest module version the component applies to; compared by the repository
    }

    public void setExecuteOnceOnly(boolean executeOnceOnly) {
        // false: the repository runs the component at every start, not only the first
    }

    public void init() {
        description = I18NUtil.getMessage(description);
        if (moduleService != null) {
            moduleService.registerComponent(this);
        }
    }

    protected abstract void executeInternal() throws Throwable;
}
