package org.alfresco.service.cmr.module;

import org.alfresco.repo.module.ModuleComponent;

/** Subset: the service that runs the installed modules' components at start-up. */
public interface ModuleService {
    void registerComponent(ModuleComponent component);
}
