package vn.vanthu.report.output;

import java.util.Locale;

import vn.vanthu.report.ReportParameterException;

/** The output formats of the reports, chosen with {@code format=json|csv|xlsx|html}. */
public enum ReportFormat {
    JSON("application/json", "json"),
    CSV("text/csv", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    HTML("text/html", "html");

    private final String mimetype;
    private final String extension;

    ReportFormat(String mimetype, String extension) {
        this.mimetype = mimetype;
        this.extension = extension;
    }

    /** The value of a {@code format} parameter; missing means JSON. */
    public static ReportFormat parse(String value) {
        if (value == null || value.isBlank()) {
            return JSON;
        }
        for (ReportFormat format : values()) {
            if (format.extension.equalsIgnoreCase(value.trim())) {
                return format;
            }
        }
        throw new ReportParameterException("error.format", value);
    }

    public String mimetype() {
        return mimetype;
    }

    /** The Content-Type header value; text formats are UTF-8. */
    public String contentType() {
        return this == XLSX ? mimetype : mimetype + ";charset=UTF-8";
    }

    public String extension() {
        return extension;
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
