package vn.vanthu.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signature verdicts of the documents of a period (outgoing by issue day, incoming by arrival day),
 * every known status listed even when zero, and one page of the outgoing documents that are not VALID.
 */
public record SignatureCoverage(Period period, Map<String, Long> outgoing, Map<String, Long> incoming,
                                NotValidPage notValid) {

    /** The statuses of vt:signatureStatus, then documents never checked. */
    public static final List<String> STATUSES = List.of("VALID", "PENDING", "INVALID", "UNTRUSTED",
            "MODIFIED_AFTER_SIGNING", "CERT_EXPIRED", "WEAK_ALGORITHM", "MALFORMED", "UNSIGNED",
            DocumentFacts.NOT_CHECKED);

    /** The reason listed for an outgoing document whose signature was never checked, in Vietnamese and English. */
    public static final String NOT_CHECKED_REASON = "chưa kiểm tra chữ ký số (không có tệp hoặc chưa xác minh)"
            + " / signature never checked (no file, or not verified yet)";

    /** An outgoing document whose signature is not VALID, and why (vt:signatureDetail). */
    public record NotValidDocument(String id, String name, String notation, String issuedDate,
                                   String status, String reason) {
    }

    /** One page of the not-VALID list. */
    public record NotValidPage(List<NotValidDocument> items, int skipCount, int maxItems, boolean hasMoreItems) {

        public static NotValidPage empty(int skipCount, int maxItems) {
            return new NotValidPage(Collections.emptyList(), skipCount, maxItems, false);
        }
    }

    /** Counts the statuses of the period from the statistics. */
    public static SignatureCoverage compute(Statistics statistics, Period period, NotValidPage notValid) {
        return new SignatureCoverage(period, count(statistics, Series.OUTGOING, period),
                count(statistics, Series.INCOMING, period), notValid);
    }

    private static Map<String, Long> count(Statistics statistics, Series series, Period period) {
        Map<String, Long> counts = new LinkedHashMap<>();
        STATUSES.forEach(status -> counts.put(status, 0L));
        int from = period.fromDay();
        int to = period.toDay();
        statistics.forEach(series, (day, key, count) -> {
            if (day >= from && day <= to && key.startsWith(DocumentFacts.SIGNATURE_PREFIX)) {
                counts.merge(key.substring(DocumentFacts.SIGNATURE_PREFIX.length()), count, Long::sum);
            }
        });
        return Collections.unmodifiableMap(counts);
    }

    /** The number of outgoing documents in the period whose status is not VALID. */
    public long outgoingNotValid() {
        return outgoing.entrySet().stream().filter(entry -> !DocumentFacts.VALID.equals(entry.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
    }
}
