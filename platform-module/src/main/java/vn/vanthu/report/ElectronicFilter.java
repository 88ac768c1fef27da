package vn.vanthu.report;

import java.util.Locale;

/** Which dossiers the report counts: handled electronically, not, or all. */
public enum ElectronicFilter {
    TRUE, FALSE, ALL;

    /** The value of an {@code electronic} parameter; missing means all. */
    public static ElectronicFilter parse(String value) {
        if (value == null || value.isBlank()) {
            return ALL;
        }
        for (ElectronicFilter filter : values()) {
            if (filter.name().equalsIgnoreCase(value.trim())) {
                return filter;
            }
        }
        throw new ReportParameterException("error.electronic", value);
    }

    public boolean accepts(boolean electronic) {
        return this == ALL || electronic == (this == TRUE);
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
