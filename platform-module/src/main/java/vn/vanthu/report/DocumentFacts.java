package vn.vanthu.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The facts of an incoming or outgoing document that the reports count.
 *
 * @param kind            incoming or outgoing
 * @param day             arrival day (incoming) or issue day (outgoing)
 * @param electronic      incoming: entered with an electronic copy; outgoing: transmitted over the network
 * @param signatureStatus the verdict of the signature check (vt:signatureStatus), or null when never checked
 */
public record DocumentFacts(Kind kind, LocalDate day, boolean electronic, String signatureStatus) implements NodeFacts {

    /** Key of the number of documents. */
    public static final String COUNT = "count";
    /** Key of the number of electronic documents (entered / transmitted). */
    public static final String ELECTRONIC = "electronic";
    /** Prefix of the keys counting documents per signature status. */
    public static final String SIGNATURE_PREFIX = "sig:";
    /** Status written for documents whose signature was never checked. */
    public static final String NOT_CHECKED = "NOT_CHECKED";
    /** The signature status that counts as "digitally signed". */
    public static final String VALID = "VALID";

    /** The two kinds of registered documents. */
    public enum Kind {
        INCOMING(Series.INCOMING), OUTGOING(Series.OUTGOING);

        private final Series series;

        Kind(Series series) {
            this.series = series;
        }

        public Series series() {
            return series;
        }
    }

    public DocumentFacts {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(day, "day");
        if (signatureStatus != null && signatureStatus.isBlank()) {
            signatureStatus = null;
        }
    }

    /** The status key this document counts under: its status, or {@link #NOT_CHECKED}. */
    public String signatureKey() {
        return SIGNATURE_PREFIX + (signatureStatus == null ? NOT_CHECKED : signatureStatus);
    }

    @Override
    public Map<Bucket, Long> contributions() {
        Map<Bucket, Long> result = new LinkedHashMap<>(4);
        result.put(Bucket.of(kind.series(), day, COUNT), 1L);
        if (electronic) {
            result.put(Bucket.of(kind.series(), day, ELECTRONIC), 1L);
        }
        result.put(Bucket.of(kind.series(), day, signatureKey()), 1L);
        return result;
    }
}
