package vn.vanthu.report;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * A read-only snapshot of every non-zero bucket, laid out per series in parallel arrays so a report
 * is one pass over O(days x groups) entries. Dossier keys are parsed once here, not per report.
 */
public final class Statistics {

    /** Receives one entry of a series. */
    @FunctionalInterface
    public interface EntryConsumer {
        void accept(int day, String key, long count);
    }

    /** The parts of a dossier bucket key. {@code detail} is the channel or timeliness, "" otherwise. */
    public record DossierKey(String field, String unit, boolean electronic, String detail) {

        static DossierKey parse(String key) {
            String[] parts = key.split(String.valueOf(DossierFacts.SEPARATOR), -1);
            if (parts.length < 3) {
                throw new IllegalArgumentException("not a dossier bucket key: " + key);
            }
            return new DossierKey(parts[0], parts[1], "E".equals(parts[2]), parts.length > 3 ? parts[3] : "");
        }
    }

    private static final class Column {
        final int[] days;
        final String[] keys;
        final long[] counts;
        final DossierKey[] dossierKeys;

        Column(int size, boolean dossier) {
            days = new int[size];
            keys = new String[size];
            counts = new long[size];
            dossierKeys = dossier ? new DossierKey[size] : null;
        }
    }

    private static final Statistics EMPTY = new Statistics(Collections.emptyMap());

    private final Map<Bucket, Long> buckets;
    private final Map<Series, Column> columns = new EnumMap<>(Series.class);

    private Statistics(Map<Bucket, Long> buckets) {
        this.buckets = buckets;
        Map<Series, Integer> sizes = new EnumMap<>(Series.class);
        buckets.keySet().forEach(bucket -> sizes.merge(bucket.series(), 1, Integer::sum));
        Map<Series, Integer> filled = new EnumMap<>(Series.class);
        Map<String, DossierKey> parsed = new HashMap<>();
        sizes.forEach((series, size) -> columns.put(series, new Column(size, series.name().startsWith("DOSSIER"))));
        buckets.forEach((bucket, count) -> {
            Column column = columns.get(bucket.series());
            int i = filled.merge(bucket.series(), 1, Integer::sum) - 1;
            column.days[i] = bucket.day();
            column.keys[i] = bucket.key();
            column.counts[i] = count;
            if (column.dossierKeys != null) {
                column.dossierKeys[i] = parsed.computeIfAbsent(bucket.key(), DossierKey::parse);
            }
        });
    }

    /** A snapshot of the given buckets; zero counts are left out. */
    public static Statistics of(Map<Bucket, Long> buckets) {
        Map<Bucket, Long> copy = new HashMap<>(buckets);
        copy.values().removeIf(count -> count == null || count == 0L);
        return copy.isEmpty() ? EMPTY : new Statistics(Collections.unmodifiableMap(copy));
    }

    /** The statistics of the given node facts, as if each had been added to an empty store. */
    public static Statistics count(Iterable<? extends NodeFacts> facts) {
        Map<Bucket, Long> buckets = new HashMap<>();
        for (NodeFacts fact : facts) {
            fact.contributions().forEach((bucket, count) -> buckets.merge(bucket, count, Long::sum));
        }
        return of(buckets);
    }

    public static Statistics empty() {
        return EMPTY;
    }

    /** Every non-zero bucket. */
    public Map<Bucket, Long> buckets() {
        return buckets;
    }

    /** The count of one bucket, 0 when absent. */
    public long get(Bucket bucket) {
        return buckets.getOrDefault(bucket, 0L);
    }

    /** Visits every entry of a series. */
    public void forEach(Series series, EntryConsumer consumer) {
        Column column = columns.get(series);
        if (column != null) {
            for (int i = 0; i < column.days.length; i++) {
                consumer.accept(column.days[i], column.keys[i], column.counts[i]);
            }
        }
    }

    /** Receives one entry of a dossier series with its parsed key. */
    @FunctionalInterface
    public interface DossierEntryConsumer {
        void accept(int day, DossierKey key, long count);
    }

    /** Visits every entry of a dossier series with its parsed key. */
    public void forEachDossier(Series series, DossierEntryConsumer consumer) {
        Column column = columns.get(series);
        if (column != null) {
            if (column.dossierKeys == null) {
                throw new IllegalArgumentException(series + " is not a dossier series");
            }
            for (int i = 0; i < column.days.length; i++) {
                consumer.accept(column.days[i], column.dossierKeys[i], column.counts[i]);
            }
        }
    }

    /**
     * What must be added to {@code this} to obtain {@code target}: the buckets whose counts differ,
     * with target minus this.
     */
    public Map<Bucket, Long> differenceTo(Statistics target) {
        Map<Bucket, Long> delta = new HashMap<>();
        target.buckets.forEach((bucket, count) -> delta.merge(bucket, count, Long::sum));
        buckets.forEach((bucket, count) -> delta.merge(bucket, -count, Long::sum));
        delta.values().removeIf(count -> count == 0L);
        return delta;
    }

    /** The number of non-zero buckets. */
    public int size() {
        return buckets.size();
    }

    @Override
    public String toString() {
        return "Statistics" + Arrays.toString(columns.keySet().toArray()) + " with " + buckets.size() + " buckets";
    }
}
