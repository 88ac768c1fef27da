package vn.vanthu.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of a year's calendar data: a day off on a weekday, or a working Saturday or Sunday.
 *
 * @param date        the day
 * @param kind        {@link Kind#OFF} or {@link Kind#WORK}
 * @param description why (e.g. "Tết Nguyên Đán"), may be empty
 */
public record CalendarEntry(LocalDate date, Kind kind, String description) {

    /** What a listed day is. */
    public enum Kind {
        /** Not a working day (public holiday, day in lieu, swapped day off). */
        OFF,
        /** A working day although it is a Saturday or Sunday (swapped working day, làm bù). */
        WORK
    }

    public CalendarEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        description = description == null ? "" : description.strip();
    }
}
