package vn.vanthu.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The facts of a feedback on administrative regulations that the reports count (issue 13).
 *
 * <p>Every feedback counts as received on its received day, admissible or not. An admissible one is
 * open from then until its answer day (exclusive) and overdue from the day after its due day until
 * the answer day; as for dossiers these are start and end events, so "open or overdue at the end of
 * any period" is a difference of prefix sums. An answer after the due time is late.
 *
 * @param received   day of receipt
 * @param channel    vt:feedbackChannel (COUNTER, PHONE, MAIL, EMAIL, PORTAL)
 * @param field      vt:feedbackField, "" when none
 * @param admissible whether it can be handled
 * @param due        the due day, or null when none was set
 * @param answered   the answer day, or null while open (always null when not admissible)
 * @param late       answered after the due time
 */
public record FeedbackFacts(LocalDate received, String channel, String field, boolean admissible, LocalDate due,
                            LocalDate answered, boolean late) implements NodeFacts {

    static final char SEPARATOR = '\t';

    public FeedbackFacts {
        Objects.requireNonNull(received, "received");
        channel = clean(channel);
        field = clean(field);
        if (!admissible) {
            answered = null;
            late = false;
        }
        if (answered != null && answered.isBefore(received)) {
            answered = received;
        }
    }

    /**
     * The facts of a feedback node from its properties, or null without a received time.
     *
     * @param status     vt:feedbackStatus; ANSWERED, PUBLISHED or CLOSED end it, at {@code answeredAt}
     *                   or, when that is missing, at {@code lastModified}
     * @param admissible vt:admissible; missing counts as admissible unless the status says otherwise
     */
    public static FeedbackFacts fromProperties(String status, Instant receivedAt, String channel, String field, Boolean admissible,
                                               Instant dueAt, Instant answeredAt, Instant lastModified, ZoneId zone) {
        if (receivedAt == null) {
            return null;
        }
        String s = status == null ? "" : status.strip();
        boolean canHandle = !"NOT_ADMISSIBLE".equals(s) && !Boolean.FALSE.equals(admissible);
        boolean ended = "ANSWERED".equals(s) || "PUBLISHED".equals(s) || "CLOSED".equals(s);
        Instant end = answeredAt != null ? answeredAt : ended ? lastModified : null;
        boolean late = end != null && dueAt != null && end.isAfter(dueAt);
        return new FeedbackFacts(LocalDate.ofInstant(receivedAt, zone), channel, field, canHandle,
                dueAt == null ? null : LocalDate.ofInstant(dueAt, zone), end == null ? null : LocalDate.ofInstant(end, zone), late);
    }

    private static String clean(String value) {
        return value == null ? "" : value.trim().replace(SEPARATOR, ' ');
    }

    /** Channel and field: the group part of every key. */
    public String groupKey() {
        return channel + SEPARATOR + field;
    }

    /** The first day it counts as overdue while unanswered, or null when never. */
    public LocalDate overdueFrom() {
        if (!admissible || due == null) {
            return null;
        }
        LocalDate from = due.plusDays(1);
        if (from.isBefore(received)) {
            from = received;
        }
        return answered == null || from.isBefore(answered) ? from : null;
    }

    @Override
    public Map<Bucket, Long> contributions() {
        String group = groupKey();
        Map<Bucket, Long> result = new LinkedHashMap<>(4);
        result.put(Bucket.of(Series.FEEDBACK_RECEIVED, received, group + SEPARATOR + (admissible ? "A" : "N")), 1L);
        if (answered != null) {
            result.put(Bucket.of(Series.FEEDBACK_ANSWERED, answered, group + SEPARATOR + (late ? "LATE" : "ON_TIME")), 1L);
        }
        LocalDate overdue = overdueFrom();
        if (overdue != null) {
            result.put(Bucket.of(Series.FEEDBACK_OVERDUE_FROM, overdue, group), 1L);
            if (answered != null) {
                result.put(Bucket.of(Series.FEEDBACK_OVERDUE_UNTIL, answered, group), 1L);
            }
        }
        return result;
    }
}
