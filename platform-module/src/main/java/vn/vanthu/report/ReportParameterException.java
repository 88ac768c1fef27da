package vn.vanthu.report;

import java.util.Locale;

/**
 * A report parameter that cannot be used (missing, malformed, out of range). Carries a message key
 * of {@link ReportMessages} so the web scripts answer 400 in the caller's language.
 */
public final class ReportParameterException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] arguments;

    public ReportParameterException(String key, Object... arguments) {
        super(ReportMessages.of(Locale.ENGLISH).format(key, arguments));
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** The message in the given language. */
    public String getMessage(Locale locale) {
        return ReportMessages.of(locale).format(key, arguments);
    }

    public String key() {
        return key;
    }
}
