package vn.vanthu.dossier;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;
import vn.vanthu.calendar.WorkingCalendar;

/**
 * Classifies finished dossiers as early, on time or late, and unfinished ones at a cut-off.
 * Times are compared in Vietnam time.
 * <ul>
 * <li>LATE: finished after the appointment (date and time).</li>
 * <li>DAY boundary: EARLY if finished on a day before the appointment day, else ON_TIME.</li>
 * <li>HALF_DAY boundary: EARLY if finished before the half-day that contains the appointment
 *     (a morning appointment's half-day starts at 00:00, an afternoon one's at 12:00), else ON_TIME.</li>
 * <li>Unfinished at cut-off c: WITHIN_DEADLINE if the appointment is at or after c, else OVERDUE.</li>
 * </ul>
 */
public final class TimelinessPolicy {

    /** Noon: the boundary between the two half-days. */
    public static final LocalTime NOON = LocalTime.NOON;

    private final EarlyBoundary boundary;

    public TimelinessPolicy(EarlyBoundary boundary) {
        this.boundary = Objects.requireNonNull(boundary, "boundary");
    }

    public EarlyBoundary boundary() {
        return boundary;
    }

    public Timeliness classify(Instant finished, Instant appointment) {
        if (finished.isAfter(appointment)) {
            return Timeliness.LATE;
        }
        LocalDateTime done = WorkingCalendar.local(finished);
        LocalDateTime due = WorkingCalendar.local(appointment);
        LocalDateTime onTimeFrom = boundary == EarlyBoundary.DAY || due.toLocalTime().isBefore(NOON)
                ? due.toLocalDate().atStartOfDay()
                : due.toLocalDate().atTime(NOON);
        return done.isBefore(onTimeFrom) ? Timeliness.EARLY : Timeliness.ON_TIME;
    }

    public static Progress progressAt(Instant appointment, Instant cutOff) {
        return appointment.isBefore(cutOff) ? Progress.OVERDUE : Progress.WITHIN_DEADLINE;
    }
}
