package vn.vanthu.register;

import java.util.Locale;

/** Header languages: Vietnamese with English in a second header row (default), or one language. */
public enum RegisterLanguage {
    VI_EN, VI, EN;

    /** "vi", "en", "vi-en" (or null: vi-en). */
    public static RegisterLanguage parse(String value) {
        if (value == null || value.isBlank()) {
            return VI_EN;
        }
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "vi": return VI;
            case "en": return EN;
            case "vi-en": case "vi_en": case "both": return VI_EN;
            default:
                throw new IllegalArgumentException("lang must be vi, en or vi-en, was [" + value
                        + "] / lang phải là vi, en hoặc vi-en");
        }
    }

    /** A text in this language: "vi / en" for both. */
    public String text(String vi, String en) {
        return switch (this) {
            case VI -> vi;
            case EN -> en;
            case VI_EN -> vi + " / " + en;
        };
    }
}
