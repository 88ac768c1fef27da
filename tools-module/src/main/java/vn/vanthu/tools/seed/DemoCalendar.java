package vn.vanthu.tools.seed;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The working days of the demo year 15/12/2022 - 06/12/2023: weekdays minus the 2023 days off of
 * civil servants (domain README section 4). Only the demo data uses it; the product's calendar is
 * administered data.
 */
public final class DemoCalendar {

    public static final LocalDate FROM = LocalDate.of(2022, 12, 15);
    public static final LocalDate TO = LocalDate.of(2023, 12, 6);
    static final Set<LocalDate> DAYS_OFF = Set.of(LocalDate.of(2023, 1, 2), LocalDate.of(2023, 1, 20),
            LocalDate.of(2023, 1, 23), LocalDate.of(2023, 1, 24), LocalDate.of(2023, 1, 25), LocalDate.of(2023, 1, 26),
            LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 2), LocalDate.of(2023, 5, 3), LocalDate.of(2023, 9, 1),
            LocalDate.of(2023, 9, 4));

    private DemoCalendar() {
    }

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !DAYS_OFF.contains(day);
    }

    /** The working days from {@link #FROM} to {@link #TO}, in order. */
    public static List<LocalDate> workingDays() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = FROM; !day.isAfter(TO); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                days.add(day);
            }
        }
        return days;
    }

    /** The working day {@code count} working days after {@code day} (count >= 0). */
    public static LocalDate addWorkingDays(LocalDate day, int count) {
        LocalDate result = day;
        for (int i = 0; i < count; i++) {
            do {
                result = result.plusDays(1);
            } while (!isWorkingDay(result));
        }
        return result;
    }

    /** The working day before {@code day}. */
    public static LocalDate previousWorkingDay(LocalDate day) {
        LocalDate result = day.minusDays(1);
        while (!isWorkingDay(result)) {
            result = result.minusDays(1);
        }
        return result;
    }
}
