package vn.vanthu.comparison;

import static vn.vanthu.signature.LtvFixtures.by;
import static vn.vanthu.signature.LtvFixtures.days;
import static vn.vanthu.signature.LtvFixtures.good;
import static vn.vanthu.signature.LtvFixtures.ltv;

import java.security.cert.X509CRL;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;

import vn.vanthu.signature.DssUpdates;
import vn.vanthu.signature.LtvFixtures;
import vn.vanthu.signature.SigningFixtures;
import vn.vanthu.signature.TrustStore;
import vn.vanthu.signature.Verdict;

/**
 * The long-term validation and expiry cases of issue 11 for the side-by-side run: embedded OCSP
 * responses and CRLs (CMS and /DSS), forged and stale revocation data, untrusted timestamp
 * authorities, and a signer that expired under a CA whose validity began later. Both tools get the
 * test root as anchor and, as in the other cases, an empty CRL from the root and the issuing CA.
 */
final class LtvComparisonCases {

    private LtvComparisonCases() {
    }

    static List<DssComparison.Case> cases(boolean withCrls) throws Exception {
        LtvFixtures f = LtvFixtures.get();
        SigningFixtures pki = f.pki;
        byte[] plain = SigningFixtures.pdf(20_000, 5);
        TrustStore.Builder tb = TrustStore.builder().addCertificate(pki.root.cert());
        if (withCrls) {
            tb.addCrl(LtvFixtures.crl(pki.root, null, null, days(0), days(30)))
                    .addCrl(LtvFixtures.crl(pki.intermediate, null, null, days(0), days(30)));
        }
        TrustStore trust = tb.build();
        BasicOCSPResp signerOk = good(f.responder, pki.intermediate, f.revocable.cert(), days(0));
        X509CRL caCrl = LtvFixtures.crl(pki.root, null, null, days(0), days(30));
        List<DssComparison.Case> c = new ArrayList<>();
        c.add(new DssComparison.Case("expired signer, its CA valid only from a later date", Verdict.CERT_EXPIRED,
                pdf(plain, "adbe.pkcs7.detached", f.expiredUnderLateCa, ltv().at(days(0))), trust));
        c.add(new DssComparison.Case("OCSP (good) and CRL in adbe-revocationInfoArchival, timestamped", Verdict.VALID,
                pdf(plain, "adbe.pkcs7.detached", f.revocable, ltv().at(days(0)).timestamp(pki.tsa, days(0))
                        .archival(signerOk, caCrl)), trust));
        c.add(new DssComparison.Case("OCSP (good) in CAdES revocation values, PAdES", Verdict.VALID,
                pdf(plain, "ETSI.CAdES.detached", f.revocable, ltv().ess().timestamp(pki.tsa, days(0))
                        .cades(signerOk, caCrl)), trust));
        c.add(new DssComparison.Case("OCSP: revoked before the signing time", Verdict.UNTRUSTED,
                pdf(plain, "adbe.pkcs7.detached", f.revocable, ltv().at(days(0)).timestamp(pki.tsa, days(0))
                        .archival(LtvFixtures.ocsp(f.responder, pki.intermediate.cert(), f.revocable.cert(),
                                LtvFixtures.revokedAt(days(-10)), days(0), days(7)))), trust));
        c.add(new DssComparison.Case("OCSP: revoked after a timestamped signing time", Verdict.VALID,
                pdf(plain, "adbe.pkcs7.detached", f.revocable, ltv().at(days(-100)).timestamp(pki.tsa, days(-100))
                        .archival(LtvFixtures.ocsp(f.responder, pki.intermediate.cert(), f.revocable.cert(),
                                LtvFixtures.revokedAt(days(-50)), days(-1), days(6)))), trust));
        c.add(new DssComparison.Case("OCSP \"revoked\" signed by an unauthorised responder", Verdict.VALID,
                pdf(plain, "adbe.pkcs7.detached", f.revocable, ltv().at(days(0))
                        .archival(LtvFixtures.ocsp(f.foreignResponder, pki.intermediate.cert(), f.revocable.cert(),
                                LtvFixtures.revokedAt(days(-200)), days(0), days(7)))), trust));
        c.add(new DssComparison.Case("stale OCSP only (30 days before signing)", Verdict.VALID,
                pdf(plain, "adbe.pkcs7.detached", f.revocable, ltv().at(days(0)).archival(LtvFixtures.ocsp(f.responder,
                        pki.intermediate.cert(), f.revocable.cert(), null, days(-30), days(-23)))), trust));
        c.add(new DssComparison.Case("signature timestamp by an untrusted TSA", Verdict.VALID,
                pdf(plain, "adbe.pkcs7.detached", pki.signer, ltv().at(days(0)).timestamp(f.foreignTsa, days(0))), trust));
        byte[] pades = pdf(plain, "ETSI.CAdES.detached", f.revocable, ltv().ess().timestamp(pki.tsa, days(0)));
        byte[] dss = DssUpdates.withPdfBox(pades, List.of(f.responder.cert().getEncoded()), List.of(caCrl.getEncoded()),
                List.of(new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, signerOk).getEncoded()));
        c.add(new DssComparison.Case("/DSS added by PDFBox after signing (PAdES B-LT)", Verdict.VALID, dss, trust));
        c.add(new DssComparison.Case("/DSS then a document timestamp (PAdES B-LTA)", Verdict.VALID,
                SigningFixtures.signPdf(dss, pki.tsa, SigningFixtures.options().documentTimestamp(pki.tsa)), trust));
        return c;
    }

    private static byte[] pdf(byte[] plain, String subFilter, SigningFixtures.Identity id, LtvFixtures.Ltv o)
            throws Exception {
        return LtvFixtures.signPdf(plain, subFilter, null, by(id, o));
    }
}
