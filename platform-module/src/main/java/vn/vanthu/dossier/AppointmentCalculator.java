package vn.vanthu.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import vn.vanthu.calendar.WorkingCalendar;

/**
 * Computes the appointment (ngày hẹn trả kết quả) of a dossier.
 *
 * <p>Rules (all times in Asia/Ho_Chi_Minh):
 * <ol>
 * <li>Counting starts on the day of receipt, at the moment of receipt, if the dossier is received
 *     on a working day before closing time and — for procedures with the 15:00 cut-off — at or
 *     before 15:00:00. Otherwise it starts at opening time of the next working day ("received after
 *     15:00 counts from the next working day"; 15:00:00 exactly is still the same day).</li>
 * <li>Working days: the appointment is closing time of the N-th working day after the start day
 *     (Civil Code art. 147–148: the first day is not counted and a period ends at the end of its
 *     last day). N = 0 is "same day": closing time of the start day. So a same-day procedure received
 *     Monday 10:00 is due Monday 17:00, received Monday 15:01 (cut-off) due Tuesday 17:00.</li>
 * <li>Days and months: calendar days or months after the start day; a period ending on a day off
 *     ends on the next working day; the appointment is closing time of that day.</li>
 * <li>Hours: office hours counted from the start moment.</li>
 * <li>Supplement intervals: the office time inside each interval is added to the appointment;
 *     for day-based units the result is rounded up to closing time of the day reached.</li>
 * </ol>
 * Closing time is the end of the afternoon session of {@link vn.vanthu.calendar.WorkingHours} (17:00 by default).
 */
public final class AppointmentCalculator {

    /** The civil-status and certification cut-off. */
    public static final LocalTime CUT_OFF = LocalTime.of(15, 0);

    private final WorkingCalendar calendar;

    public AppointmentCalculator(WorkingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    /** The moment from which the legal time counts. */
    public LocalDateTime countingStart(Procedure procedure, LocalDateTime received) {
        LocalDate day = received.toLocalDate();
        boolean sameDay = calendar.isWorkingDay(day)
                && received.isBefore(calendar.endOfDay(day))
                && !(procedure.cutOff() && received.toLocalTime().isAfter(CUT_OFF));
        if (sameDay) {
            LocalDateTime opening = calendar.startOfDay(day);
            return received.isBefore(opening) ? opening : received;
        }
        return calendar.startOfDay(calendar.nextWorkingDay(day));
    }

    /** Appointment of a dossier received at local time {@code received}, without supplement intervals. */
    public LocalDateTime appointment(Procedure procedure, LocalDateTime received) {
        LocalDateTime start = countingStart(procedure, received);
        LocalDate startDay = start.toLocalDate();
        return switch (procedure.unit()) {
            case HOURS -> calendar.plusWorkingMinutes(start, procedure.time() * 60L);
            case WORKING_DAYS -> calendar.endOfDay(calendar.plusWorkingDays(startDay, procedure.time()));
            case DAYS -> calendar.endOfDay(calendar.workingDayOnOrAfter(startDay.plusDays(procedure.time())));
            case MONTHS -> calendar.endOfDay(calendar.workingDayOnOrAfter(startDay.plusMonths(procedure.time())));
        };
    }

    /** Appointment as an instant, moved by the closed supplement intervals. */
    public Instant appointment(Procedure procedure, Instant received, List<SupplementInterval> supplements) {
        LocalDateTime appointment = appointment(procedure, WorkingCalendar.local(received));
        Instant result = WorkingCalendar.instant(appointment);
        for (SupplementInterval interval : supplements) {
            if (!interval.open()) {
                result = extend(result, procedure.unit(), interval.from(), interval.to());
            }
        }
        return result;
    }

    /** The appointment moved by the office time between {@code from} and {@code to}. */
    public Instant extend(Instant appointment, LegalTimeUnit unit, Instant from, Instant to) {
        long lost = calendar.workingMinutesBetween(WorkingCalendar.local(from), WorkingCalendar.local(to));
        if (lost == 0) {
            return appointment;
        }
        LocalDateTime moved = calendar.plusWorkingMinutes(WorkingCalendar.local(appointment), lost);
        return WorkingCalendar.instant(unit.dayBased() ? calendar.endOfDay(moved.toLocalDate()) : moved);
    }
}
