package vn.vanthu.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.vanthu.report.DossierFacts.Channel;
import vn.vanthu.report.DossierFacts.Timeliness;

class StatisticsDeltaTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate DAY = LocalDate.of(2023, 12, 4);

    @Test
    void createThenDeleteLeavesNothing() {
        DocumentFacts incoming = new DocumentFacts(DocumentFacts.Kind.INCOMING, DAY, true, "VALID");
        InMemoryStatisticsStore store = new InMemoryStatisticsStore();
        store.apply(StatisticsDelta.between(null, incoming));
        assertEquals(1, store.snapshot().get(Bucket.of(Series.INCOMING, DAY, "count")));
        assertEquals(1, store.snapshot().get(Bucket.of(Series.INCOMING, DAY, "sig:VALID")));
        store.apply(StatisticsDelta.between(incoming, null));
        assertEquals(0, store.snapshot().size());
    }

    @Test
    void statusFourToNineMovesTheDossierFromInProgressToSettled() {
        Instant received = Instant.parse("2023-12-04T02:00:00Z");
        Instant appointment = Instant.parse("2023-12-06T09:00:00Z");
        DossierFacts inProgress = DossierFacts.fromProperties("4", received, "ONLINE", "Hộ tịch", "Tư pháp - Hộ tịch",
                true, appointment, null, null, null, null, HANOI);
        DossierFacts processed = DossierFacts.fromProperties("9", received, "ONLINE", "Hộ tịch", "Tư pháp - Hộ tịch",
                true, appointment, Instant.parse("2023-12-05T03:00:00Z"), null, null, "EARLY", HANOI);
        Map<Bucket, Long> delta = StatisticsDelta.between(inProgress, processed);
        // Settled on the 5th; no longer due to turn overdue on the 7th (the day after its appointment).
        assertEquals(Map.of(Bucket.of(Series.DOSSIER_SETTLED, LocalDate.of(2023, 12, 5),
                        "Hộ tịch\tTư pháp - Hộ tịch\tE\tEARLY"), 1L,
                Bucket.of(Series.DOSSIER_OVERDUE_FROM, LocalDate.of(2023, 12, 7), "Hộ tịch\tTư pháp - Hộ tịch\tE"), -1L),
                delta);
        Period period = new Period(LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 6));
        InMemoryStatisticsStore store = new InMemoryStatisticsStore();
        store.apply(StatisticsDelta.between(null, inProgress));
        assertEquals(1, DossierReport.compute(store.snapshot(), period, GroupBy.UNIT, ElectronicFilter.ALL)
                .total().withinDeadline());
        store.apply(delta);
        DossierCounts after = DossierReport.compute(store.snapshot(), period, GroupBy.UNIT, ElectronicFilter.ALL).total();
        assertEquals(0, after.inProgressTotal());
        assertEquals(1, after.early());
    }

    @Test
    void propertiesBecomeFactsInTheCommuneTimeZone() {
        // 2023-12-05 23:30 in Hà Nội is still 16:30 UTC the same day; 2023-12-05T17:30Z is the 6th there.
        DossierFacts facts = DossierFacts.fromProperties("10", Instant.parse("2023-12-04T17:30:00Z"), null, null, null,
                null, Instant.parse("2023-12-06T10:00:00Z"), Instant.parse("2023-12-06T09:00:00Z"), null, null, null,
                HANOI);
        assertEquals(LocalDate.of(2023, 12, 5), facts.received());
        assertEquals(Channel.IN_PERSON, facts.channel());
        assertEquals(Timeliness.ON_TIME, facts.timeliness());
        assertEquals("", facts.field());
        assertEquals(false, facts.electronic());
        Instant received = Instant.parse("2023-12-04T02:00:00Z");
        assertEquals(Timeliness.LATE, DossierFacts.fromProperties("9", received, null, null, null, true,
                Instant.parse("2023-12-06T03:00:00Z"), Instant.parse("2023-12-06T04:00:00Z"), null, null, null,
                HANOI).timeliness());
        assertEquals(Timeliness.EARLY, DossierFacts.fromProperties("9", received, null, null, null, true,
                Instant.parse("2023-12-06T03:00:00Z"), null, Instant.parse("2023-12-05T04:00:00Z"), null, null,
                HANOI).timeliness());
        // Withdrawn, refused and not yet accepted dossiers do not count; nor one never received.
        assertNull(DossierFacts.fromProperties("7", received, null, null, null, true, null, null, null, null, null, HANOI));
        assertNull(DossierFacts.fromProperties("3", received, null, null, null, true, null, null, null, null, null, HANOI));
        assertNull(DossierFacts.fromProperties("2", null, null, null, null, true, null, null, null, null, null, HANOI));
        // Status 5 (supplement requested) is open even if a finished time lingers.
        assertNull(DossierFacts.fromProperties("5", received, null, null, null, true, null,
                Instant.parse("2023-12-06T04:00:00Z"), null, null, "EARLY", HANOI).finished());
    }

    @Test
    void deltasOfAnyHistoryEqualARecountOfTheFinalFacts() {
        Random random = new Random(42);
        List<NodeFacts> nodes = new ArrayList<>();
        InMemoryStatisticsStore store = new InMemoryStatisticsStore();
        for (int step = 0; step < 20000; step++) {
            int action = random.nextInt(5);
            if (action < 2 || nodes.isEmpty()) {
                NodeFacts created = randomFacts(random);
                nodes.add(created);
                store.apply(StatisticsDelta.between(null, created));
            } else if (action == 2) {
                NodeFacts deleted = nodes.remove(random.nextInt(nodes.size()));
                store.apply(StatisticsDelta.between(deleted, null));
            } else {
                int index = random.nextInt(nodes.size());
                NodeFacts changed = randomFacts(random);
                store.apply(StatisticsDelta.between(nodes.set(index, changed), changed));
            }
        }
        assertTrue(nodes.size() > 100);
        assertEquals(Statistics.count(nodes).buckets(), store.snapshot().buckets());
        assertEquals(Map.of(), store.snapshot().differenceTo(Statistics.count(nodes)));
    }

    private static NodeFacts randomFacts(Random random) {
        LocalDate day = DAY.minusDays(random.nextInt(60));
        if (random.nextBoolean()) {
            return new DocumentFacts(DocumentFacts.Kind.values()[random.nextInt(2)], day, random.nextBoolean(),
                    random.nextBoolean() ? null : SignatureCoverage.STATUSES.get(random.nextInt(9)));
        }
        boolean open = random.nextBoolean();
        return new DossierFacts(day, Channel.values()[random.nextInt(3)], "f" + random.nextInt(3), "u",
                random.nextBoolean(), random.nextBoolean() ? null : day.plusDays(random.nextInt(5)),
                open ? null : day.plusDays(random.nextInt(9)), open ? null : Timeliness.values()[random.nextInt(3)]);
    }

    @Test
    void unchangedFactsMakeNoDelta() {
        DocumentFacts outgoing = new DocumentFacts(DocumentFacts.Kind.OUTGOING, DAY, true, "VALID");
        assertTrue(StatisticsDelta.between(outgoing, new DocumentFacts(DocumentFacts.Kind.OUTGOING, DAY, true,
                "VALID")).isEmpty());
        assertTrue(StatisticsDelta.between(null, null).isEmpty());
        assertEquals(Map.of(Bucket.of(Series.OUTGOING, DAY, "sig:VALID"), 1L,
                        Bucket.of(Series.OUTGOING, DAY, "sig:PENDING"), -1L),
                StatisticsDelta.between(new DocumentFacts(DocumentFacts.Kind.OUTGOING, DAY, true, "PENDING"), outgoing));
    }
}
