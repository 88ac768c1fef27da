package vn.vanthu.signature;

/**
 * Outcome of a verification, for one signature or one file. The declaration order is the
 * precedence contract of the file verdict: the first (most severe) verdict among the signatures
 * and the file-level findings wins. {@link #UNSIGNED} only ever describes a well-formed file with
 * no signature, so it is never combined with another verdict.
 */
public enum Verdict {
    MALFORMED,
    INVALID,
    MODIFIED_AFTER_SIGNING,
    UNTRUSTED,
    CERT_EXPIRED,
    WEAK_ALGORITHM,
    VALID,
    UNSIGNED;

    /** The more severe of the two verdicts (lower ordinal). */
    public Verdict worst(Verdict other) {
        return other != null && other.ordinal() < ordinal() ? other : this;
    }
}
