package org.alfresco.repo.action;

import java.util.ArrayList;
import java.util.List;

import org.alfresco.service.cmr.action.ParameterDefinition;
import org.springframework.extensions.surf.util.I18NUtil;

/** Subset: base of action executers; collects their parameter definitions. */
public abstract class ParameterizedItemAbstractBase extends CommonResourceAbstractBase {
    protected static final String TITLE = "title";
    protected static final String DESCRIPTION = "description";
    protected static final String DISPLAY_LABEL = "display-label";

    private boolean adhocPropertiesAllowed = false;

    protected abstract void addParameterDefinitions(List<ParameterDefinition> paramList);

    protected List<ParameterDefinition> getParameterDefintions() {
        List<ParameterDefinition> list = new ArrayList<>();
        addParameterDefinitions(list);
        return list;
    }

    protected String getTitleKey() {
        return name + "." + TITLE;
    }

    protected String getDescriptionKey() {
        return name + "." + DESCRIPTION;
    }

    protected String getParamDisplayLabel(String paramName) {
        return I18NUtil.getMessage(name + "." + paramName + "." + DISPLAY_LABEL);
    }

    public void setAdhocPropertiesAllowed(boolean adhocPropertiesAllowed) {
        this.adhocPropertiesAllowed = adhocPropertiesAllowed;
    }

    protected boolean getAdhocPropertiesAllowed() {
        return adhocPropertiesAllowed;
    }
}
