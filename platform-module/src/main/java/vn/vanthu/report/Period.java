package vn.vanthu.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A reporting period: every day from {@code from} to {@code to}, both included. Its cut-off (for
 * "in progress at the end of the period") is the day {@code to}.
 */
public record Period(LocalDate from, LocalDate to) {

    /** The earliest day a period may start: nothing the commune registers is older. */
    public static final LocalDate MIN = LocalDate.of(1900, 1, 1);
    /** The latest day a period may end. */
    public static final LocalDate MAX = LocalDate.of(2999, 12, 31);

    public Period {
        if (from == null) {
            throw new ReportParameterException("error.missing", "from");
        }
        if (to == null) {
            throw new ReportParameterException("error.missing", "to");
        }
        if (from.isBefore(MIN) || to.isAfter(MAX)) {
            throw new ReportParameterException("error.range", from, to);
        }
        if (from.isAfter(to)) {
            throw new ReportParameterException("error.fromAfterTo", from, to);
        }
    }

    /** Parses the {@code from} and {@code to} request parameters (YYYY-MM-DD). */
    public static Period parse(String from, String to) {
        return new Period(parseDay("from", from), parseDay("to", to));
    }

    private static LocalDate parseDay(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new ReportParameterException("error.missing", name);
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ReportParameterException("error.date", name, value);
        }
    }

    public int fromDay() {
        return Math.toIntExact(from.toEpochDay());
    }

    public int toDay() {
        return Math.toIntExact(to.toEpochDay());
    }
}
