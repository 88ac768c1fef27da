package vn.vanthu.signature;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.cert.CRLReason;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.IssuingDistributionPoint;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The revocation status of every certificate of a path (the trust anchor excepted) at the signing
 * time, from the CRLs and OCSP responses the file and the configuration hold; never a network
 * call. An OCSP response counts only when its signature verifies, its responder is the issuing CA
 * or a responder certificate that CA issued for OCSP signing, its certID names the certificate
 * (with the response's own hash algorithm) and it is fresh enough ({@link #fresh}); a CRL only
 * when the certificate's issuer signed it, it is a complete direct CRL and it is fresh enough. A
 * revocation in any verified response or CRL counts whatever its age.
 */
final class RevocationCheck {

    /** The status found for one certificate. */
    enum Status { GOOD, REVOKED, UNKNOWN, NOT_CHECKED }

    /** One certificate's result, for the report. */
    static final class CertStatus {
        final X509Certificate certificate;
        final CertificatePath.Role role;
        Status status = Status.NOT_CHECKED;
        ValidationData.Source source;
        String kind;
        Instant revokedAt;
        String revocationReason;
        Instant issuedAt;
        final List<String> notesEn = new ArrayList<>();
        final List<String> notesVi = new ArrayList<>();

        CertStatus(X509Certificate certificate, CertificatePath.Role role) {
            this.certificate = certificate;
            this.role = role;
        }

        void note(String en, String vi) {
            if (notesEn.size() < 8 && !notesEn.contains(en)) {
                notesEn.add(en);
                notesVi.add(vi);
            }
        }

        Map<String, Object> toMap() {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("subject", certificate.getSubjectX500Principal().getName());
            m.put("role", role.name());
            m.put("notBefore", certificate.getNotBefore().toInstant().toString());
            m.put("notAfter", certificate.getNotAfter().toInstant().toString());
            m.put("status", status.name());
            if (source != null) {
                m.put("source", source.name());
                m.put("by", kind);
            }
            if (issuedAt != null) {
                m.put("dataIssuedAt", issuedAt.toString());
            }
            if (revokedAt != null) {
                m.put("revokedAt", revokedAt.toString());
            }
            if (revocationReason != null) {
                m.put("revocationReason", revocationReason);
            }
            if (!notesEn.isEmpty()) {
                m.put("notes", List.copyOf(notesEn));
                m.put("notesVi", List.copyOf(notesVi));
            }
            return m;
        }
    }

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final DigestCalculatorProvider DIGESTS;

    static {
        try {
            DIGESTS = new JcaDigestCalculatorProviderBuilder().build();
        } catch (OperatorCreationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private RevocationCheck() {
    }

    /** The status of each certificate of {@code path} but its anchor. */
    static List<CertStatus> check(CertificatePath.Result path, CertificatePath.Role leaf, ValidationData data,
                                  Instant signingTime, Instant now, Duration maxAge) {
        List<CertStatus> out = new ArrayList<>();
        List<X509Certificate> certs = path.certificates;
        for (int i = 0; i + 1 < certs.size(); i++) {
            X509Certificate c = certs.get(i);
            X509Certificate issuer = certs.get(i + 1);
            CertStatus s = new CertStatus(c, path.role(i, leaf));
            try {
                ocsp(c, issuer, data, signingTime, now, maxAge, s);
            } catch (RuntimeException e) {
                // a malformed response (its parts are parsed lazily) must not cost the verdict: it is ignored
                s.note("an unreadable OCSP response was ignored: " + e.getMessage(),
                        "bỏ qua phản hồi OCSP không đọc được: " + e.getMessage());
                markUnknown(s);
            }
            if (s.status != Status.REVOKED && s.status != Status.GOOD) {
                try {
                    crl(c, issuer, data, signingTime, now, maxAge, s);
                } catch (RuntimeException e) {
                    s.note("an unreadable CRL was ignored: " + e.getMessage(), "bỏ qua CRL không đọc được: " + e.getMessage());
                    markUnknown(s);
                }
            }
            out.add(s);
        }
        return out;
    }

    private static void ocsp(X509Certificate c, X509Certificate issuer, ValidationData data, Instant t, Instant now,
                             Duration maxAge, CertStatus s) {
        if (data.ocsps.isEmpty()) {
            return;
        }
        X509CertificateHolder issuerHolder = null;
        for (ValidationData.Ocsp o : data.ocsps) {
            for (SingleResp sr : o.response().getResponses()) {
                if (!serialMatches(sr, c.getSerialNumber())) {
                    continue;
                }
                if (issuerHolder == null) {
                    try {
                        issuerHolder = VerificationCache.shared().holder(issuer);
                    } catch (IOException | GeneralSecurityException e) {
                        return;
                    }
                }
                if (!issuerMatches(sr, issuerHolder)) {
                    continue;
                }
                OcspResponder.Check responder = OcspResponder.check(o.response(), o.der(), issuer, data);
                String responderProblem = responder.problem();
                if (responder.delegate() != null && !OcspResponder.noCheck(responder.delegate())) {
                    s.note("the OCSP responder certificate " + responder.delegate().getSubjectX500Principal().getName()
                                    + " has no id-pkix-ocsp-nocheck; its own revocation was not checked",
                            "chứng thư số của máy chủ OCSP " + responder.delegate().getSubjectX500Principal().getName()
                                    + " không có id-pkix-ocsp-nocheck; chưa kiểm tra thu hồi của chính nó");
                }
                if (responderProblem != null) {
                    s.note("OCSP response from " + o.source().en + " ignored: " + responderProblem,
                            "bỏ qua phản hồi OCSP từ " + o.source().vi + ": " + responderProblem);
                    markUnknown(s);
                    continue;
                }
                CertificateStatus st = sr.getCertStatus();
                Instant thisUpdate = sr.getThisUpdate().toInstant();
                if (st instanceof RevokedStatus r) {
                    revoked(s, r.getRevocationTime().toInstant(),
                            r.hasRevocationReason() ? reasonName(r.getRevocationReason()) : null, o.source(), "OCSP",
                            thisUpdate);
                    return;
                }
                if (st instanceof UnknownStatus) {
                    s.note("the OCSP responder does not know the certificate", "máy chủ OCSP không biết chứng thư số này");
                    markUnknown(s);
                    continue;
                }
                String stale = fresh(thisUpdate, sr.getNextUpdate(), t, now, maxAge);
                if (stale != null) {
                    s.note("OCSP response from " + o.source().en + " not fresh enough: " + stale,
                            "phản hồi OCSP từ " + o.source().vi + " không đủ mới: " + stale);
                    markUnknown(s);
                    continue;
                }
                if (s.status != Status.GOOD) {
                    s.status = Status.GOOD;
                    s.source = o.source();
                    s.kind = "OCSP";
                    s.issuedAt = thisUpdate;
                }
            }
        }
    }

    /** The cheap half of the certID match: the issuer's hashes are computed only for a response about this serial. */
    private static boolean serialMatches(SingleResp sr, BigInteger serial) {
        try {
            return sr.getCertID().getSerialNumber().equals(serial);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The other half: the certID's issuer name and key hashes are those of {@code issuer}. */
    private static boolean issuerMatches(SingleResp sr, X509CertificateHolder issuer) {
        try {
            return sr.getCertID().matchesIssuer(issuer, DIGESTS);
        } catch (OCSPException | RuntimeException e) {
            return false;
        }
    }

    private static void crl(X509Certificate c, X509Certificate issuer, ValidationData data, Instant t, Instant now,
                            Duration maxAge, CertStatus s) {
        for (ValidationData.Crl entry : data.crls) {
            X509CRL crl = entry.crl();
            if (!crl.getIssuerX500Principal().equals(c.getIssuerX500Principal())) {
                continue;
            }
            String src = entry.source().en;
            String srcVi = entry.source().vi;
            if (!VerificationCache.shared().crlSignedBy(crl, issuer.getPublicKey())) {
                s.note("a CRL from " + src + " is not signed by the certificate's issuer (indirect CRLs are not supported)",
                        "một CRL từ " + srcVi + " không do bên cấp chứng thư ký (không hỗ trợ CRL gián tiếp)");
                markUnknown(s);
                continue;
            }
            String unsupported = unsupported(crl, c, issuer);
            if (unsupported != null) {
                s.note("a CRL from " + src + " is not used: " + unsupported, "một CRL từ " + srcVi + " không được dùng: "
                        + unsupported);
                markUnknown(s);
                continue;
            }
            X509CRLEntry e = crl.getRevokedCertificate(c);
            Instant thisUpdate = crl.getThisUpdate().toInstant();
            if (e != null && e.getRevocationReason() != CRLReason.REMOVE_FROM_CRL) {
                revoked(s, e.getRevocationDate().toInstant(),
                        e.getRevocationReason() == null ? null : e.getRevocationReason().name(), entry.source(), "CRL",
                        thisUpdate);
                return;
            }
            String stale = fresh(thisUpdate, crl.getNextUpdate(), t, now, maxAge);
            if (stale != null) {
                s.note("a CRL from " + src + " is not fresh enough: " + stale, "một CRL từ " + srcVi + " không đủ mới: " + stale);
                markUnknown(s);
                continue;
            }
            if (s.status != Status.GOOD) {
                s.status = Status.GOOD;
                s.source = entry.source();
                s.kind = "CRL";
                s.issuedAt = thisUpdate;
            }
        }
    }

    /** Why a CRL cannot speak for {@code c}: indirect, delta, out of scope, issuer not allowed to sign CRLs; or null. */
    private static String unsupported(X509CRL crl, X509Certificate c, X509Certificate issuer) {
        boolean[] ku = issuer.getKeyUsage();
        if (ku != null && (ku.length <= 6 || !ku[6])) {
            return "the issuer may not sign CRLs (keyUsage cRLSign)";
        }
        if (crl.getExtensionValue(Extension.deltaCRLIndicator.getId()) != null) {
            return "delta CRLs are not supported";
        }
        byte[] idp = crl.getExtensionValue(Extension.issuingDistributionPoint.getId());
        if (idp != null) {
            try {
                IssuingDistributionPoint p = IssuingDistributionPoint.getInstance(ASN1OctetString.getInstance(idp).getOctets());
                if (p.isIndirectCRL()) {
                    return "indirect CRLs are not supported";
                }
                if (p.onlyContainsUserCerts() && c.getBasicConstraints() >= 0
                        || p.onlyContainsCACerts() && c.getBasicConstraints() < 0 || p.onlyContainsAttributeCerts()
                        || p.getOnlySomeReasons() != null) {
                    return "the CRL does not cover this certificate (issuing distribution point scope)";
                }
            } catch (RuntimeException e) {
                return "unreadable issuing distribution point";
            }
        }
        return null;
    }

    /**
     * Null when data issued at {@code thisUpdate} (next update {@code nextUpdate}) can speak for the
     * status at {@code t}: issued after {@code t}, or at most {@code maxAge} before it and still
     * current at {@code t}; never issued in the future. Else why not, in English.
     */
    static String fresh(Instant thisUpdate, Date nextUpdate, Instant t, Instant now, Duration maxAge) {
        if (thisUpdate.isAfter(now.plus(CLOCK_SKEW))) {
            return "issued in the future (" + thisUpdate + ")";
        }
        if (!thisUpdate.isBefore(t)) {
            return null;
        }
        if (Duration.between(thisUpdate, t).compareTo(maxAge) > 0) {
            return "issued " + thisUpdate + ", more than " + maxAge + " before the signing time " + t;
        }
        if (nextUpdate != null && nextUpdate.toInstant().isBefore(t)) {
            return "its next update " + nextUpdate.toInstant() + " was before the signing time " + t;
        }
        return null;
    }

    private static void markUnknown(CertStatus s) {
        if (s.status == Status.NOT_CHECKED) {
            s.status = Status.UNKNOWN;
        }
    }

    private static void revoked(CertStatus s, Instant at, String reason, ValidationData.Source source, String kind,
                                Instant issuedAt) {
        if (s.status != Status.REVOKED || at.isBefore(s.revokedAt)) {
            s.status = Status.REVOKED;
            s.revokedAt = at;
            s.revocationReason = reason;
            s.source = source;
            s.kind = kind;
            s.issuedAt = issuedAt;
        }
    }

    private static String reasonName(int code) {
        try {
            return CRLReason.values()[code].name();
        } catch (ArrayIndexOutOfBoundsException e) {
            return "reason " + code;
        }
    }
}
