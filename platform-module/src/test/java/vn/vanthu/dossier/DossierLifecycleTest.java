package vn.vanthu.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanthu.dossier.AppointmentCalculatorTest.at;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.vanthu.calendar.WorkingCalendar;

class DossierLifecycleTest {

    private final AppointmentCalculator calculator = new AppointmentCalculator(WorkingCalendar.defaults());
    private final DossierLifecycle lifecycle = new DossierLifecycle(calculator, new TimelinessPolicy(EarlyBoundary.DAY));
    private final Procedure guardianship = ProcedureCatalogue.defaults().require("1.004837", LocalDate.of(2023, 3, 6));

    private DossierRecord received(Instant when) {
        return DossierRecord.received(DossierStatus.ACCEPTED, when, calculator.appointment(guardianship, when, List.of()), guardianship.unit());
    }

    @Test
    void fullLifeWithASupplement() {
        DossierRecord d = received(at(2023, 3, 6, 9, 0));
        assertEquals(at(2023, 3, 9, 17, 0), d.appointmentAt());
        d = lifecycle.change(d, DossierStatus.IN_PROGRESS, at(2023, 3, 6, 10, 0));
        d = lifecycle.change(d, DossierStatus.SUPPLEMENT_REQUESTED, at(2023, 3, 7, 10, 0));
        assertEquals(List.of(new SupplementInterval(at(2023, 3, 7, 10, 0), null)), d.supplements());
        assertEquals(at(2023, 3, 9, 17, 0), d.appointmentAt());
        d = lifecycle.change(d, DossierStatus.IN_PROGRESS, at(2023, 3, 9, 10, 0));
        assertEquals(List.of(new SupplementInterval(at(2023, 3, 7, 10, 0), at(2023, 3, 9, 10, 0))), d.supplements());
        assertEquals(at(2023, 3, 13, 17, 0), d.appointmentAt());
        assertNull(d.finishedAt());
        d = lifecycle.change(d, DossierStatus.PROCESSED, at(2023, 3, 13, 9, 0));
        assertEquals(at(2023, 3, 13, 9, 0), d.finishedAt());
        assertEquals(Timeliness.ON_TIME, d.timeliness());
        assertNull(d.returnedAt());
        d = lifecycle.change(d, DossierStatus.RETURNED, at(2023, 3, 14, 8, 0));
        assertEquals(at(2023, 3, 14, 8, 0), d.returnedAt());
        assertEquals(at(2023, 3, 13, 9, 0), d.finishedAt());
        assertEquals(DossierStatus.RETURNED, d.status());
        DossierRecord returned = d;
        assertThrows(TransitionRefusedException.class, () -> lifecycle.change(returned, DossierStatus.IN_PROGRESS, at(2023, 3, 15, 8, 0)));
        assertSame(returned, lifecycle.change(returned, DossierStatus.RETURNED, at(2023, 3, 15, 8, 0)));
    }

    @Test
    void timelinessWhenFinishing() {
        DossierRecord d = lifecycle.change(received(at(2023, 3, 6, 9, 0)), DossierStatus.IN_PROGRESS, at(2023, 3, 6, 9, 5));
        assertEquals(Timeliness.EARLY, lifecycle.change(d, DossierStatus.PROCESSED, at(2023, 3, 8, 16, 0)).timeliness());
        assertEquals(Timeliness.ON_TIME, lifecycle.change(d, DossierStatus.PROCESSED, at(2023, 3, 9, 8, 0)).timeliness());
        assertEquals(Timeliness.ON_TIME, lifecycle.change(d, DossierStatus.PROCESSED, at(2023, 3, 9, 17, 0)).timeliness());
        assertEquals(Timeliness.LATE, lifecycle.change(d, DossierStatus.PROCESSED, at(2023, 3, 9, 17, 1)).timeliness());
    }

    @Test
    void halfDayBoundary() {
        TimelinessPolicy day = new TimelinessPolicy(EarlyBoundary.DAY);
        TimelinessPolicy half = new TimelinessPolicy(EarlyBoundary.HALF_DAY);
        Instant afternoonDue = at(2023, 3, 9, 17, 0);
        assertEquals(Timeliness.ON_TIME, day.classify(at(2023, 3, 9, 11, 0), afternoonDue));
        assertEquals(Timeliness.EARLY, half.classify(at(2023, 3, 9, 11, 0), afternoonDue));
        assertEquals(Timeliness.ON_TIME, half.classify(at(2023, 3, 9, 12, 0), afternoonDue));
        Instant morningDue = at(2023, 3, 9, 11, 30);
        assertEquals(Timeliness.ON_TIME, half.classify(at(2023, 3, 9, 8, 0), morningDue));
        assertEquals(Timeliness.EARLY, half.classify(at(2023, 3, 8, 16, 0), morningDue));
        assertEquals(Timeliness.LATE, half.classify(at(2023, 3, 9, 13, 0), morningDue));
    }

    @Test
    void unfinishedDossiersAtACutOff() {
        DossierRecord d = lifecycle.change(received(at(2023, 3, 6, 9, 0)), DossierStatus.IN_PROGRESS, at(2023, 3, 6, 9, 5));
        assertEquals(Optional.of(Progress.WITHIN_DEADLINE), lifecycle.progressAt(d, at(2023, 3, 9, 17, 0)));
        assertEquals(Optional.of(Progress.OVERDUE), lifecycle.progressAt(d, at(2023, 3, 10, 8, 0)));
        // Waiting for the citizen since Tuesday 10:00: at Friday 08:00 the appointment has moved by 2.5 working days.
        DossierRecord waiting = lifecycle.change(d, DossierStatus.SUPPLEMENT_REQUESTED, at(2023, 3, 7, 10, 0));
        assertEquals(Optional.of(Progress.WITHIN_DEADLINE), lifecycle.progressAt(waiting, at(2023, 3, 10, 8, 0)));
        // Finished after the cut-off: still in progress at the cut-off.
        DossierRecord late = lifecycle.change(d, DossierStatus.PROCESSED, at(2023, 3, 14, 9, 0));
        assertEquals(Optional.of(Progress.OVERDUE), lifecycle.progressAt(late, at(2023, 3, 12, 0, 0)));
        assertEquals(Optional.empty(), lifecycle.progressAt(late, at(2023, 3, 15, 0, 0)));
        DossierRecord withdrawn = lifecycle.change(d, DossierStatus.WITHDRAWN, at(2023, 3, 7, 9, 0));
        assertEquals(Optional.empty(), lifecycle.progressAt(withdrawn, at(2023, 3, 15, 0, 0)));
    }

    @Test
    void supplementIntervalText() {
        SupplementInterval closed = new SupplementInterval(at(2023, 3, 7, 10, 0), at(2023, 3, 9, 10, 0));
        assertEquals("2023-03-07T10:00+07:00/2023-03-09T10:00+07:00", closed.format());
        assertEquals(closed, SupplementInterval.parse(closed.format()));
        SupplementInterval open = SupplementInterval.parse("2023-03-07T10:00+07:00/");
        assertTrue(open.open());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SupplementInterval.parse("07/03/2023"));
        assertTrue(e.getMessage().contains("Khoảng bổ sung"));
        assertThrows(IllegalArgumentException.class, () -> SupplementInterval.parse("2023-03-09T10:00+07:00/2023-03-07T10:00+07:00"));
    }
}
