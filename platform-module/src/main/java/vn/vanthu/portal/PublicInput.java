package vn.vanthu.portal;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Checks of what the public sends. Text is accepted as NFC Unicode letters, digits, spaces and
 * ordinary punctuation; control characters, markup ({@code <}, {@code >}), FreeMarker or
 * JavaScript template syntax ({@code ${}, {@code #{}, {@code <#}, {@code [#}) and over-long values
 * are refused with the field named. Nothing here builds a query: the public endpoints never pass
 * input to the search service.
 */
public final class PublicInput {

    /** Characters of a search text: letters, digits, spaces and . , - ' / ( ). */
    private static final Pattern SEARCH = Pattern.compile("[\\p{L}\\p{M}\\p{N} .,\\-'/()]*");
    /** Template and script markers refused in free text. */
    private static final Pattern SCRIPT = Pattern.compile("[<>]|\\$\\{|#\\{|\\[#|\\[@|<#|javascript:|\\{\\{", Pattern.CASE_INSENSITIVE);
    /** C0/C1 control characters other than tab, CR, LF; bidi overrides; zero-width characters. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");

    private PublicInput() {
    }

    /** An optional search text (q, field): null or blank gives "", otherwise letters, digits and simple punctuation. */
    public static String searchText(String field, String value, int maxLength) {
        String text = optional(field, value, maxLength);
        if (!SEARCH.matcher(text).matches()) {
            throw new PublicInputException(field, "Chỉ nhập chữ, số, dấu cách và các dấu . , - ' / ( ) vào \"" + field + "\"",
                    "Use only letters, digits, spaces and . , - ' / ( ) in \"" + field + "\"");
        }
        return text;
    }

    /** Free text (feedback content, names, addresses): no control characters, markup or template syntax. */
    public static String freeText(String field, String value, int maxLength, boolean multiline) {
        String text = optional(field, value, maxLength);
        if (CONTROL.matcher(text).find() || !multiline && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0)) {
            throw new PublicInputException(field, "\"" + field + "\" chứa ký tự điều khiển không được phép",
                    "\"" + field + "\" contains control characters");
        }
        if (SCRIPT.matcher(text).find()) {
            throw new PublicInputException(field, "\"" + field + "\" không được chứa mã HTML, mã lệnh hay cú pháp mẫu (<, >, ${, <#)",
                    "\"" + field + "\" must not contain HTML, script or template syntax (<, >, ${, <#)");
        }
        return text;
    }

    /** A value that must match {@code pattern} exactly (codes, digits), or "" when absent. */
    public static String token(String field, String value, int maxLength, Pattern pattern, String expectedVi, String expectedEn) {
        String text = optional(field, value, maxLength);
        if (!text.isEmpty() && !pattern.matcher(text).matches()) {
            throw new PublicInputException(field, "\"" + field + "\" phải là " + expectedVi, "\"" + field + "\" must be " + expectedEn);
        }
        return text;
    }

    /** Trimmed NFC text, "" for null; refused when longer than {@code maxLength} characters. */
    public static String optional(String field, String value, int maxLength) {
        if (value == null) {
            return "";
        }
        if (value.length() > maxLength * 4) {
            throw tooLong(field, maxLength);
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
        if (text.codePointCount(0, text.length()) > maxLength) {
            throw tooLong(field, maxLength);
        }
        return text;
    }

    /** A required value. */
    public static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new PublicInputException(field, "Thiếu \"" + field + "\"", "\"" + field + "\" is required");
        }
        return value;
    }

    private static PublicInputException tooLong(String field, int maxLength) {
        return new PublicInputException(field, "\"" + field + "\" dài quá " + maxLength + " ký tự",
                "\"" + field + "\" is longer than " + maxLength + " characters");
    }
}
