package vn.vanthu.signature;

import java.time.Duration;
import java.util.Locale;

/**
 * How long-term validation judges what the trust store cannot: the validity model of the
 * certification path, how old revocation data may be, and which authorities are trusted for
 * timestamps. Immutable; {@link #defaults()} is what the verifier uses when nothing is configured.
 *
 * @param validityModel       SHELL (every certificate of the path valid at the signing time, the default)
 *                            or CHAIN (each certificate valid when it was used: the signer at the
 *                            signing time, each issuer when it issued the certificate below it)
 * @param ocspMaxAge          how long before the signing time an OCSP response or CRL may have been
 *                            issued and still prove the status at that time (default 7 days);
 *                            data issued after the signing time is always fresh enough
 * @param tsaTrust            extra trust anchors (and intermediates) for timestamp authorities, or null
 * @param tsaUsesTrustAnchors whether the ordinary trust anchors also count for timestamps (default true)
 */
public record ValidationPolicy(ValidityModel validityModel, Duration ocspMaxAge, TrustStore tsaTrust,
                               boolean tsaUsesTrustAnchors) {

    /** Default OCSP/CRL freshness. */
    public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(7);

    /** The validity model of the certification path. */
    public enum ValidityModel {
        SHELL, CHAIN;

        /** "shell" or "chain" (any case; blank gives SHELL); anything else is refused with a clear message. */
        public static ValidityModel parse(String s) {
            if (s == null || s.isBlank()) {
                return SHELL;
            }
            try {
                return valueOf(s.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Mô hình hiệu lực không hợp lệ (shell hoặc chain) / "
                        + "Invalid validity model (shell or chain): " + s);
            }
        }
    }

    public ValidationPolicy {
        validityModel = validityModel == null ? ValidityModel.SHELL : validityModel;
        ocspMaxAge = ocspMaxAge == null || ocspMaxAge.isNegative() ? DEFAULT_MAX_AGE : ocspMaxAge;
    }

    public static ValidationPolicy defaults() {
        return new ValidationPolicy(ValidityModel.SHELL, DEFAULT_MAX_AGE, null, true);
    }

    public ValidationPolicy withValidityModel(ValidityModel m) {
        return new ValidationPolicy(m, ocspMaxAge, tsaTrust, tsaUsesTrustAnchors);
    }

    public ValidationPolicy withOcspMaxAge(Duration d) {
        return new ValidationPolicy(validityModel, d, tsaTrust, tsaUsesTrustAnchors);
    }

    public ValidationPolicy withTsaTrust(TrustStore t, boolean alsoTrustAnchors) {
        return new ValidationPolicy(validityModel, ocspMaxAge, t, alsoTrustAnchors);
    }

    /**
     * A duration as ISO-8601 ({@code P7D}, {@code PT12H}) or a plain number of seconds; blank gives the
     * default. Anything else is refused with a clear message.
     */
    public static Duration parseDuration(String s) {
        if (s == null || s.isBlank()) {
            return DEFAULT_MAX_AGE;
        }
        String t = s.trim();
        try {
            return t.matches("[0-9]{1,12}") ? Duration.ofSeconds(Long.parseLong(t)) : Duration.parse(t.toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Thời hạn không hợp lệ (ví dụ P7D, PT12H hoặc số giây) / "
                    + "Invalid duration (e.g. P7D, PT12H or seconds): " + s);
        }
    }
}
