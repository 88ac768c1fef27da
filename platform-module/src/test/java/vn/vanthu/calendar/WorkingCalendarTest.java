package vn.vanthu.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = WorkingCalendar.defaults();

    @Test
    void seedPeriodHas244WorkingDays() {
        assertEquals(244, calendar.countWorkingDays(LocalDate.of(2022, 12, 15), LocalDate.of(2023, 12, 6)));
    }

    @Test
    void weekdaysOffIn2023() {
        List<LocalDate> off = LocalDate.of(2023, 1, 1).datesUntil(LocalDate.of(2024, 1, 1))
                .filter(d -> d.getDayOfWeek().getValue() <= 5 && !calendar.isWorkingDay(d))
                .toList();
        assertEquals(List.of(LocalDate.of(2023, 1, 2), LocalDate.of(2023, 1, 20), LocalDate.of(2023, 1, 23),
                LocalDate.of(2023, 1, 24), LocalDate.of(2023, 1, 25), LocalDate.of(2023, 1, 26),
                LocalDate.of(2023, 5, 1), LocalDate.of(2023, 5, 2), LocalDate.of(2023, 5, 3),
                LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 4)), off);
        assertFalse(calendar.isProvisional(LocalDate.of(2023, 6, 1)));
        assertTrue(calendar.isProvisional(LocalDate.of(2022, 12, 15)));
    }

    @Test
    void countIsInclusiveAndRefusesReversedRange() {
        assertEquals(1, calendar.countWorkingDays(LocalDate.of(2023, 1, 19), LocalDate.of(2023, 1, 19)));
        assertEquals(0, calendar.countWorkingDays(LocalDate.of(2023, 1, 20), LocalDate.of(2023, 1, 26)));
        assertEquals(2, calendar.countWorkingDays(LocalDate.of(2023, 1, 19), LocalDate.of(2023, 1, 27)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> calendar.countWorkingDays(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 1, 1)));
        assertTrue(e.getMessage().contains("Ngày kết thúc trước ngày bắt đầu"));
    }

    @Test
    void provisionalRulesFor2023DifferFromTheOfficialDaysOnlyAroundTet() {
        WorkingCalendar rules = new WorkingCalendar(CalendarData.empty(), WorkingHours.DEFAULT);
        List<LocalDate> differ = LocalDate.of(2023, 1, 1).datesUntil(LocalDate.of(2024, 1, 1))
                .filter(d -> rules.isWorkingDay(d) != calendar.isWorkingDay(d)).toList();
        // The government gave Friday 20/01 (28 Tết); the rule gives the day in lieu after the weekend.
        assertEquals(List.of(LocalDate.of(2023, 1, 20), LocalDate.of(2023, 1, 27)), differ);
        assertTrue(rules.entries(2023).stream().allMatch(e -> e.description().startsWith("PROVISIONAL")));
    }

    @Test
    void provisionalRulesFor2025() {
        WorkingCalendar rules = new WorkingCalendar(CalendarData.empty(), WorkingHours.DEFAULT);
        List<LocalDate> off = LocalDate.of(2025, 1, 1).datesUntil(LocalDate.of(2026, 1, 1))
                .filter(d -> d.getDayOfWeek().getValue() <= 5 && !rules.isWorkingDay(d)).toList();
        // Tết 29/01/2025 (Wednesday): 28/01 to 01/02 (a Saturday, in lieu 03/02); Hùng Kings 07/04;
        // 02/09 is a Tuesday, paired with Monday 01/09.
        assertEquals(List.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 28), LocalDate.of(2025, 1, 29),
                LocalDate.of(2025, 1, 30), LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 3),
                LocalDate.of(2025, 4, 7), LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 1),
                LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2)), off);
    }

    @Test
    void administratorFileReplacesAYearAndAddsASwappedSaturday(@TempDir Path dir) throws IOException {
        String official = new String(WorkingCalendar.class.getResourceAsStream(CalendarData.DEFAULT_RESOURCE).readAllBytes(),
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("2023.csv"), official + "2023-05-06,WORK,Làm bù cho ngày 02/05\n");
        Files.writeString(dir.resolve("2024.csv"), "2024-02-08,OFF,Tết\n");
        Files.writeString(dir.resolve("notes.txt"), "not a calendar file");
        WorkingCalendar admin = new WorkingCalendar(CalendarData.defaults().overriddenBy(CalendarData.readPath(dir)), WorkingHours.DEFAULT);
        assertTrue(admin.isWorkingDay(LocalDate.of(2023, 5, 6)));
        assertEquals(245, admin.countWorkingDays(LocalDate.of(2022, 12, 15), LocalDate.of(2023, 12, 6)));
        assertFalse(admin.isProvisional(LocalDate.of(2024, 3, 1)));
        // 2024 now only has the one listed day: 30/04 is a working day, because the year's data is official.
        assertTrue(admin.isWorkingDay(LocalDate.of(2024, 4, 30)));
        assertFalse(admin.isWorkingDay(LocalDate.of(2024, 2, 8)));
    }

    @Test
    void aYearInTwoFilesIsRefused(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.csv"), "2024-02-08,OFF,Tết\n");
        Files.writeString(dir.resolve("b.csv"), "2024-02-09,OFF,Tết\n");
        CalendarDataException e = assertThrows(CalendarDataException.class, () -> CalendarData.readPath(dir));
        assertTrue(e.getMessage().contains("2024"), e.getMessage());
    }

    @Test
    void badLinesNameTheLineAndTheProblem() {
        assertParseError("date,kind\n2023-13-01,OFF\n", "line/dòng 2", "yyyy-MM-dd");
        assertParseError("2023-01-02,HOLIDAY\n", "line/dòng 1", "OFF hoặc WORK");
        assertParseError("# c\n2023-01-02,OFF\n2023-01-02,OFF\n", "line/dòng 3", "ngày bị lặp");
        assertParseError("2023-01-02\n", "line/dòng 1", "date,kind");
    }

    private static void assertParseError(String csv, String where, String what) {
        CalendarDataException e = assertThrows(CalendarDataException.class, () -> CalendarData.parse(new StringReader(csv), "test.csv"));
        assertTrue(e.getMessage().startsWith("test.csv " + where) && e.getMessage().contains(what), e.getMessage());
    }

    @Test
    void workingMinutesSkipLunchNightsAndTet() {
        LocalDateTime thursday = LocalDateTime.of(2023, 1, 19, 16, 0);
        assertEquals(LocalDateTime.of(2023, 1, 19, 17, 0), calendar.plusWorkingMinutes(thursday, 60));
        assertEquals(LocalDateTime.of(2023, 1, 27, 8, 0), calendar.plusWorkingMinutes(thursday, 90));
        assertEquals(LocalDateTime.of(2023, 1, 27, 7, 30), calendar.plusWorkingMinutes(LocalDateTime.of(2023, 1, 19, 18, 0), 0));
        assertEquals(LocalDateTime.of(2023, 1, 27, 13, 30), calendar.plusWorkingMinutes(thursday, 60 + 4 * 60 + 30));
        assertEquals(60 + 4 * 60 + 30, calendar.workingMinutesBetween(thursday, LocalDateTime.of(2023, 1, 27, 13, 30)));
        assertEquals(0, calendar.workingMinutesBetween(LocalDateTime.of(2023, 1, 20, 8, 0), LocalDateTime.of(2023, 1, 26, 18, 0)));
        assertEquals(8 * 60, WorkingHours.DEFAULT.minutesPerDay());
    }

    @Test
    void plusWorkingDaysAndNextWorkingDay() {
        assertEquals(LocalDate.of(2023, 1, 27), calendar.nextWorkingDay(LocalDate.of(2023, 1, 19)));
        assertEquals(LocalDate.of(2023, 5, 4), calendar.plusWorkingDays(LocalDate.of(2023, 4, 28), 1));
        assertEquals(LocalDate.of(2023, 1, 30), calendar.plusWorkingDays(LocalDate.of(2023, 1, 21), 1));
        assertEquals(LocalDate.of(2023, 1, 27), calendar.plusWorkingDays(LocalDate.of(2023, 1, 21), 0));
    }

    @Test
    void officeHoursAreParsedAndChecked() {
        WorkingHours hours = WorkingHours.parse("07:00-11:00", "13:30-16:30");
        assertEquals(7 * 60, hours.minutesPerDay());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WorkingHours.parse("11:30-07:00", "13:30-17:00"));
        assertTrue(e.getMessage().contains("Giờ làm việc"));
        assertThrows(IllegalArgumentException.class, () -> WorkingHours.parse("7h-11h", "13:30-17:00"));
        assertEquals(List.of("2023-01-02"), CalendarData.defaults().entries(2023).stream().limit(1)
                .map(en -> en.date().toString()).collect(Collectors.toList()));
    }
}
