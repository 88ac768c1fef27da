package vn.vanthu.report;

import java.util.HashMap;
import java.util.Map;

/**
 * A store kept in memory: used by the command-line tools, the tests and the benchmarks. Changes are
 * applied atomically under a lock, like one transaction each.
 */
public final class InMemoryStatisticsStore implements StatisticsStore {

    private final Map<Bucket, Long> buckets = new HashMap<>();

    @Override
    public synchronized void apply(Map<Bucket, Long> delta) {
        delta.forEach((bucket, count) -> {
            long value = buckets.getOrDefault(bucket, 0L) + count;
            if (value == 0L) {
                buckets.remove(bucket);
            } else {
                buckets.put(bucket, value);
            }
        });
    }

    @Override
    public synchronized Statistics snapshot() {
        return Statistics.of(buckets);
    }
}
