package vn.vanthu.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LunarCalendarTest {

    private final LunarCalendar vietnam = LunarCalendar.vietnamese();
    private final LunarCalendar china = LunarCalendar.atUtcOffset(8);

    @Test
    void tetOf2023() {
        assertEquals(LocalDate.of(2023, 1, 22), vietnam.newYear(2023));
    }

    @Test
    void yearsWhereVietnamAndChinaDiffer() {
        assertEquals(LocalDate.of(2007, 2, 17), vietnam.newYear(2007));
        assertEquals(LocalDate.of(2007, 2, 18), china.newYear(2007));
        assertEquals(LocalDate.of(1985, 1, 21), vietnam.newYear(1985));
        assertEquals(LocalDate.of(1985, 2, 20), china.newYear(1985));
        assertEquals(LocalDate.of(2030, 2, 2), vietnam.newYear(2030));
        assertEquals(LocalDate.of(2030, 2, 3), china.newYear(2030));
    }

    @Test
    void otherKnownTetDates() {
        assertEquals(LocalDate.of(2024, 2, 10), vietnam.newYear(2024));
        assertEquals(LocalDate.of(2025, 1, 29), vietnam.newYear(2025));
        assertEquals(LocalDate.of(2022, 2, 1), vietnam.newYear(2022));
    }

    @Test
    void hungKingsDayAndLeapMonthOf2023() {
        assertEquals(LocalDate.of(2023, 4, 29), vietnam.toSolar(new LunarDate(10, 3, 2023, false)).orElseThrow());
        // Quý Mão has a leap second month, starting on 22/03/2023.
        assertEquals(new LunarDate(1, 2, 2023, true), vietnam.toLunar(LocalDate.of(2023, 3, 22)));
        assertEquals(new LunarDate(30, 2, 2023, false), vietnam.toLunar(LocalDate.of(2023, 3, 21)));
        assertEquals(Optional.empty(), vietnam.toSolar(new LunarDate(1, 5, 2023, true)));
    }

    @Test
    void lunarNewYearsEveIsInThePreviousLunarYear() {
        LunarDate eve = vietnam.toLunar(LocalDate.of(2023, 1, 21));
        assertEquals(12, eve.month());
        assertEquals(2022, eve.year());
    }

    @Test
    void everyDayFrom1980To2040RoundTrips() {
        for (LocalDate d = LocalDate.of(1980, 1, 1); d.isBefore(LocalDate.of(2041, 1, 1)); d = d.plusDays(1)) {
            LunarDate lunar = vietnam.toLunar(d);
            assertEquals(Optional.of(d), vietnam.toSolar(lunar), () -> "round trip of " + lunar);
            assertTrue(lunar.day() <= 30);
        }
    }
}
