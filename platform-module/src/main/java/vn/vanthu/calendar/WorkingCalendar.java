package vn.vanthu.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The working calendar of a Vietnamese state agency: Monday to Friday, less the year's days off,
 * plus its swapped working days, within office hours. Thread-safe and immutable apart from a cache.
 *
 * <p>All wall-clock values are local times in {@link #ZONE} (Vietnam has no daylight saving time,
 * so a local time and an instant convert one-to-one).
 *
 * <p>Years with {@linkplain CalendarData official data} use it; other years use the
 * {@linkplain ProvisionalHolidays provisional rules} and {@link #isProvisional} tells so.
 */
public final class WorkingCalendar {

    /** Time zone of every Vietnamese deadline. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Longest stretch searched for the next working day before the data is declared unusable. */
    private static final int MAX_SEARCH_DAYS = 366;

    private final CalendarData data;
    private final WorkingHours hours;
    private final ProvisionalHolidays provisional = new ProvisionalHolidays(LunarCalendar.vietnamese());
    private final Map<Integer, YearDays> cache = new ConcurrentHashMap<>();

    public WorkingCalendar(CalendarData data, WorkingHours hours) {
        this.data = Objects.requireNonNull(data, "data");
        this.hours = Objects.requireNonNull(hours, "hours");
    }

    /** The shipped official data with default office hours. */
    public static WorkingCalendar defaults() {
        return new WorkingCalendar(CalendarData.defaults(), WorkingHours.DEFAULT);
    }

    public WorkingHours hours() {
        return hours;
    }

    /** Days off and swapped working days of a year, official or provisional. */
    public List<CalendarEntry> entries(int year) {
        return data.hasYear(year) ? data.entries(year) : provisional.forYear(year);
    }

    /** True when {@code date}'s year has no official data and the provisional rules are used. */
    public boolean isProvisional(LocalDate date) {
        return !data.hasYear(date.getYear());
    }

    public boolean isWorkingDay(LocalDate date) {
        YearDays year = cache.computeIfAbsent(date.getYear(), y -> new YearDays(entries(y)));
        if (year.work.contains(date)) {
            return true;
        }
        if (year.off.contains(date)) {
            return false;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** Number of working days from {@code from} to {@code to}, both included. */
    public long countWorkingDays(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The end date is before the start date / Ngày kết thúc trước ngày bắt đầu: "
                    + from + " > " + to);
        }
        long count = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** {@code date} if it is a working day, else the next working day. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        LocalDate d = date;
        for (int i = 0; i <= MAX_SEARCH_DAYS; i++, d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                return d;
            }
        }
        throw new CalendarDataException("No working day within a year after / Không có ngày làm việc nào trong một năm sau " + date);
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return workingDayOnOrAfter(date.plusDays(1));
    }

    /** The n-th working day after {@code start} (n ≥ 0); n = 0 gives {@code start} itself if it is a working day. */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Negative number of working days / Số ngày làm việc âm: " + n);
        }
        LocalDate d = workingDayOnOrAfter(start);
        for (int i = 0; i < n; i++) {
            d = nextWorkingDay(d);
        }
        return d;
    }

    /** Opening time of a day (start of the morning session). */
    public LocalDateTime startOfDay(LocalDate date) {
        return date.atTime(hours.morningStart());
    }

    /** Closing time of a day (end of the afternoon session). */
    public LocalDateTime endOfDay(LocalDate date) {
        return date.atTime(hours.afternoonEnd());
    }

    /** Whether {@code time} falls within office hours of a working day (session ends excluded). */
    public boolean isWorkingTime(LocalDateTime time) {
        if (!isWorkingDay(time.toLocalDate())) {
            return false;
        }
        LocalTime t = time.toLocalTime();
        return inside(t, hours.morningStart(), hours.morningEnd()) || inside(t, hours.afternoonStart(), hours.afternoonEnd());
    }

    private static boolean inside(LocalTime t, LocalTime start, LocalTime end) {
        return !t.isBefore(start) && t.isBefore(end);
    }

    /**
     * The moment {@code minutes} minutes of office time after {@code start}. Time outside office
     * hours and on days off does not count. The result is the end of a session rather than the
     * start of the next one when the count runs out exactly there (8 hours from Monday 07:30 is
     * Monday 17:00). With 0 minutes the result is the first moment of office time at or after
     * {@code start}.
     */
    public LocalDateTime plusWorkingMinutes(LocalDateTime start, long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("Negative duration / Thời lượng âm: " + minutes);
        }
        LocalDateTime current = start;
        long remaining = minutes;
        LocalDate day = start.toLocalDate();
        for (int guard = 0; guard < MAX_SEARCH_DAYS * 50; guard++) {
            if (isWorkingDay(day)) {
                for (LocalTime[] session : sessions()) {
                    LocalDateTime sessionStart = day.atTime(session[0]);
                    LocalDateTime sessionEnd = day.atTime(session[1]);
                    if (!current.isBefore(sessionEnd)) {
                        continue;
                    }
                    if (current.isBefore(sessionStart)) {
                        current = sessionStart;
                    }
                    long available = Duration.between(current, sessionEnd).toMinutes();
                    if (remaining <= available) {
                        return current.plusMinutes(remaining);
                    }
                    remaining -= available;
                    current = sessionEnd;
                }
            }
            day = day.plusDays(1);
            current = day.atStartOfDay();
        }
        throw new CalendarDataException("Working time cannot be counted from / Không tính được thời gian làm việc từ " + start);
    }

    /** Minutes of office time between two moments (0 if {@code to} is not after {@code from}). */
    public long workingMinutesBetween(LocalDateTime from, LocalDateTime to) {
        long total = 0;
        for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (LocalTime[] session : sessions()) {
                LocalDateTime start = max(day.atTime(session[0]), from);
                LocalDateTime end = min(day.atTime(session[1]), to);
                if (start.isBefore(end)) {
                    total += Duration.between(start, end).toMinutes();
                }
            }
        }
        return total;
    }

    private LocalTime[][] sessions() {
        return new LocalTime[][] {{hours.morningStart(), hours.morningEnd()}, {hours.afternoonStart(), hours.afternoonEnd()}};
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    /** Local wall-clock time in Vietnam of an instant. */
    public static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZONE);
    }

    /** The instant of a Vietnamese wall-clock time. */
    public static Instant instant(LocalDateTime local) {
        return local.atZone(ZONE).toInstant();
    }

    /** Days off and worked weekend days of one year, for quick look-up. */
    private static final class YearDays {
        final Set<LocalDate> off;
        final Set<LocalDate> work;

        YearDays(List<CalendarEntry> entries) {
            off = entries.stream().filter(e -> e.kind() == CalendarEntry.Kind.OFF).map(CalendarEntry::date).collect(Collectors.toUnmodifiableSet());
            work = entries.stream().filter(e -> e.kind() == CalendarEntry.Kind.WORK).map(CalendarEntry::date).collect(Collectors.toUnmodifiableSet());
        }
    }
}
