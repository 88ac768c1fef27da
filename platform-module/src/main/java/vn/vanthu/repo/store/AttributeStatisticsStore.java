package vn.vanthu.repo.store;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.alfresco.service.cmr.attributes.AttributeService;

import vn.vanthu.report.Bucket;
import vn.vanthu.report.DayBucketCodec;
import vn.vanthu.report.Series;
import vn.vanthu.report.Statistics;
import vn.vanthu.report.StatisticsStore;

/**
 * The statistics in the repository's attribute service: one attribute per series and day, keys
 * ({@value #ROOT}, series name, epoch day), value the day's counters as text ({@link DayBucketCodec}),
 * or its UTF-8 bytes when longer than {@value #MAX_STRING} characters.
 *
 * <p>Why the attribute service: it is a small database table (alf_prop_unique_ctx) written in the
 * caller's transaction, so a statistic changes exactly when the node change commits. Each row has
 * a version; an update whose row was changed by another transaction since it was read updates no
 * row and fails with a ConcurrencyFailureException, and two transactions creating the same day
 * collide on the unique key. The repository's RetryingTransactionHelper (which wraps every web
 * script, REST call and action) retries such transactions from the start, re-reading the counter,
 * so no increment is lost, in a single server or a cluster (the check is in the shared database).
 * Buckets are written in a fixed order (series, day) to keep lock waits short.
 */
public class AttributeStatisticsStore implements StatisticsStore {

    /** First key of every statistics attribute. */
    public static final String ROOT = "vanthu.statistics";
    static final int MAX_STRING = 1000;

    private AttributeService attributeService;

    public void setAttributeService(AttributeService attributeService) {
        this.attributeService = attributeService;
    }

    @Override
    public void apply(Map<Bucket, Long> delta) {
        Map<Series, Map<Integer, Map<String, Long>>> byDay = new TreeMap<>();
        delta.forEach((bucket, count) -> byDay.computeIfAbsent(bucket.series(), s -> new TreeMap<>())
                .computeIfAbsent(bucket.day(), d -> new HashMap<>()).merge(bucket.key(), count, Long::sum));
        byDay.forEach((series, days) -> days.forEach((day, changes) -> {
            Serializable stored = attributeService.getAttribute(ROOT, series.name(), day);
            Map<String, Long> counts = DayBucketCodec.decode(text(stored));
            changes.forEach((key, count) -> counts.merge(key, count, Long::sum));
            counts.values().removeIf(count -> count == 0L);
            if (!counts.isEmpty()) {
                attributeService.setAttribute(value(DayBucketCodec.encode(counts)), ROOT, series.name(), day);
            } else if (stored != null) {
                attributeService.removeAttribute(ROOT, series.name(), day);
            }
        }));
    }

    /**
     * The stored form of a day: the text itself while it fits the repository's string values
     * (1,024 characters), else its UTF-8 bytes, which the attribute service keeps as a serialized value.
     */
    static Serializable value(String text) {
        return text.length() <= MAX_STRING ? text : text.getBytes(StandardCharsets.UTF_8);
    }

    static String text(Serializable value) {
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return (String) value;
    }

    @Override
    public Statistics snapshot() {
        Map<Bucket, Long> buckets = new HashMap<>();
        for (Series series : Series.values()) {
            attributeService.getAttributes((id, value, keys) -> {
                int day = ((Number) keys[2]).intValue();
                DayBucketCodec.decode(text(value)).forEach((key, count) ->
                        buckets.put(new Bucket(series, day, key), count));
                return true;
            }, ROOT, series.name());
        }
        return Statistics.of(buckets);
    }
}
