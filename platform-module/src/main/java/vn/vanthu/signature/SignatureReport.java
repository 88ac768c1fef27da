package vn.vanthu.signature;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What was found about one signature: who, when (and how that is known), what it covers, and why the verdict. */
public final class SignatureReport {

    /** Where the signing time used for certificate validity comes from. */
    public enum TimeSource {
        /** A signature timestamp token (RFC 3161) that verified. */
        TIMESTAMP,
        /** The CMS signing-time attribute: claimed by the signer. */
        CMS_SIGNING_TIME,
        /** The PDF dictionary's /M entry: claimed by the signer. */
        PDF_M,
        /** No time in the signature: the verification time was used. */
        VERIFICATION_TIME
    }

    final int index;
    final String kind;
    String subFilter;
    String pdfName;
    String signerSubject;
    String signerName;
    String issuer;
    String serial;
    Instant signingTime;
    TimeSource timeSource;
    String digestAlgorithm;
    String signatureAlgorithm;
    long[] byteRange;
    boolean coversWholeFile;
    String trustAnchor;
    /** /Reason, /Location, /ContactInfo of the PDF signature dictionary, when present. */
    String pdfReason;
    String pdfLocation;
    String pdfContactInfo;
    /** Path, revocation and level ({@link LongTermValidation}); null before validation. */
    LtvReport ltv;
    /** What the incremental updates after this signature changed (null for a detached signature or when unknown). */
    Modifications modifications;
    private final List<Reason> reasons = new ArrayList<>();

    SignatureReport(int index, String kind) {
        this.index = index;
        this.kind = kind;
    }

    void add(Reason reason) {
        if (reason != null) {
            reasons.add(reason);
        }
    }

    /** Replaces {@code old} (same instance) by {@code with}, in place. */
    void replace(Reason old, Reason with) {
        int i = reasons.indexOf(old);
        if (i >= 0) {
            reasons.set(i, with);
        }
    }

    /** Puts a reason first (the signature level, which is the clerk's summary). */
    void addFirst(Reason reason) {
        reasons.add(0, reason);
    }

    /** The signature level reached, e.g. PAdES-BASELINE-LT or PKCS7-B; "none" when it does not verify; null if unknown. */
    public String level() {
        return ltv == null ? null : ltv.level;
    }

    /** The most severe verdict among the reasons; VALID when none is adverse. */
    public Verdict verdict() {
        Verdict v = Verdict.VALID;
        for (Reason r : reasons) {
            v = v.worst(r.verdict());
        }
        return v;
    }

    public int index() {
        return index;
    }

    /** "PDF" for an embedded signature, "DETACHED" for a CMS file. */
    public String kind() {
        return kind;
    }

    public String subFilter() {
        return subFilter;
    }

    public String signerSubject() {
        return signerSubject;
    }

    /** Common name of the signer, for display. */
    public String signerName() {
        return signerName;
    }

    public String issuer() {
        return issuer;
    }

    public String serial() {
        return serial;
    }

    public Instant signingTime() {
        return signingTime;
    }

    public TimeSource timeSource() {
        return timeSource;
    }

    /** True when the signing time is only what the signer states (no verified timestamp). */
    public boolean signingTimeClaimed() {
        return timeSource != null && timeSource != TimeSource.TIMESTAMP;
    }

    public String digestAlgorithm() {
        return digestAlgorithm;
    }

    public long[] byteRange() {
        return byteRange == null ? null : byteRange.clone();
    }

    public boolean coversWholeFile() {
        return coversWholeFile;
    }

    public String trustAnchor() {
        return trustAnchor;
    }

    /** The modification analysis of the updates after this signature, or null. */
    public Modifications modifications() {
        return modifications;
    }

    public List<Reason> reasons() {
        return Collections.unmodifiableList(reasons);
    }

    /** A JSON-ready view (strings, numbers, booleans, lists and maps only). */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", index);
        m.put("kind", kind);
        m.put("verdict", verdict().name());
        putIfSet(m, "subFilter", subFilter);
        putIfSet(m, "name", pdfName);
        putIfSet(m, "reason", pdfReason);
        putIfSet(m, "location", pdfLocation);
        putIfSet(m, "contactInfo", pdfContactInfo);
        putIfSet(m, "signer", signerSubject);
        putIfSet(m, "issuer", issuer);
        putIfSet(m, "serial", serial);
        if (signingTime != null) {
            m.put("signingTime", signingTime.toString());
            m.put("signingTimeSource", timeSource.name());
            m.put("signingTimeClaimed", signingTimeClaimed());
        }
        putIfSet(m, "digestAlgorithm", digestAlgorithm);
        putIfSet(m, "signatureAlgorithm", signatureAlgorithm);
        if (byteRange != null) {
            m.put("byteRange", List.of(byteRange[0], byteRange[1], byteRange[2], byteRange[3]));
        }
        m.put("coversWholeFile", coversWholeFile);
        putIfSet(m, "trustAnchor", trustAnchor);
        if (ltv != null) {
            putIfSet(m, "level", ltv.level);
            m.put("longTermValidation", ltv.toMap());
        }
        if (modifications != null) {
            m.put("modifications", modifications.toMap());
        }
        List<Map<String, String>> rs = new ArrayList<>();
        for (Reason r : reasons) {
            rs.add(r.toMap());
        }
        m.put("reasons", rs);
        return m;
    }

    private static void putIfSet(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
