package vn.vanthu.dossier;

/** Unit of a procedure's legal processing time. */
public enum LegalTimeUnit {
    /** Office hours (giờ làm việc), counted from the moment of receipt. */
    HOURS,
    /** Working days (ngày làm việc); 0 means the same working day. */
    WORKING_DAYS,
    /** Calendar days (ngày); a period ending on a day off ends on the next working day. */
    DAYS,
    /** Calendar months (tháng), same rule as days. */
    MONTHS;

    /** Whether the appointment is the end of a working day (all units except hours). */
    public boolean dayBased() {
        return this != HOURS;
    }
}
