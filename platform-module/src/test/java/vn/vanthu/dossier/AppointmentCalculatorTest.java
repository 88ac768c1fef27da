package vn.vanthu.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanthu.calendar.WorkingCalendar;

class AppointmentCalculatorTest {

    private final ProcedureCatalogue catalogue = ProcedureCatalogue.defaults();
    private final AppointmentCalculator calculator = new AppointmentCalculator(WorkingCalendar.defaults());

    private LocalDateTime due(String code, String received) {
        LocalDateTime at = LocalDateTime.parse(received);
        return calculator.appointment(catalogue.require(code, at.toLocalDate()), at);
    }

    private static Procedure custom(int time, LegalTimeUnit unit, boolean cutOff) {
        return new Procedure("9.999999", "Thử", "Test", "Thử", "Thử", time, unit, cutOff, null, null);
    }

    @Test
    void birthReceivedThursdayAfternoonBeforeTetIsDueOnTheFirstWorkingDayAfterTet() {
        assertEquals(LocalDateTime.of(2023, 1, 27, 17, 0), due("1.001193", "2023-01-19T16:00"));
    }

    @Test
    void cutOffAt1500() {
        assertEquals(LocalDateTime.of(2023, 3, 15, 17, 0), due("2.000815", "2023-03-15T14:59"));
        assertEquals(LocalDateTime.of(2023, 3, 15, 17, 0), due("2.000815", "2023-03-15T15:00"));
        assertEquals(LocalDateTime.of(2023, 3, 16, 17, 0), due("2.000815", "2023-03-15T15:01"));
        assertEquals(LocalDateTime.of(2023, 3, 17, 17, 0), due("1.004837", "2023-03-14T14:59"));
        assertEquals(LocalDateTime.of(2023, 3, 20, 17, 0), due("1.004837", "2023-03-14T15:01"));
        // Social allowance has no cut-off: 15:01 still counts from that day.
        assertEquals(due("1.001776", "2023-03-15T14:59"), due("1.001776", "2023-03-15T15:01"));
    }

    @Test
    void acrossTet() {
        // Guardianship (3 working days) received Wednesday 18/01: Thursday 19, Friday 27, Monday 30.
        assertEquals(LocalDateTime.of(2023, 1, 30, 17, 0), due("1.004837", "2023-01-18T09:00"));
        // Received during Tết (online): counts from Friday 27/01.
        assertEquals(LocalDateTime.of(2023, 1, 27, 17, 0), due("1.000656", "2023-01-24T10:00"));
    }

    @Test
    void acrossThe30April1MayBridge() {
        assertEquals(LocalDateTime.of(2023, 5, 4, 17, 0), due("2.000884", "2023-04-28T15:30"));
        assertEquals(LocalDateTime.of(2023, 4, 28, 17, 0), due("2.000884", "2023-04-28T10:00"));
        // Guardianship received Thursday 27/04: Friday 28/04, Thursday 04/05, Friday 05/05.
        assertEquals(LocalDateTime.of(2023, 5, 5, 17, 0), due("1.004837", "2023-04-27T10:00"));
    }

    @Test
    void weekendsAndOutsideOfficeHours() {
        assertEquals(LocalDateTime.of(2023, 3, 20, 17, 0), due("1.001193", "2023-03-18T09:00"));
        assertEquals(LocalDateTime.of(2023, 3, 20, 17, 0), due("1.001193", "2023-03-17T16:00"));
        assertEquals(LocalDateTime.of(2023, 3, 17, 17, 0), due("1.001193", "2023-03-17T06:00"));
        // No cut-off, but after closing time: next working day.
        assertEquals(LocalDateTime.of(2023, 3, 20, 17, 0), calculator.appointment(custom(0, LegalTimeUnit.WORKING_DAYS, false),
                LocalDateTime.of(2023, 3, 17, 17, 30)));
        assertEquals(LocalDateTime.of(2023, 3, 17, 17, 0), calculator.appointment(custom(0, LegalTimeUnit.WORKING_DAYS, false),
                LocalDateTime.of(2023, 3, 17, 16, 30)));
    }

    @Test
    void calendarDaysAndMonthsEndOnTheNextWorkingDay() {
        // Land mediation in 2023: 45 days; 01/03 + 45 = Saturday 15/04, so Monday 17/04.
        assertEquals(LocalDateTime.of(2023, 4, 17, 17, 0), due("1.013967", "2023-03-01T10:00"));
        // One month from 31/03 is Sunday 30/04, then 01-03/05 are off.
        assertEquals(LocalDateTime.of(2023, 5, 4, 17, 0),
                calculator.appointment(custom(1, LegalTimeUnit.MONTHS, false), LocalDateTime.of(2023, 3, 31, 9, 0)));
    }

    @Test
    void hours() {
        assertEquals(LocalDateTime.of(2023, 1, 27, 14, 0),
                calculator.appointment(custom(8, LegalTimeUnit.HOURS, false), LocalDateTime.of(2023, 1, 19, 14, 0)));
        assertEquals(LocalDateTime.of(2023, 1, 27, 17, 0),
                calculator.appointment(custom(8, LegalTimeUnit.HOURS, true), LocalDateTime.of(2023, 1, 19, 15, 30)));
        assertEquals(LocalDateTime.of(2023, 3, 16, 8, 30),
                calculator.appointment(custom(1, LegalTimeUnit.HOURS, false), LocalDateTime.of(2023, 3, 16, 6, 45)));
    }

    @Test
    void supplementIntervalsMoveTheAppointment() {
        Procedure guardianship = catalogue.require("1.004837", LocalDate.of(2023, 3, 6));
        Instant received = WorkingCalendar.instant(LocalDateTime.of(2023, 3, 6, 9, 0));
        assertEquals(at(2023, 3, 9, 17, 0), calculator.appointment(guardianship, received, List.of()));
        // Waiting from Tuesday 10:00 to Thursday 10:00 is 16 office hours: two working days more.
        SupplementInterval twoDays = new SupplementInterval(at(2023, 3, 7, 10, 0), at(2023, 3, 9, 10, 0));
        assertEquals(at(2023, 3, 13, 17, 0), calculator.appointment(guardianship, received, List.of(twoDays)));
        // One office hour rounds up to a whole working day.
        SupplementInterval oneHour = new SupplementInterval(at(2023, 3, 7, 10, 0), at(2023, 3, 7, 11, 0));
        assertEquals(at(2023, 3, 10, 17, 0), calculator.appointment(guardianship, received, List.of(oneHour)));
        assertEquals(at(2023, 3, 14, 17, 0), calculator.appointment(guardianship, received, List.of(twoDays, oneHour)));
        // Over a weekend only: nothing lost. An open interval does not move it yet.
        SupplementInterval weekend = new SupplementInterval(at(2023, 3, 10, 17, 30), at(2023, 3, 13, 7, 0));
        SupplementInterval open = new SupplementInterval(at(2023, 3, 7, 10, 0), null);
        assertEquals(at(2023, 3, 9, 17, 0), calculator.appointment(guardianship, received, List.of(weekend, open)));
        // Hours keep minute precision.
        assertEquals(at(2023, 3, 7, 10, 0), calculator.extend(at(2023, 3, 7, 9, 0), LegalTimeUnit.HOURS, at(2023, 3, 6, 16, 0), at(2023, 3, 6, 17, 30)));
    }

    static Instant at(int y, int m, int d, int h, int min) {
        return WorkingCalendar.instant(LocalDateTime.of(y, m, d, h, min));
    }
}
