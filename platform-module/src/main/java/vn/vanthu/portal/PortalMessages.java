package vn.vanthu.portal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts of the public pages in Vietnamese or English (bundle {@code vn/vanthu/portal/messages}). */
public final class PortalMessages {

    private static final String BUNDLE = "vn.vanthu.portal.messages";
    private static final PortalMessages VI = new PortalMessages(true);
    private static final PortalMessages EN = new PortalMessages(false);

    private final boolean vi;
    private final ResourceBundle bundle;

    private PortalMessages(boolean vi) {
        this.vi = vi;
        this.bundle = ResourceBundle.getBundle(BUNDLE, vi ? Locale.forLanguageTag("vi") : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static PortalMessages of(boolean vi) {
        return vi ? VI : EN;
    }

    /**
     * The language of a request: {@code lang} (vi or en) when given, else English when the first
     * language of Accept-Language is English, else Vietnamese. Any other lang is refused.
     */
    public static boolean vietnamese(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            String l = lang.strip().toLowerCase(Locale.ROOT);
            if (l.equals("vi")) {
                return true;
            }
            if (l.equals("en")) {
                return false;
            }
            throw new PublicInputException("lang", "\"lang\" phải là vi hoặc en", "\"lang\" must be vi or en");
        }
        if (acceptLanguage != null && acceptLanguage.length() < 200) {
            String first = acceptLanguage.split(",")[0].strip().toLowerCase(Locale.ROOT);
            return !(first.equals("en") || first.startsWith("en-") || first.startsWith("en;"));
        }
        return true;
    }

    public boolean vi() {
        return vi;
    }

    public String lang() {
        return vi ? "vi" : "en";
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), vi ? Locale.forLanguageTag("vi") : Locale.ENGLISH).format(arguments);
    }
}
