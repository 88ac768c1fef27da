package vn.vanthu.signature;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The verdict on one file: its signatures and the findings about the file as a whole. */
public final class VerificationResult {

    private final List<SignatureReport> signatures;
    private final List<Reason> fileReasons;

    VerificationResult(List<SignatureReport> signatures, List<Reason> fileReasons) {
        this.signatures = List.copyOf(signatures);
        this.fileReasons = List.copyOf(fileReasons);
    }

    /** A file that could not be read as a signed document at all. */
    static VerificationResult malformed(Reason reason) {
        return new VerificationResult(List.of(), List.of(reason));
    }

    /**
     * One verdict per file, by the precedence MALFORMED &gt; INVALID &gt; MODIFIED_AFTER_SIGNING &gt;
     * UNTRUSTED &gt; CERT_EXPIRED &gt; WEAK_ALGORITHM &gt; VALID; UNSIGNED only for a well-formed file
     * without signatures.
     */
    public Verdict verdict() {
        Verdict v = Verdict.VALID;
        for (Reason r : fileReasons) {
            v = v.worst(r.verdict());
        }
        for (SignatureReport s : signatures) {
            v = v.worst(s.verdict());
        }
        return signatures.isEmpty() && v == Verdict.VALID ? Verdict.UNSIGNED : v;
    }

    public List<SignatureReport> signatures() {
        return signatures;
    }

    public List<Reason> fileReasons() {
        return Collections.unmodifiableList(fileReasons);
    }

    /** The first adverse reason (file-level first), or the first reason; null when there is none. */
    public Reason mainReason() {
        Verdict v = verdict();
        for (Reason r : fileReasons) {
            if (r.verdict() == v) {
                return r;
            }
        }
        for (SignatureReport s : signatures) {
            for (Reason r : s.reasons()) {
                if (r.verdict() == v) {
                    return r;
                }
            }
        }
        return null;
    }

    /** The signature that covers the most of the file (the last one applied), or null. */
    public SignatureReport lastSignature() {
        SignatureReport last = null;
        for (SignatureReport s : signatures) {
            if (last == null || end(s) >= end(last)) {
                last = s;
            }
        }
        return last;
    }

    private static long end(SignatureReport s) {
        return s.byteRange == null ? (s.coversWholeFile ? Long.MAX_VALUE : -1) : s.byteRange[2] + s.byteRange[3];
    }

    /** JSON-ready view: verdict, signature count, file-level reasons and per-signature details. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("verdict", verdict().name());
        m.put("signatures", signatures.size());
        List<Map<String, String>> rs = new ArrayList<>();
        for (Reason r : fileReasons) {
            rs.add(r.toMap());
        }
        m.put("reasons", rs);
        List<Map<String, Object>> details = new ArrayList<>();
        for (SignatureReport s : signatures) {
            details.add(s.toMap());
        }
        m.put("details", details);
        return m;
    }
}
