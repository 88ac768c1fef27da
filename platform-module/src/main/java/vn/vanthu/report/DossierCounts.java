package vn.vanthu.report;

/**
 * The Biểu 06 counts of one group (or of the total). Totals are derived, so
 * settled = early + on time + late and in progress = within deadline + overdue by construction;
 * {@link #isConsistent()} checks the third invariant, received = settled + in progress, which holds
 * when the statistics are exact.
 */
public record DossierCounts(long onlineInPeriod, long directInPeriod, long carriedOver,
                            long early, long onTime, long late,
                            long withinDeadline, long overdue) {

    public static final DossierCounts ZERO = new DossierCounts(0, 0, 0, 0, 0, 0, 0, 0);

    /** Received in the period plus carried over from before it. */
    public long receivedTotal() {
        return onlineInPeriod + directInPeriod + carriedOver;
    }

    public long receivedInPeriod() {
        return onlineInPeriod + directInPeriod;
    }

    public long settledTotal() {
        return early + onTime + late;
    }

    public long inProgressTotal() {
        return withinDeadline + overdue;
    }

    /** Settled plus in progress: the dossiers handled in the period. */
    public long handled() {
        return settledTotal() + inProgressTotal();
    }

    /** Every dossier to handle in the period is either settled in it or still in progress at its end. */
    public boolean isConsistent() {
        return receivedTotal() == handled() && overdue >= 0 && withinDeadline >= 0 && carriedOver >= 0;
    }

    public boolean isEmpty() {
        return receivedTotal() == 0 && handled() == 0;
    }

    public DossierCounts plus(DossierCounts other) {
        return new DossierCounts(onlineInPeriod + other.onlineInPeriod, directInPeriod + other.directInPeriod,
                carriedOver + other.carriedOver, early + other.early, onTime + other.onTime, late + other.late,
                withinDeadline + other.withinDeadline, overdue + other.overdue);
    }
}
