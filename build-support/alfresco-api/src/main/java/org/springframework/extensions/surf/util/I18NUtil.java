package org.springframework.extensions.surf.util;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Subset of Surf's message lookup. Bundles registered by base name are searched in order for
 * the thread's locale (default: the JVM default locale); a key found nowhere gives null.
 */
public class I18NUtil {
    private static final List<String> BUNDLES = new CopyOnWriteArrayList<>();
    private static final ThreadLocal<Locale> LOCALE = new ThreadLocal<>();

    public static void setLocale(Locale locale) {
        LOCALE.set(locale);
    }

    public static Locale getLocale() {
        Locale locale = LOCALE.get();
        return locale != null ? locale : Locale.getDefault();
    }

    public static void registerResourceBundle(String bundleBaseName) {
        if (!BUNDLES.contains(bundleBaseName)) {
            BUNDLES.add(bundleBaseName);
        }
    }

    public static String getMessage(String messageKey) {
        return getMessage(messageKey, getLocale());
    }

    public static String getMessage(String messageKey, Locale locale) {
        for (String base : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(base, locale);
                if (bundle.containsKey(messageKey)) {
                    return bundle.getString(messageKey);
                }
            } catch (MissingResourceException e) {
                // bundle absent for this locale: try the next one
            }
        }
        return null;
    }

    public static String getMessage(String messageKey, Object... params) {
        return getMessage(messageKey, getLocale(), params);
    }

    public static String getMessage(String messageKey, Locale locale, Object... params) {
        String pattern = getMessage(messageKey, locale);
        return pattern == null || params == null || params.length == 0
                ? pattern : new MessageFormat(pattern, locale).format(params);
    }
}
