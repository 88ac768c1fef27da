package vn.vanthu.dossier;

/** Where "early" ends and "on time" begins (configuration: vanthu.dossier.earlyBoundary). */
public enum EarlyBoundary {
    /** Early = finished on a day before the appointment day. */
    DAY,
    /** Early = finished before the half-day (morning until 12:00, afternoon from 12:00) of the appointment. */
    HALF_DAY
}
