package vn.vanthu.report;

import java.util.Map;

/**
 * Where the day buckets live. Implementations apply a change inside the caller's transaction and
 * must not lose an increment when two transactions change the same bucket.
 */
public interface StatisticsStore {

    /** Adds the given amounts to the buckets (negative amounts subtract). */
    void apply(Map<Bucket, Long> delta);

    /** Every non-zero bucket, read at once. */
    Statistics snapshot();
}
