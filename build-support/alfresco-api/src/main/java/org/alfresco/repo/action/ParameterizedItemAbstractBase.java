package org.alfresco.repo.action;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.alfresco.service.cmr.action.ParameterDefinition;
import org.springframework.extensions.surf.util.I18NUtil;

/** Subset: base of action executers; collects their parameter definitions. */
public abstract class ParameterizedItemAbstractBase extends CommonResourceAbstractBase {
    private static final String TITLE = "title";
    private static final String DESCRIPTION = "description";
    protected static final String DISPLAY_LABEL = "display-label";

    protected boolean adhocPropertiesAllowed = false;
    protected RuntimeActionService runtimeActionService;
    private Set<Locale> locales = new HashSet<>();

    public void setRuntimeActionService(RuntimeActionService runtimeActionService) {
        this.runtimeActionService = runtimeActionService;
    }

    /** Locales the parameter display labels are looked up in (set by the parent bean "action-executer"). */
    public void setLocales(Set<Locale> locales) {
        this.locales = locales;
    }

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
