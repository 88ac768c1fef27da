package vn.vanthu.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.vanthu.report.DossierFacts.Channel;
import vn.vanthu.report.DossierFacts.Timeliness;

/**
 * The dossier report against the period semantics written per dossier (the README's definitions),
 * on hand-made cases and on random dossiers and periods.
 */
class PeriodSemanticsTest {

    private static final LocalDate D = LocalDate.of(2023, 3, 1);

    private static DossierFacts dossier(int received, Integer appointment, Integer finished, Timeliness timeliness) {
        return new DossierFacts(D.plusDays(received), Channel.ONLINE, "Hộ tịch", "Tư pháp - Hộ tịch", true,
                appointment == null ? null : D.plusDays(appointment), finished == null ? null : D.plusDays(finished),
                timeliness);
    }

    private static DossierCounts report(List<NodeFacts> facts, int from, int to) {
        return DossierReport.compute(Statistics.count(facts), new Period(D.plusDays(from), D.plusDays(to)),
                GroupBy.FIELD, ElectronicFilter.ALL).total();
    }

    @Test
    void receivedBeforeAndFinishedInsideIsCarriedOverAndSettled() {
        DossierCounts counts = report(List.of(dossier(-5, -2, 3, Timeliness.LATE)), 0, 10);
        assertEquals(1, counts.carriedOver());
        assertEquals(0, counts.receivedInPeriod());
        assertEquals(1, counts.late());
        assertEquals(0, counts.inProgressTotal());
    }

    @Test
    void finishedAfterThePeriodIsInProgressAtItsEnd() {
        // Due on day 8, finished on day 12: at the cut-off day 10 it was overdue and unfinished.
        List<NodeFacts> late = List.of(dossier(2, 8, 12, Timeliness.LATE));
        DossierCounts counts = report(late, 0, 10);
        assertEquals(1, counts.receivedInPeriod());
        assertEquals(0, counts.settledTotal());
        assertEquals(1, counts.overdue());
        // Cut-off on the appointment day itself: still within the deadline.
        assertEquals(1, report(late, 0, 8).withinDeadline());
        // The next period carries it over and settles it late.
        DossierCounts next = report(late, 11, 20);
        assertEquals(1, next.carriedOver());
        assertEquals(1, next.late());
        assertEquals(0, next.inProgressTotal());
    }

    @Test
    void finishedBeforeThePeriodIsNotCarriedOver() {
        DossierCounts counts = report(List.of(dossier(-9, -5, -6, Timeliness.EARLY)), 0, 10);
        assertTrue(counts.isEmpty());
        // Finished on the first day of the period: carried over and settled in it.
        DossierCounts firstDay = report(List.of(dossier(-9, -5, 0, Timeliness.LATE)), 0, 10);
        assertEquals(1, firstDay.carriedOver());
        assertEquals(1, firstDay.late());
    }

    @Test
    void openDossierWithoutAppointmentIsNeverOverdue() {
        DossierCounts counts = report(List.of(dossier(1, null, null, null)), 0, 400);
        assertEquals(1, counts.withinDeadline());
        assertEquals(0, counts.overdue());
    }

    @Test
    void randomDossiersMatchThePerDossierDefinitions() {
        Random random = new Random(20231206);
        List<DossierFacts> dossiers = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            int received = random.nextInt(300);
            Integer appointment = random.nextInt(10) == 0 ? null : received + random.nextInt(20) - 2;
            boolean open = random.nextInt(5) == 0;
            Integer finished = open ? null : received + random.nextInt(40);
            Timeliness timeliness = open ? null : Timeliness.values()[random.nextInt(3)];
            Channel channel = Channel.values()[random.nextInt(3)];
            dossiers.add(new DossierFacts(D.plusDays(received), channel, "field" + random.nextInt(4),
                    "unit" + random.nextInt(3), random.nextBoolean(),
                    appointment == null ? null : D.plusDays(appointment),
                    finished == null ? null : D.plusDays(finished), timeliness));
        }
        Statistics statistics = Statistics.count(dossiers);
        for (int run = 0; run < 200; run++) {
            LocalDate from = D.plusDays(random.nextInt(360) - 20);
            LocalDate to = from.plusDays(random.nextInt(120));
            GroupBy groupBy = GroupBy.values()[random.nextInt(2)];
            ElectronicFilter filter = ElectronicFilter.values()[random.nextInt(3)];
            DossierReport report = DossierReport.compute(statistics, new Period(from, to), groupBy, filter);
            DossierCounts total = DossierCounts.ZERO;
            for (DossierReport.Group group : report.groups()) {
                DossierCounts expected = expected(dossiers, from, to, filter,
                        d -> (groupBy == GroupBy.FIELD ? d.field() : d.unit()).equals(group.key()));
                assertEquals(expected, group.counts(), group.key() + " " + from + ".." + to);
                assertTrue(group.counts().isConsistent());
                total = total.plus(expected);
            }
            assertEquals(expected(dossiers, from, to, filter, d -> true), total);
            assertEquals(total, report.total());
        }
    }

    /** The README's definitions applied to each dossier one by one. */
    private static DossierCounts expected(List<DossierFacts> dossiers, LocalDate from, LocalDate to,
                                          ElectronicFilter filter, java.util.function.Predicate<DossierFacts> group) {
        long online = 0, direct = 0, carried = 0, early = 0, onTime = 0, late = 0, within = 0, overdue = 0;
        for (DossierFacts d : dossiers) {
            if (!filter.accepts(d.electronic()) || !group.test(d)) {
                continue;
            }
            LocalDate finished = d.finished();
            boolean inPeriod = !d.received().isBefore(from) && !d.received().isAfter(to);
            if (inPeriod && d.channel() == Channel.ONLINE) {
                online++;
            } else if (inPeriod) {
                direct++;
            } else if (d.received().isBefore(from) && (finished == null || !finished.isBefore(from))) {
                carried++;
            }
            if (finished != null && !finished.isBefore(from) && !finished.isAfter(to)) {
                switch (d.timeliness()) {
                    case EARLY -> early++;
                    case ON_TIME -> onTime++;
                    case LATE -> late++;
                }
            }
            if (!d.received().isAfter(to) && (finished == null || finished.isAfter(to))) {
                if (d.appointment() != null && d.appointment().isBefore(to)) {
                    overdue++;
                } else {
                    within++;
                }
            }
        }
        return new DossierCounts(online, direct, carried, early, onTime, late, within, overdue);
    }

    @Test
    void badPeriodsAreRefusedWithTheirReason() {
        assertEquals("The period is empty: from 2023-12-07 is after to 2023-12-06.",
                assertThrows(ReportParameterException.class, () -> Period.parse("2023-12-07", "2023-12-06")).getMessage());
        assertEquals("The parameter \"from\" must be a date YYYY-MM-DD, not \"15/12/2022\".",
                assertThrows(ReportParameterException.class, () -> Period.parse("15/12/2022", "2023-12-06")).getMessage());
        assertEquals("The parameter \"to\" is required (format YYYY-MM-DD).",
                assertThrows(ReportParameterException.class, () -> Period.parse("2022-12-15", " ")).getMessage());
        assertEquals("Unknown groupBy \"procedure\": use field or unit.",
                assertThrows(ReportParameterException.class, () -> GroupBy.parse("procedure")).getMessage());
        assertThrows(ReportParameterException.class, () -> ElectronicFilter.parse("yes"));
        assertThrows(ReportParameterException.class, () -> Period.parse("2023-02-30", "2023-03-01"));
        assertEquals(GroupBy.UNIT, GroupBy.parse("Unit"));
        assertEquals(ElectronicFilter.ALL, ElectronicFilter.parse(null));
    }
}
