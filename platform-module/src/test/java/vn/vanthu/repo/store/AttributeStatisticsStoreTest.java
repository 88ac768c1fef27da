package vn.vanthu.repo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.alfresco.service.cmr.attributes.AttributeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.vanthu.report.Bucket;
import vn.vanthu.report.DocumentFacts;
import vn.vanthu.report.DossierFacts;
import vn.vanthu.report.Series;
import vn.vanthu.report.Statistics;
import vn.vanthu.report.StatisticsDelta;

/** The store on a mocked attribute service whose rows live in a map keyed like the real table. */
class AttributeStatisticsStoreTest {

    private final AttributeService attributes = mock(AttributeService.class);
    private final Map<List<Object>, Object> rows = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
    private final AttributeStatisticsStore store = new AttributeStatisticsStore();
    private static final LocalDate DAY = LocalDate.of(2023, 12, 5);

    @BeforeEach
    void setUp() {
        store.setAttributeService(attributes);
        // Mockito expands the varargs keys into the argument list.
        when(attributes.getAttribute(any(Serializable[].class))).thenAnswer(call ->
                rows.get(Arrays.asList(call.getArguments())));
        doAnswer(call -> {
            Object[] raw = call.getArguments();
            rows.put(Arrays.asList(Arrays.copyOfRange(raw, 1, raw.length)), raw[0]);
            return null;
        }).when(attributes).setAttribute(any(), any(Serializable[].class));
        doAnswer(call -> rows.remove(Arrays.asList(call.getArguments())))
                .when(attributes).removeAttribute(any(Serializable[].class));
        doAnswer(call -> {
            Object[] raw = call.getArguments();
            AttributeService.AttributeQueryCallback callback = (AttributeService.AttributeQueryCallback) raw[0];
            long id = 0;
            for (Map.Entry<List<Object>, Object> row : rows.entrySet()) {
                if (row.getKey().get(0).equals(raw[1]) && row.getKey().get(1).equals(raw[2])) {
                    callback.handleAttribute(id++, (Serializable) row.getValue(),
                            row.getKey().toArray(new Serializable[0]));
                }
            }
            return null;
        }).when(attributes).getAttributes(any(), any(Serializable[].class));
    }

    @Test
    void oneRowPerSeriesAndDayHoldingItsCounters() {
        DossierFacts dossier = new DossierFacts(DAY, DossierFacts.Channel.ONLINE, "Hộ tịch", "Tư pháp - Hộ tịch", true,
                DAY.plusDays(1), null, null);
        store.apply(StatisticsDelta.between(null, dossier));
        store.apply(StatisticsDelta.between(null, new DocumentFacts(DocumentFacts.Kind.OUTGOING, DAY, true, "VALID")));
        store.apply(StatisticsDelta.between(null, new DocumentFacts(DocumentFacts.Kind.OUTGOING, DAY, false, null)));
        int day = (int) DAY.toEpochDay();
        assertEquals("2 count\n1 electronic\n1 sig:NOT_CHECKED\n1 sig:VALID\n",
                rows.get(List.of(AttributeStatisticsStore.ROOT, "OUTGOING", day)));
        assertEquals("1 Hộ tịch\tTư pháp - Hộ tịch\tE\tONLINE\n",
                rows.get(List.of(AttributeStatisticsStore.ROOT, "DOSSIER_RECEIVED", day)));
        Statistics snapshot = store.snapshot();
        assertEquals(Statistics.count(List.of(dossier,
                new DocumentFacts(DocumentFacts.Kind.OUTGOING, DAY, true, "VALID"),
                new DocumentFacts(DocumentFacts.Kind.OUTGOING, DAY, false, null))).buckets(), snapshot.buckets());
        assertEquals(2, snapshot.get(Bucket.of(Series.OUTGOING, DAY, "count")));
    }

    @Test
    void aLongDayIsStoredAsBytes() {
        java.util.List<vn.vanthu.report.NodeFacts> many = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(new DossierFacts(DAY, DossierFacts.Channel.ONLINE, "Lĩnh vực số " + i, "Bộ phận " + i, true,
                    null, null, null));
        }
        many.forEach(facts -> store.apply(StatisticsDelta.between(null, facts)));
        Object stored = rows.get(List.of(AttributeStatisticsStore.ROOT, "DOSSIER_RECEIVED", (int) DAY.toEpochDay()));
        assertEquals(byte[].class, stored.getClass());
        assertEquals(Statistics.count(many).buckets(), store.snapshot().buckets());
        // Shrinking back under the limit stores text again.
        many.subList(1, 40).forEach(facts -> store.apply(StatisticsDelta.between(facts, null)));
        assertEquals("1 Lĩnh vực số 0\tBộ phận 0\tE\tONLINE\n",
                rows.get(List.of(AttributeStatisticsStore.ROOT, "DOSSIER_RECEIVED", (int) DAY.toEpochDay())));
    }

    @Test
    void aDayWithNothingLeftIsRemoved() {
        DocumentFacts incoming = new DocumentFacts(DocumentFacts.Kind.INCOMING, DAY, true, null);
        store.apply(StatisticsDelta.between(null, incoming));
        assertEquals(1, rows.size());
        store.apply(StatisticsDelta.between(incoming, null));
        assertEquals(0, rows.size());
        assertEquals(0, store.snapshot().size());
    }

    @Test
    void aConcurrentUpdateFailsTheTransactionSoItIsRetried() {
        RuntimeException conflict = new IllegalStateException("Incorrect number of rows affected for updatePropertyUniqueContext");
        doThrow(conflict).when(attributes).setAttribute(any(), eq(AttributeStatisticsStore.ROOT), eq("INCOMING"), any());
        assertThrows(IllegalStateException.class, () -> store.apply(StatisticsDelta.between(null,
                new DocumentFacts(DocumentFacts.Kind.INCOMING, DAY, true, null))));
    }
}
