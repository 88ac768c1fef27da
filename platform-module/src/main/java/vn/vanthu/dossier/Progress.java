package vn.vanthu.dossier;

/** Classification of an unfinished dossier at a report cut-off. */
public enum Progress {
    /** Trong hạn: due at or after the cut-off. */
    WITHIN_DEADLINE,
    /** Quá hạn: due before the cut-off. */
    OVERDUE
}
