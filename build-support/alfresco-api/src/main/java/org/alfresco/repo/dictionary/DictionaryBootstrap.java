package org.alfresco.repo.dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.alfresco.repo.tenant.TenantService;
import org.alfresco.service.cmr.dictionary.DictionaryException;
import org.springframework.extensions.surf.util.I18NUtil;

/**
 * Subset: class of the repository's abstract bean "dictionaryModelBootstrap" (init-method
 * "bootstrap"), which a module's model bootstrap bean inherits. Its bootstrap here only checks that
 * each model is on the class path and registers the label bundles with I18NUtil, as the repository
 * does; parsing the models is the repository's.
 */
public class DictionaryBootstrap {
    private List<String> models = new ArrayList<>();
    private List<String> labels = new ArrayList<>();

    public void setDictionaryDAO(DictionaryDAO dictionaryDAO) {
        // used by the repository to store the models
    }

    public void setTenantService(TenantService tenantService) {
        // used by the repository to skip tenant users
    }

    public void setGlobalProperties(Properties globalProperties) {
        // used by the repository to expand ${...} in models
    }

    public void setModels(List<String> modelResources) {
        this.models = modelResources;
    }

    public void setLabels(List<String> labels) {
        this.labels = labels;
    }

    public void bootstrap() {
        for (String model : models) {
            if (getClass().getClassLoader().getResource(model) == null) {
                throw new DictionaryException("d_dictionary.bootstrap.model_not_found", model);
            }
        }
        labels.forEach(I18NUtil::registerResourceBundle);
    }
}
