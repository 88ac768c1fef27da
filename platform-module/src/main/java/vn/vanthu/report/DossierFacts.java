package vn.vanthu.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The facts of a one-stop-shop dossier that the Biểu 06 statistics count.
 *
 * <p>A dossier is <em>in progress</em> from its received day until its finished day (exclusive), and
 * <em>overdue</em> from the day after its appointment day until its finished day (exclusive). Both
 * are stored as start and end events (see {@link Series}), so the number of dossiers open or overdue
 * at any cut-off is a difference of prefix sums.
 *
 * @param received    the received day (vt:receivedAt)
 * @param channel     how it was submitted
 * @param field       procedure field (vt:field), "" when unknown
 * @param unit        handling unit (vt:handlingUnit), "" when unknown
 * @param electronic  handled electronically (vt:electronic)
 * @param appointment the appointment day (vt:appointmentAt), or null when the procedure has no deadline
 * @param finished    the finished day, or null while the dossier is open
 * @param timeliness  how it was settled; null exactly when {@code finished} is null
 */
public record DossierFacts(LocalDate received, Channel channel, String field, String unit, boolean electronic,
                           LocalDate appointment, LocalDate finished, Timeliness timeliness) implements NodeFacts {

    /** How the dossier reached the one-stop shop (vt:channel). */
    public enum Channel {
        IN_PERSON, ONLINE, POSTAL;

        /** The channel of a vt:channel value; unknown or missing values count as in person. */
        public static Channel parse(String value) {
            if (value != null) {
                for (Channel channel : values()) {
                    if (channel.name().equalsIgnoreCase(value.trim())) {
                        return channel;
                    }
                }
            }
            return IN_PERSON;
        }
    }

    /** How a settled dossier met its appointment (vt:timeliness). */
    public enum Timeliness {
        EARLY, ON_TIME, LATE;

        /** The value of a vt:timeliness string, or null when missing or unknown. */
        public static Timeliness parse(String value) {
            if (value != null) {
                for (Timeliness timeliness : values()) {
                    if (timeliness.name().equalsIgnoreCase(value.trim())) {
                        return timeliness;
                    }
                }
            }
            return null;
        }
    }

    /** National-portal statuses that leave the dossier out: submitted, refused, withdrawn, stopped. */
    private static final Set<String> NOT_COUNTED = Set.of("1", "3", "7", "8");
    /** Statuses of a finished dossier: processed, result returned. */
    private static final Set<String> FINISHED = Set.of("9", "10");
    static final char SEPARATOR = '\t';

    public DossierFacts {
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(channel, "channel");
        field = clean(field);
        unit = clean(unit);
        if ((finished == null) != (timeliness == null)) {
            throw new IllegalArgumentException("a dossier has a timeliness exactly when it is finished");
        }
        if (finished != null && finished.isBefore(received)) {
            finished = received;
        }
    }

    /**
     * The facts of a dossier node from its raw property values, or null when the dossier does not
     * count (no received time, or status 1, 3, 7 or 8).
     *
     * @param status        vt:dossierStatus ("1".."10"), may be null
     * @param finishedAt    vt:finishedAt; when the status says finished but this is missing,
     *                      {@code returnedAt} and then {@code lastModified} stand for it
     * @param timeliness    vt:timeliness; when missing on a finished dossier it is derived from the
     *                      finished and appointment times (before the appointment day = early,
     *                      on that day up to the appointment time = on time, after = late)
     * @param zone          the time zone that turns times into days (the commune's)
     */
    public static DossierFacts fromProperties(String status, Instant receivedAt, String channel, String field,
                                              String unit, Boolean electronic, Instant appointmentAt,
                                              Instant finishedAt, Instant returnedAt, Instant lastModified,
                                              String timeliness, ZoneId zone) {
        String code = status == null ? "" : status.trim();
        if (receivedAt == null || NOT_COUNTED.contains(code)) {
            return null;
        }
        Instant end = null;
        if (FINISHED.contains(code)) {
            end = firstNonNull(finishedAt, returnedAt, lastModified);
        } else if (code.isEmpty()) {
            end = finishedAt;
        }
        LocalDate appointment = appointmentAt == null ? null : LocalDate.ofInstant(appointmentAt, zone);
        LocalDate finished = end == null ? null : LocalDate.ofInstant(end, zone);
        Timeliness settled = null;
        if (end != null) {
            settled = Timeliness.parse(timeliness);
            if (settled == null) {
                settled = derive(end, appointmentAt, zone);
            }
        }
        return new DossierFacts(LocalDate.ofInstant(receivedAt, zone), Channel.parse(channel), field, unit,
                Boolean.TRUE.equals(electronic), appointment, finished, settled);
    }

    private static Timeliness derive(Instant finished, Instant appointment, ZoneId zone) {
        if (appointment == null) {
            return Timeliness.ON_TIME;
        }
        int byDay = LocalDate.ofInstant(finished, zone).compareTo(LocalDate.ofInstant(appointment, zone));
        if (byDay < 0) {
            return Timeliness.EARLY;
        }
        return byDay == 0 && !finished.isAfter(appointment) ? Timeliness.ON_TIME : Timeliness.LATE;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String clean(String value) {
        return value == null ? "" : value.trim().replace(SEPARATOR, ' ');
    }

    /** The group part of the keys: field, unit and electronic flag. */
    public String groupKey() {
        return field + SEPARATOR + unit + SEPARATOR + (electronic ? 'E' : 'P');
    }

    /** The first day at which the dossier counts as overdue while unfinished, or null when never. */
    public LocalDate overdueFrom() {
        if (appointment == null) {
            return null;
        }
        LocalDate from = appointment.plusDays(1);
        if (from.isBefore(received)) {
            from = received;
        }
        return finished == null || from.isBefore(finished) ? from : null;
    }

    @Override
    public Map<Bucket, Long> contributions() {
        String group = groupKey();
        Map<Bucket, Long> result = new LinkedHashMap<>(6);
        result.put(Bucket.of(Series.DOSSIER_RECEIVED, received, group + SEPARATOR + channel.name()), 1L);
        if (finished != null) {
            result.put(Bucket.of(Series.DOSSIER_SETTLED, finished, group + SEPARATOR + timeliness.name()), 1L);
        }
        LocalDate overdue = overdueFrom();
        if (overdue != null) {
            result.put(Bucket.of(Series.DOSSIER_OVERDUE_FROM, overdue, group), 1L);
            if (finished != null) {
                result.put(Bucket.of(Series.DOSSIER_OVERDUE_UNTIL, finished, group), 1L);
            }
        }
        return result;
    }
}
