package vn.vanthu.report;

/**
 * The families of day buckets the statistics are made of. Each bucket is (series, day, key) with a
 * count; the key's layout depends on the series (see {@link DocumentFacts} and {@link DossierFacts}).
 * Dossier series are kept as start/end events so that "open at a given day" is a difference of two
 * prefix sums, which keeps every report O(days x groups) whatever the number of nodes.
 */
public enum Series {
    /** Incoming documents by arrival day: keys {@code count}, {@code electronic}, {@code sig:STATUS}. */
    INCOMING,
    /** Outgoing documents by issue day: keys {@code count}, {@code electronic}, {@code sig:STATUS}. */
    OUTGOING,
    /** Dossiers by received day: key field, unit, electronic, channel. */
    DOSSIER_RECEIVED,
    /** Dossiers by finished day: key field, unit, electronic, timeliness. */
    DOSSIER_SETTLED,
    /** Dossiers by the first day they count as overdue (appointment day + 1): key field, unit, electronic. */
    DOSSIER_OVERDUE_FROM,
    /** The finished day of dossiers that had counted as overdue before finishing: key field, unit, electronic. */
    DOSSIER_OVERDUE_UNTIL,
    /** Feedback on administrative regulations by received day: key channel, field, A (admissible) or N. */
    FEEDBACK_RECEIVED,
    /** Admissible feedback by answer day: key channel, field, ON_TIME or LATE. */
    FEEDBACK_ANSWERED,
    /** Admissible feedback by the first day it counts as overdue (due day + 1): key channel, field. */
    FEEDBACK_OVERDUE_FROM,
    /** The answer day of feedback that had counted as overdue: key channel, field. */
    FEEDBACK_OVERDUE_UNTIL
}
