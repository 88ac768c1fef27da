package vn.vanthu.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import vn.vanthu.report.DocumentReport;
import vn.vanthu.report.DossierReport;
import vn.vanthu.report.ElectronicFilter;
import vn.vanthu.report.GroupBy;
import vn.vanthu.report.InMemoryStatisticsStore;
import vn.vanthu.report.Period;
import vn.vanthu.report.ReportMessages;
import vn.vanthu.report.SignatureCoverage;
import vn.vanthu.report.Statistics;
import vn.vanthu.report.StatisticsDelta;
import vn.vanthu.report.SummaryReport;

/**
 * Report computation over the statistics of {@code documents} documents and as many dossiers spread
 * over three years: the statistics are built by applying one delta per node, as the behaviours do,
 * then each report reads a snapshot of the store. The time must not grow with the number of nodes
 * (the statistics hold at most days x groups buckets).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
public class ReportBenchmark {

    @Param({"10000", "100000", "1000000"})
    public int documents;

    private InMemoryStatisticsStore store;
    private Statistics statistics;
    private final Period year = new Period(LocalDate.of(2022, 12, 15), LocalDate.of(2023, 12, 14));
    private final ReportMessages vietnamese = ReportMessages.of(ReportMessages.VIETNAMESE);

    @Setup(Level.Trial)
    public void fill() {
        store = new InMemoryStatisticsStore();
        SyntheticYears.facts(documents).forEach(facts -> store.apply(StatisticsDelta.between(null, facts)));
        statistics = store.snapshot();
    }

    /** Reading every bucket of the store into a snapshot, as each web script call does. */
    @Benchmark
    public Statistics snapshot() {
        return store.snapshot();
    }

    @Benchmark
    public DocumentReport documents() {
        return DocumentReport.compute(statistics, year);
    }

    @Benchmark
    public DossierReport dossiersByField() {
        return DossierReport.compute(statistics, year, GroupBy.FIELD, ElectronicFilter.ALL);
    }

    @Benchmark
    public SignatureCoverage signatureCoverage() {
        return SignatureCoverage.compute(statistics, year, SignatureCoverage.NotValidPage.empty(0, 50));
    }

    /** The whole summary: documents and two dossier reports, with the text. */
    @Benchmark
    public SummaryReport summary() {
        return SummaryReport.compute(statistics, year, vietnamese);
    }

    /** Snapshot plus the dossier report: the whole work of one dossiers web script call. */
    @Benchmark
    public DossierReport snapshotThenDossiers() {
        return DossierReport.compute(store.snapshot(), year, GroupBy.UNIT, ElectronicFilter.TRUE);
    }

    /** The number of buckets the statistics hold, for the README. */
    public static void main(String[] args) {
        for (int documents : new int[] {10_000, 100_000, 1_000_000}) {
            InMemoryStatisticsStore store = new InMemoryStatisticsStore();
            SyntheticYears.facts(documents).forEach(facts -> store.apply(StatisticsDelta.between(null, facts)));
            System.out.println(documents + " documents + " + documents + " dossiers: " + store.snapshot().size()
                    + " buckets");
        }
    }
}
