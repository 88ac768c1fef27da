package org.alfresco.repo.i18n;

import java.util.Locale;

/** Subset: the repository's localised message lookup (bean "messageService"). */
public interface MessageService {
    void setLocale(Locale locale);

    Locale getLocale();

    void registerResourceBundle(String bundleBasePath);

    String getMessage(String messageKey);

    String getMessage(String messageKey, Locale locale);

    String getMessage(String messageKey, Object... params);

    String getMessage(String messageKey, Locale locale, Object... params);
}
