package vn.vanthu.dossier;

/** How a settled dossier met its appointment (vt:timeliness). */
public enum Timeliness {
    /** Trước hạn: finished before the appointment day (or half-day). */
    EARLY,
    /** Đúng hạn: finished on the appointment day (or half-day), not after the appointment time. */
    ON_TIME,
    /** Trễ hạn: finished after the appointment time. */
    LATE
}
