package vn.vanthu.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanthu.signature.LtvFixtures.by;
import static vn.vanthu.signature.LtvFixtures.days;
import static vn.vanthu.signature.LtvFixtures.good;
import static vn.vanthu.signature.LtvFixtures.ltv;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expiry models, embedded revocation data, OCSP and CRL checks, timestamps and levels, on files made here. */
class LongTermValidationTest {

    private static LtvFixtures f;
    private static SigningFixtures pki;
    private static byte[] plain;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() throws Exception {
        f = LtvFixtures.get();
        pki = f.pki;
        plain = SigningFixtures.pdf(8_000, 7);
    }

    private VerificationResult verify(byte[] pdf) throws Exception {
        return verify(pdf, ValidationPolicy.defaults());
    }

    private VerificationResult verify(byte[] pdf, ValidationPolicy policy) throws Exception {
        Path p = Files.write(dir.resolve("d" + System.nanoTime() + ".pdf"), pdf);
        return new SignatureVerifier(pki.trustStore(), policy, Clock.systemUTC()).verifyPdf(p);
    }

    private static byte[] sign(SigningFixtures.Identity id, LtvFixtures.Ltv o) throws Exception {
        return LtvFixtures.signPdf(plain, "adbe.pkcs7.detached", null, by(id, o));
    }

    private static List<String> codes(SignatureReport s) {
        return s.reasons().stream().map(Reason::code).collect(Collectors.toList());
    }

    private static Reason reason(SignatureReport s, String code) {
        return s.reasons().stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + s.toMap()));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> revocation(SignatureReport s) {
        return (List<Map<String, Object>>) ((Map<String, Object>) s.toMap().get("longTermValidation")).get("revocation");
    }

    // ------------------------------------------------------------------ expiry

    @Test
    void expiredSignerUnderACaWhoseValidityStartsLaterIsExpiredNotUntrusted() throws Exception {
        VerificationResult r = verify(sign(f.expiredUnderLateCa, ltv().at(days(0))));
        assertEquals(Verdict.CERT_EXPIRED, r.verdict(), () -> r.toMap().toString());
        SignatureReport s = r.signatures().get(0);
        assertFalse(codes(s).contains("NO_PATH_TO_TRUST_ANCHOR"));
        Reason why = reason(s, "CERT_NOT_VALID_AT_SIGNING_TIME");
        assertTrue(why.en().contains("the signer certificate ") && why.en().contains("CN=Phạm Thị Hết Hạn"), why.en());
        assertTrue(why.en().contains("expired"), why.en());
        assertTrue(why.vi().contains("người ký") && why.vi().contains("đã hết hiệu lực"), why.vi());
        assertTrue(why.en().contains(f.expiredUnderLateCa.cert().getNotAfter().toInstant().toString()), why.en());
        assertNotNull(s.trustAnchor());
    }

    @Test
    void shellModelNamesTheExpiredIntermediateChainModelAcceptsIt() throws Exception {
        byte[] pdf = sign(f.signerUnderExpiredCa, ltv().at(days(0)));
        VerificationResult shell = verify(pdf);
        assertEquals(Verdict.CERT_EXPIRED, shell.verdict(), () -> shell.toMap().toString());
        Reason why = reason(shell.signatures().get(0), "CERT_NOT_VALID_AT_SIGNING_TIME");
        assertTrue(why.en().contains("intermediate CA certificate ") && why.en().contains("CN=Vanthu Old CA"), why.en());
        assertTrue(why.en().contains("shell model"), why.en());
        assertTrue(why.vi().contains("CA trung gian"), why.vi());

        VerificationResult chain = verify(pdf, ValidationPolicy.defaults()
                .withValidityModel(ValidationPolicy.ValidityModel.parse("chain")));
        assertEquals(Verdict.VALID, chain.verdict(), () -> chain.toMap().toString());
        assertEquals("CHAIN", ((Map<?, ?>) chain.signatures().get(0).toMap().get("longTermValidation")).get("validityModel"));
    }

    @Test
    void chainModelStillNeedsTheSignerValidAtTheSigningTimeAndTheIssuerWhenItIssued() throws Exception {
        ValidationPolicy chain = ValidationPolicy.defaults().withValidityModel(ValidationPolicy.ValidityModel.CHAIN);
        // the signer expired: the chain model does not rescue that
        VerificationResult r = verify(sign(f.expiredUnderLateCa, ltv().at(days(0))), chain);
        assertEquals(Verdict.CERT_EXPIRED, r.verdict());
        // claimed inside the signer's validity, but the CA did not exist when it issued the signer
        VerificationResult r2 = verify(sign(f.expiredUnderLateCa, ltv().at(days(-500))), chain);
        Reason why = reason(r2.signatures().get(0), "CERT_NOT_VALID_AT_SIGNING_TIME");
        assertTrue(why.en().contains("CN=Vanthu Late CA") && why.en().contains("not yet valid when it issued"), why.en());
    }

    @Test
    void nameConstraintsOfACaAreEnforcedThroughTheJdkValidator() throws Exception {
        java.security.KeyPair caKeys = SigningFixtures.rsa(2048);
        var b = new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(pki.root.cert(),
                java.math.BigInteger.valueOf(System.nanoTime()), days(-10), days(100),
                new org.bouncycastle.asn1.x500.X500Name("C=VN, O=Other, CN=Constrained CA"), caKeys.getPublic());
        b.addExtension(org.bouncycastle.asn1.x509.Extension.basicConstraints, true,
                new org.bouncycastle.asn1.x509.BasicConstraints(true));
        b.addExtension(org.bouncycastle.asn1.x509.Extension.keyUsage, true,
                new org.bouncycastle.asn1.x509.KeyUsage(org.bouncycastle.asn1.x509.KeyUsage.keyCertSign));
        b.addExtension(org.bouncycastle.asn1.x509.Extension.nameConstraints, true,
                new org.bouncycastle.asn1.x509.NameConstraints(new org.bouncycastle.asn1.x509.GeneralSubtree[] {
                    new org.bouncycastle.asn1.x509.GeneralSubtree(new org.bouncycastle.asn1.x509.GeneralName(
                            new org.bouncycastle.asn1.x500.X500Name("C=VN, O=Other")))}, null));
        var caCert = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().getCertificate(
                b.build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withRSA").build(pki.root.key())));
        SigningFixtures.Identity ca = new SigningFixtures.Identity(caKeys, caCert, List.of());
        int signing = org.bouncycastle.asn1.x509.KeyUsage.digitalSignature;
        SigningFixtures.Identity inside = LtvFixtures.cert(ca, "C=VN, O=Other, CN=Inside", days(-5), days(50), false,
                signing, null, false);
        SigningFixtures.Identity outside = LtvFixtures.cert(ca, "C=VN, O=Vanthu Test, CN=Outside", days(-5), days(50),
                false, signing, null, false);
        assertEquals(Verdict.VALID, verify(sign(inside, ltv().at(days(0)))).verdict());
        VerificationResult r = verify(sign(outside, ltv().at(days(0))));
        assertEquals(Verdict.UNTRUSTED, r.verdict(), () -> r.toMap().toString());
        assertTrue(codes(r.signatures().get(0)).contains("PATH_VALIDATION_ERROR"));
    }

    @Test
    void validityModelAndDurationsAreParsedWithClearErrors() {
        assertEquals(ValidationPolicy.ValidityModel.SHELL, ValidationPolicy.ValidityModel.parse(" "));
        assertEquals(ValidationPolicy.ValidityModel.CHAIN, ValidationPolicy.ValidityModel.parse("Chain"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ValidationPolicy.ValidityModel.parse("hybrid"));
        assertTrue(e.getMessage().contains("hybrid") && e.getMessage().contains("shell hoặc chain"));
        assertEquals(Duration.ofHours(12), ValidationPolicy.parseDuration("PT12H"));
        assertEquals(Duration.ofSeconds(3600), ValidationPolicy.parseDuration("3600"));
        assertEquals(Duration.ofDays(2), ValidationPolicy.parseDuration("p2d"));
        assertThrows(() -> ValidationPolicy.parseDuration("a week"));
    }

    private static void assertThrows(org.junit.jupiter.api.function.Executable e) {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, e);
    }

    // ------------------------------------------------------------------ revocation embedded in the CMS

    @Test
    void ocspInAdbeArchivalIsCheckedForEveryCertificateOfThePath() throws Exception {
        var signerOk = good(f.responder, pki.intermediate, f.revocable.cert(), days(0));
        var caOk = good(pki.root, pki.root, pki.intermediate.cert(), days(0)); // the root answers for its CA itself
        VerificationResult r = verify(sign(f.revocable, ltv().at(days(0)).archival(signerOk, caOk)));
        assertEquals(Verdict.VALID, r.verdict(), () -> r.toMap().toString());
        SignatureReport s = r.signatures().get(0);
        List<Map<String, Object>> rev = revocation(s);
        assertEquals(2, rev.size());
        assertEquals("SIGNER", rev.get(0).get("role"));
        assertEquals("GOOD", rev.get(0).get("status"));
        assertEquals("CMS_ADBE_ARCHIVAL", rev.get(0).get("source"));
        assertEquals("OCSP", rev.get(0).get("by"));
        assertEquals("INTERMEDIATE", rev.get(1).get("role"));
        assertEquals("GOOD", rev.get(1).get("status"));
        Reason checked = reason(s, "REVOCATION_CHECKED");
        assertTrue(checked.en().contains("good (OCSP from the signature's adbe-revocationInfoArchival attribute)"),
                checked.en());
        assertTrue(checked.vi().contains("chưa bị thu hồi"), checked.vi());
        // No timestamp: the level stays B whatever revocation data the file has.
        assertEquals("PKCS7-B", s.level());
        assertEquals("SIGNATURE_LEVEL", s.reasons().get(0).code());
    }

    @Test
    void withoutAnyRevocationDataTheVerdictSaysNotChecked() throws Exception {
        VerificationResult r = verify(sign(f.revocable, ltv().at(days(0))));
        assertEquals(Verdict.VALID, r.verdict());
        SignatureReport s = r.signatures().get(0);
        assertTrue(reason(s, "REVOCATION_NOT_CHECKED").en().contains("signer"));
        assertEquals("NOT_CHECKED", revocation(s).get(0).get("status"));
    }

    @Test
    void revokedBeforeTheSigningTimeIsUntrusted() throws Exception {
        var revoked = LtvFixtures.ocsp(f.responder, pki.intermediate.cert(), f.revocable.cert(),
                LtvFixtures.revokedAt(days(-10)), days(0), days(7));
        VerificationResult r = verify(sign(f.revocable, ltv().at(days(0)).archival(revoked)));
        assertEquals(Verdict.UNTRUSTED, r.verdict(), () -> r.toMap().toString());
        Reason why = reason(r.signatures().get(0), "CERT_REVOKED");
        assertTrue(why.en().contains("revoked on " + days(-10).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                && why.en().contains("KEY_COMPROMISE"), why.en());
        assertEquals("REVOKED", revocation(r.signatures().get(0)).get(0).get("status"));
    }

    @Test
    void revokedAfterAProvenSigningTimeStaysValidAfterAClaimedOneIsUntrusted() throws Exception {
        var revoked = LtvFixtures.ocsp(f.responder, pki.intermediate.cert(), f.revocable.cert(),
                LtvFixtures.revokedAt(days(-50)), days(-1), days(6));
        VerificationResult proven = verify(sign(f.revocable,
                ltv().at(days(-100)).timestamp(pki.tsa, days(-100)).archival(revoked)));
        assertEquals(Verdict.VALID, proven.verdict(), () -> proven.toMap().toString());
        assertTrue(reason(proven.signatures().get(0), "REVOKED_AFTER_SIGNING").en().contains("proven"));
        assertEquals("PKCS7-T", proven.signatures().get(0).level());

        VerificationResult claimed = verify(sign(f.revocable, ltv().at(days(-100)).archival(revoked)));
        assertEquals(Verdict.UNTRUSTED, claimed.verdict());
        assertTrue(codes(claimed.signatures().get(0)).contains("REVOKED_AFTER_CLAIMED_TIME"));
    }

    @Test
    void aDocumentTimestampBeforeTheRevocationProvesTheSignatureExisted() throws Exception {
        // claimed signing time, revoked in the future relative to the doc timestamp (which is now)
        var revoked = LtvFixtures.ocsp(f.responder, pki.intermediate.cert(), f.revocable.cert(),
                LtvFixtures.revokedAt(days(-50)), days(-1), days(6));
        byte[] signed = sign(f.revocable, ltv().at(days(-100)).archival(revoked));
        assertEquals(Verdict.UNTRUSTED, verify(signed).verdict());
        // a document timestamp made now is after the revocation: proves nothing about the time before it
        byte[] lateStamp = SigningFixtures.signPdf(signed, pki.tsa, SigningFixtures.options().documentTimestamp(pki.tsa));
        assertEquals(Verdict.UNTRUSTED, verify(lateStamp).verdict());
        // a document timestamp 60 days ago, before the revocation 50 days ago: the signature existed before it
        byte[] stamped = LtvFixtures.documentTimestamp(signed, pki.tsa, days(-60));
        VerificationResult r = verify(stamped);
        assertEquals(Verdict.VALID, r.verdict(), () -> r.toMap().toString());
        assertTrue(codes(r.signatures().get(0)).contains("REVOKED_AFTER_SIGNING"));
    }

    @Test
    void staleOcspDoesNotProveTheStatus() throws Exception {
        var stale = LtvFixtures.ocsp(f.responder, pki.intermediate.cert(), f.revocable.cert(), CertificateStatus.GOOD,
                days(-30), days(-23));
        VerificationResult r = verify(sign(f.revocable, ltv().at(days(0)).archival(stale)));
        SignatureReport s = r.signatures().get(0);
        assertEquals("UNKNOWN", revocation(s).get(0).get("status"), () -> s.toMap().toString());
        assertTrue(reason(s, "REVOCATION_NOT_CHECKED").en().contains("not fresh enough"));
        // a longer configured freshness accepts it... unless its next update was before the signing time
        VerificationResult lenient = verify(sign(f.revocable, ltv().at(days(0)).archival(stale)),
                ValidationPolicy.defaults().withOcspMaxAge(Duration.ofDays(60)));
        assertTrue(reason(lenient.signatures().get(0), "REVOCATION_NOT_CHECKED").en().contains("next update"));
        var noNext = LtvFixtures.ocsp(f.responder, pki.intermediate.cert(), f.revocable.cert(), CertificateStatus.GOOD,
                days(-30), null);
        VerificationResult accepted = verify(sign(f.revocable, ltv().at(days(0)).archival(noNext)),
                ValidationPolicy.defaults().withOcspMaxAge(Duration.ofDays(60)));
        assertEquals("GOOD", revocation(accepted.signatures().get(0)).get(0).get("status"));
    }

    @Test
    void ocspFromAnUnauthorisedResponderIsIgnored() throws Exception {
        for (SigningFixtures.Identity bad : List.of(f.foreignResponder, f.responderWithoutEku, pki.secondSigner)) {
            // each claims the signer was revoked long ago: were it believed, the verdict would be UNTRUSTED
            var forged = LtvFixtures.ocsp(bad, pki.intermediate.cert(), f.revocable.cert(),
                    LtvFixtures.revokedAt(days(-200)), days(0), days(7));
            VerificationResult r = verify(sign(f.revocable, ltv().at(days(0)).archival(forged)));
            assertEquals(Verdict.VALID, r.verdict(), () -> bad.cert().getSubjectX500Principal() + " " + r.toMap());
            SignatureReport s = r.signatures().get(0);
            assertEquals("UNKNOWN", revocation(s).get(0).get("status"));
            String en = reason(s, "REVOCATION_NOT_CHECKED").en();
            assertTrue(en.contains("not authorised") || en.contains("id-kp-OCSPSigning"), en);
        }
    }

    @Test
    void aDelegatedResponderWithoutNoCheckIsUsedAndNoted() throws Exception {
        SigningFixtures.Identity plainResponder = LtvFixtures.cert(pki.intermediate, "CN=OCSP Without NoCheck, C=VN",
                days(-10), days(100), false, org.bouncycastle.asn1.x509.KeyUsage.digitalSignature,
                org.bouncycastle.asn1.x509.KeyPurposeId.id_kp_OCSPSigning, false);
        VerificationResult r = verify(sign(f.revocable, ltv().at(days(0))
                .archival(good(plainResponder, pki.intermediate, f.revocable.cert(), days(0)))));
        Map<String, Object> signer = revocation(r.signatures().get(0)).get(0);
        assertEquals("GOOD", signer.get("status"));
        assertTrue(String.valueOf(signer.get("notes")).contains("id-pkix-ocsp-nocheck"), signer::toString);
        // the responder with ocsp-nocheck gets no such note
        VerificationResult r2 = verify(sign(f.revocable, ltv().at(days(0))
                .archival(good(f.responder, pki.intermediate, f.revocable.cert(), days(0)))));
        assertEquals(null, revocation(r2.signatures().get(0)).get(0).get("notes"));
    }

    @Test
    void ocspAboutAnotherCertificateIsNotUsed() throws Exception {
        var other = good(f.responder, pki.intermediate, pki.signer.cert(), days(0));
        VerificationResult r = verify(sign(f.revocable, ltv().at(days(0)).archival(other)));
        assertEquals("NOT_CHECKED", revocation(r.signatures().get(0)).get(0).get("status"));
    }

    @Test
    void crlsInTheArchivalAttributeAndItsRules() throws Exception {
        var crlRevoking = LtvFixtures.crl(pki.intermediate, f.revocable.cert(), days(-3), days(0), days(7));
        VerificationResult r = verify(sign(f.revocable, ltv().at(days(0)).archival(crlRevoking)));
        assertEquals(Verdict.UNTRUSTED, r.verdict());
        assertEquals("CRL", revocation(r.signatures().get(0)).get(0).get("by"));
        // a CRL naming the CA but signed by another key (an indirect CRL) is not used, even if it revokes
        var forged = LtvFixtures.crl(new SigningFixtures.Identity(pki.secondSigner.keys(), pki.intermediate.cert(),
                List.of()), f.revocable.cert(), days(-3), days(0), days(7));
        VerificationResult r2 = verify(sign(f.revocable, ltv().at(days(0)).archival(forged)));
        assertEquals(Verdict.VALID, r2.verdict());
        assertTrue(reason(r2.signatures().get(0), "REVOCATION_NOT_CHECKED").en().contains("indirect CRLs are not supported"));
        // a CRL without the certificate: good
        var clean = LtvFixtures.crl(pki.intermediate, null, null, days(0), days(7));
        VerificationResult r3 = verify(sign(f.revocable, ltv().at(days(0)).archival(clean)));
        assertEquals("GOOD", revocation(r3.signatures().get(0)).get(0).get("status"));
    }

    @Test
    void cadesRevocationValuesInADetachedSignatureReachLt() throws Exception {
        byte[] doc = "Quyết định số 12/QĐ-UBND".getBytes(StandardCharsets.UTF_8);
        var signerOk = good(f.responder, pki.intermediate, f.revocable.cert(), days(0));
        var caCrl = LtvFixtures.crl(pki.root, null, null, days(0), days(30));
        byte[] p7s = LtvFixtures.signCms(doc, f.revocable, ltv().at(days(0)).ess().timestamp(pki.tsa, days(0))
                .cades(signerOk, caCrl, f.responder.cert()));
        Path file = Files.write(dir.resolve("qd.txt"), doc);
        VerificationResult r = new SignatureVerifier(pki.trustStore()).verifyDetached(file, p7s);
        assertEquals(Verdict.VALID, r.verdict(), () -> r.toMap().toString());
        SignatureReport s = r.signatures().get(0);
        assertEquals("CADES_VALUES", revocation(s).get(0).get("source"));
        assertEquals("CRL", revocation(s).get(1).get("by"));
        assertEquals("CAdES-BASELINE-LT", s.level());
        assertTrue(s.reasons().get(0).vi().contains("Mức chữ ký CAdES-BASELINE-LT"));
        // without the timestamp: B, whatever the data
        byte[] noTs = LtvFixtures.signCms(doc, f.revocable, ltv().at(days(0)).cades(signerOk, caCrl));
        assertEquals("CMS-B", new SignatureVerifier(pki.trustStore()).verifyDetached(file, noTs).signatures().get(0).level());
    }

    // ------------------------------------------------------------------ timestamps and levels

    @Test
    void untrustedTsaIsReportedAndTheTimeStaysClaimed() throws Exception {
        VerificationResult r = verify(sign(pki.signer, ltv().at(days(0)).timestamp(f.foreignTsa, days(0))));
        SignatureReport s = r.signatures().get(0);
        assertEquals(Verdict.VALID, r.verdict());
        assertTrue(s.signingTimeClaimed());
        assertTrue(reason(s, "TIMESTAMP_UNTRUSTED").en().contains("no certification path"), s.toMap().toString());
        assertEquals("PKCS7-B", s.level());
        // configured as a TSA anchor it is trusted, and only for timestamps
        TrustStore tsaAnchors = TrustStore.builder().addCertificate(f.tsaRoot.cert()).build();
        VerificationResult trusted = verify(sign(pki.signer, ltv().at(days(0)).timestamp(f.foreignTsa, days(0))),
                ValidationPolicy.defaults().withTsaTrust(tsaAnchors, true));
        assertFalse(trusted.signatures().get(0).signingTimeClaimed(), () -> trusted.toMap().toString());
        assertEquals("PKCS7-T", trusted.signatures().get(0).level());
        VerificationResult signerUnderTsaRoot = new SignatureVerifier(TrustStore.builder().build(),
                ValidationPolicy.defaults().withTsaTrust(tsaAnchors, true), Clock.systemUTC())
                .verifyPdf(Files.write(dir.resolve("x.pdf"), sign(pki.signer, ltv().at(days(0)))));
        assertEquals(Verdict.UNTRUSTED, signerUnderTsaRoot.verdict());
        // the ordinary anchors can be excluded from timestamp trust
        VerificationResult strict = verify(sign(pki.signer, ltv().at(days(0)).timestamp(pki.tsa, days(0))),
                ValidationPolicy.defaults().withTsaTrust(tsaAnchors, false));
        assertTrue(strict.signatures().get(0).signingTimeClaimed());
    }

    @Test
    void aTsaWhoseCaWasNotYetValidAtTheTimestampIsNotTrusted() throws Exception {
        SigningFixtures.Identity lateTsa = LtvFixtures.cert(f.lateCa, "CN=Late TSA, O=Vanthu Test, C=VN", days(-900),
                days(3000), false, org.bouncycastle.asn1.x509.KeyUsage.digitalSignature,
                org.bouncycastle.asn1.x509.KeyPurposeId.id_kp_timeStamping, false);
        VerificationResult r = verify(sign(pki.signer, ltv().at(days(-200)).timestamp(lateTsa, days(-500))));
        SignatureReport s = r.signatures().get(0);
        assertTrue(s.signingTimeClaimed());
        Reason why = reason(s, "TIMESTAMP_UNTRUSTED");
        assertTrue(why.en().contains("intermediate CA certificate") && why.en().contains("not yet valid"), why.en());
        // once its CA is valid the same authority is trusted
        VerificationResult ok = verify(sign(pki.signer, ltv().at(days(-20)).timestamp(lateTsa, days(-20))));
        assertFalse(ok.signatures().get(0).signingTimeClaimed(), () -> ok.toMap().toString());
    }

    @Test
    void levelsFromBToLta() throws Exception {
        var signerOk = good(f.responder, pki.intermediate, f.revocable.cert(), days(0));
        var caOk = LtvFixtures.crl(pki.root, null, null, days(0), days(30));
        byte[] lt = sign(f.revocable, ltv().at(days(0)).timestamp(pki.tsa, days(0)).archival(signerOk, caOk));
        VerificationResult r = verify(lt);
        assertEquals("PKCS7-LT", r.signatures().get(0).level(), () -> r.toMap().toString());
        byte[] lta = SigningFixtures.signPdf(lt, pki.tsa, SigningFixtures.options().documentTimestamp(pki.tsa));
        VerificationResult r2 = verify(lta);
        assertEquals(Verdict.VALID, r2.verdict(), () -> r2.toMap().toString());
        assertEquals("PKCS7-LTA", r2.signatures().get(0).level());
        assertEquals("DOCUMENT-TIMESTAMP", r2.signatures().get(1).level());
        assertEquals(Boolean.TRUE, ((Map<?, ?>) r2.signatures().get(0).toMap().get("longTermValidation"))
                .get("coveredByDocumentTimestamp"));
        // a document timestamp alone raises a plain signature to T
        byte[] t = SigningFixtures.signPdf(sign(f.revocable, ltv().at(days(0))), pki.tsa,
                SigningFixtures.options().documentTimestamp(pki.tsa));
        assertEquals("PKCS7-T", verify(t).signatures().get(0).level());
        // ETSI.CAdES.detached with the ESS attribute is PAdES; its LT needs a /DSS, so CMS data gives T
        byte[] pades = LtvFixtures.signPdf(plain, "ETSI.CAdES.detached", null, by(f.revocable,
                ltv().ess().timestamp(pki.tsa, days(0)).archival(signerOk, caOk)));
        assertEquals("PAdES-BASELINE-T", verify(pades).signatures().get(0).level());
        byte[] padesB = LtvFixtures.signPdf(plain, "ETSI.CAdES.detached", null, by(f.revocable, ltv().ess()));
        assertEquals("PAdES-BASELINE-B", verify(padesB).signatures().get(0).level());
    }

    @Test
    void aBrokenSignatureHasNoLevel() throws Exception {
        byte[] pdf = sign(f.revocable, ltv().at(days(0)));
        pdf[200] ^= 1;
        VerificationResult r = verify(pdf);
        assertEquals(Verdict.INVALID, r.verdict());
        assertEquals("none", r.signatures().get(0).level());
    }
}
