package org.alfresco.repo.module;

/**
 * Subset: a unit of a module's start-up work that the module service runs (in a transaction, as
 * system) once per module version. Only the identifying getters are kept here.
 */
public interface ModuleComponent {
    String getModuleId();

    String getName();

    String getDescription();
}
