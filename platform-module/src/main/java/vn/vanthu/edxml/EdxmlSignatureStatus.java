package vn.vanthu.edxml;

/** Outcome of the verification of a package's XML signature. */
public enum EdxmlSignatureStatus {
    /** The signature is intact and its certificate chains to a configured trust anchor. */
    VALID,
    /** The signature does not match the package (tampered, or malformed signature). */
    INVALID,
    /** The signature matches but the certificate does not chain to a trust anchor (or was revoked, or expired). */
    UNTRUSTED,
    /** The package carries no XML signature. */
    UNSIGNED
}
