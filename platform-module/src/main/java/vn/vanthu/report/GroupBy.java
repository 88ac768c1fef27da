package vn.vanthu.report;

/** How the dossier report groups its rows: by procedure field (Biểu 06) or by handling unit. */
public enum GroupBy {
    FIELD, UNIT;

    /** The value of a {@code groupBy} parameter; missing means field. */
    public static GroupBy parse(String value) {
        if (value == null || value.isBlank()) {
            return FIELD;
        }
        for (GroupBy groupBy : values()) {
            if (groupBy.name().equalsIgnoreCase(value.trim())) {
                return groupBy;
            }
        }
        throw new ReportParameterException("error.groupBy", value);
    }

    public String parameter() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    String keyOf(Statistics.DossierKey key) {
        return this == FIELD ? key.field() : key.unit();
    }
}
