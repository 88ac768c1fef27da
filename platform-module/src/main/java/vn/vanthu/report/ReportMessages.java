package vn.vanthu.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of the reports in Vietnamese or English (bundle {@code vn/vanthu/report/messages}) and
 * the number formatting of each language: Vietnamese groups thousands with a dot and uses a decimal
 * comma (3.015; 99,5 %), English the other way round (3,015; 99.5 %).
 */
public final class ReportMessages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String BUNDLE = "vn.vanthu.report.messages";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ReportMessages VI = new ReportMessages(VIETNAMESE);
    private static final ReportMessages EN = new ReportMessages(Locale.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;
    private final char groupSeparator;
    private final char decimalSeparator;

    private ReportMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        boolean vietnamese = isVietnamese(locale);
        this.groupSeparator = vietnamese ? '.' : ',';
        this.decimalSeparator = vietnamese ? ',' : '.';
    }

    /** The messages of the given language: Vietnamese for "vi", English otherwise. */
    public static ReportMessages of(Locale locale) {
        return locale != null && isVietnamese(locale) ? VI : EN;
    }

    /** The messages for a {@code lang} request parameter: vi, en, or null for the default (vi). */
    public static ReportMessages forLanguage(String lang) {
        if (lang == null || lang.isBlank() || "vi".equalsIgnoreCase(lang.trim())) {
            return VI;
        }
        if ("en".equalsIgnoreCase(lang.trim())) {
            return EN;
        }
        throw new ReportParameterException("error.lang", lang);
    }

    private static boolean isVietnamese(Locale locale) {
        return "vi".equals(locale.getLanguage());
    }

    public Locale locale() {
        return locale;
    }

    /** The raw text of a key. */
    public String get(String key) {
        return bundle.getString(key);
    }

    /** The text of a key with its {0}, {1}... arguments filled in. */
    public String format(String key, Object... arguments) {
        MessageFormat format = new MessageFormat(bundle.getString(key), locale);
        return format.format(arguments);
    }

    /** An integer with the language's thousands separator: 3.015 or 3,015. */
    public String number(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder text = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (value < 0) {
            text.append('-');
        }
        int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        text.append(digits, 0, head);
        for (int i = head; i < digits.length(); i += 3) {
            text.append(groupSeparator).append(digits, i, i + 3);
        }
        return text.toString();
    }

    /** A percentage with one decimal, without a trailing ",0": 100, 99,5 (vi) or 99.5 (en). */
    public String percent(BigDecimal value) {
        BigDecimal scaled = value.setScale(1, RoundingMode.HALF_UP);
        String text = scaled.stripTrailingZeros().scale() <= 0
                ? number(scaled.longValue())
                : number(scaled.longValue()) + decimalSeparator + scaled.toPlainString().substring(
                        scaled.toPlainString().indexOf('.') + 1);
        return text;
    }

    /** A day as written in the commune's reports: 06/12/2023. */
    public String day(LocalDate day) {
        return DAY.format(day);
    }
}
