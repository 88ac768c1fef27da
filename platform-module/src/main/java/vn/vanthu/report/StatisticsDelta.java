package vn.vanthu.report;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * The change a node's change makes to the statistics: what its new facts contribute minus what its
 * old facts contributed. A pure function of the two facts, so a transaction that is retried computes
 * and applies exactly the same change again, and the store sees it once per committed transaction.
 */
public final class StatisticsDelta {

    private StatisticsDelta() {
    }

    /**
     * The counters to add so the statistics go from counting {@code before} to counting {@code after}.
     *
     * @param before the facts counted so far for the node, or null when it was not counted (created, restored)
     * @param after  the facts it must count for now, or null when it no longer counts (deleted)
     * @return the non-zero changes per bucket; empty when nothing the reports count changed
     */
    public static Map<Bucket, Long> between(NodeFacts before, NodeFacts after) {
        if (before == null && after == null || before != null && before.equals(after)) {
            return Collections.emptyMap();
        }
        Map<Bucket, Long> delta = new HashMap<>();
        if (after != null) {
            after.contributions().forEach((bucket, count) -> delta.merge(bucket, count, Long::sum));
        }
        if (before != null) {
            before.contributions().forEach((bucket, count) -> delta.merge(bucket, -count, Long::sum));
        }
        delta.values().removeIf(count -> count == 0L);
        return delta;
    }
}
