package vn.vanthu.report;

import java.util.Map;
import java.util.TreeMap;

/**
 * The text form of one day of one series, as the repository stores it: one line per key,
 * {@code count SPACE key}, keys sorted. A single string per day keeps a store read to one value
 * per day instead of one per counter. Keys never contain a line break ({@link DossierFacts} cleans them).
 */
public final class DayBucketCodec {

    private DayBucketCodec() {
    }

    /** The text of the counts; zero counts are left out. */
    public static String encode(Map<String, Long> counts) {
        StringBuilder text = new StringBuilder(counts.size() * 24);
        new TreeMap<>(counts).forEach((key, count) -> {
            if (count != 0L) {
                if (key.indexOf('\n') >= 0) {
                    throw new IllegalArgumentException("a bucket key cannot contain a line break: " + key);
                }
                text.append(count).append(' ').append(key).append('\n');
            }
        });
        return text.toString();
    }

    /** The counts of a text written by {@link #encode}; null or empty text gives no counts. */
    public static Map<String, Long> decode(String text) {
        Map<String, Long> counts = new TreeMap<>();
        if (text == null || text.isEmpty()) {
            return counts;
        }
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            int space = text.indexOf(' ', start);
            if (space < 0 || space > end) {
                throw new IllegalArgumentException("not a statistics bucket line: " + text.substring(start, end));
            }
            counts.merge(text.substring(space + 1, end), Long.parseLong(text.substring(start, space)), Long::sum);
            start = end + 1;
        }
        return counts;
    }
}
