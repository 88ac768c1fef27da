package vn.vanthu.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.vanthu.calendar.LunarCalendar;
import vn.vanthu.calendar.WorkingCalendar;
import vn.vanthu.dossier.AppointmentCalculator;
import vn.vanthu.dossier.Procedure;
import vn.vanthu.dossier.ProcedureCatalogue;
import vn.vanthu.dossier.SupplementInterval;

/**
 * Costs of the one-stop-shop rules that run on every dossier event (appointment on creation,
 * moving it after a supplement) and in reports (working days of a period, Tết of a year).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DossierCalendarBenchmark {

    private final WorkingCalendar calendar = WorkingCalendar.defaults();
    private final AppointmentCalculator calculator = new AppointmentCalculator(calendar);
    private final ProcedureCatalogue catalogue = ProcedureCatalogue.defaults();
    private final Procedure guardianship = catalogue.require("1.004837", LocalDate.of(2023, 3, 6));
    private final Instant received = WorkingCalendar.instant(LocalDateTime.of(2023, 1, 18, 9, 0));
    private final List<SupplementInterval> supplements = List.of(new SupplementInterval(
            WorkingCalendar.instant(LocalDateTime.of(2023, 1, 19, 10, 0)), WorkingCalendar.instant(LocalDateTime.of(2023, 1, 30, 10, 0))));
    private final LunarCalendar lunar = LunarCalendar.vietnamese();

    @Benchmark
    public long workingDaysOfTheSeedPeriod() {
        return calendar.countWorkingDays(LocalDate.of(2022, 12, 15), LocalDate.of(2023, 12, 6));
    }

    @Benchmark
    public Instant appointmentAcrossTet() {
        return calculator.appointment(guardianship, received, List.of());
    }

    @Benchmark
    public Instant appointmentWithASupplement() {
        return calculator.appointment(guardianship, received, supplements);
    }

    @Benchmark
    public LocalDate tetOf2030() {
        return lunar.newYear(2030);
    }
}
