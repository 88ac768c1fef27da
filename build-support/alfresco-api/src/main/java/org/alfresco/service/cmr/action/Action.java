package org.alfresco.service.cmr.action;

/** Subset: an action instance to execute. */
public interface Action extends ParameterizedItem {
    String getActionDefinitionName();

    String getTitle();

    void setTitle(String title);

    String getDescription();

    void setDescription(String description);

    boolean getExecuteAsychronously();

    void setExecuteAsynchronously(boolean executeAsynchronously);
}
