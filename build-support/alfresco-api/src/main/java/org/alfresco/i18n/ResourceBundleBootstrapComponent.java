package org.alfresco.i18n;

import java.util.List;

import org.springframework.extensions.surf.util.I18NUtil;

/**
 * Subset: registers message bundles (base names) with I18NUtil; class of the repository's bean
 * "actionResourceBundles", the usual parent for a module's action label bundles.
 */
public class ResourceBundleBootstrapComponent {
    public void setResourceBundles(List<String> resourceBundles) {
        resourceBundles.forEach(I18NUtil::registerResourceBundle);
    }
}
