package vn.vanthu.signature;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;

/**
 * Who may answer for a certificate in OCSP (RFC 6960 4.2.2.2): the CA that issued it, signing the
 * response with its own key, or a delegated responder whose certificate that CA issued with the
 * extended key usage id-kp-OCSPSigning, valid when the response was produced. The response's
 * signature must verify with the responder's key.
 */
final class OcspResponder {

    private OcspResponder() {
    }

    /** Null when {@code resp} is signed by {@code issuer} or a responder it authorised; else why not (English). */
    static String problem(BasicOCSPResp resp, X509Certificate issuer, ValidationData data) {
        return check(resp, null, issuer, data).problem();
    }

    /** The outcome: why the responder is not authorised (null when it is), and the delegated responder's certificate if any. */
    record Check(String problem, X509Certificate delegate) {
    }

    /** {@code der}: the response's encoding as read (the cache key of its signature checks), or null. */
    static Check check(BasicOCSPResp resp, byte[] der, X509Certificate issuer, ValidationData data) {
        if (signedWith(resp, der, issuer.getPublicKey())) {
            return new Check(null, null);
        }
        List<X509Certificate> candidates = new ArrayList<>();
        for (X509CertificateHolder h : resp.getCerts()) {
            try {
                candidates.add(VerificationCache.shared().certificate(h));
            } catch (GeneralSecurityException | RuntimeException e) {
                // an unreadable certificate cannot be the responder
            }
        }
        candidates.addAll(data.certificateList());
        String why = "the response is signed neither by the issuing CA nor by a responder certificate in the response";
        for (X509Certificate r : candidates) {
            if (!signedWith(resp, der, r.getPublicKey())) {
                continue;
            }
            if (!r.getIssuerX500Principal().equals(issuer.getSubjectX500Principal()) || !issuedBy(r, issuer)) {
                why = "the responder " + r.getSubjectX500Principal().getName() + " was not authorised by the issuing CA "
                        + issuer.getSubjectX500Principal().getName();
                continue;
            }
            if (!ocspSigning(r)) {
                why = "the responder certificate " + r.getSubjectX500Principal().getName()
                        + " lacks the extended key usage id-kp-OCSPSigning";
                continue;
            }
            Date produced = resp.getProducedAt();
            if (produced.before(r.getNotBefore()) || produced.after(r.getNotAfter())) {
                why = "the responder certificate " + r.getSubjectX500Principal().getName()
                        + " was not valid when the response was produced (" + produced.toInstant() + ")";
                continue;
            }
            return new Check(null, r);
        }
        return new Check(why, null);
    }

    /** True when the responder certificate carries id-pkix-ocsp-nocheck (its own revocation needs no check). */
    static boolean noCheck(X509Certificate responder) {
        return responder.getExtensionValue(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck.getId()) != null;
    }

    private static boolean signedWith(BasicOCSPResp resp, byte[] der, PublicKey key) {
        return VerificationCache.shared().ocspSignedBy(resp, der, key);
    }

    private static boolean issuedBy(X509Certificate c, X509Certificate issuer) {
        return VerificationCache.shared().certificateSignedBy(c, issuer.getPublicKey());
    }

    private static boolean ocspSigning(X509Certificate r) {
        try {
            List<String> eku = r.getExtendedKeyUsage();
            return eku != null && eku.contains(KeyPurposeId.id_kp_OCSPSigning.getId());
        } catch (CertificateParsingException e) {
            return false;
        }
    }
}
