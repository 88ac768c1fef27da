package vn.vanthu.signature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Material made by another implementation: openssl 3 ({@code openssl ca}, {@code ocsp}, {@code cms},
 * {@code ts}), committed with the script that regenerated it ({@code openssl/generate.sh}), since CI
 * may not have openssl.
 */
class OpensslMaterialTest {

    private static final String DIR = "/vn/vanthu/signature/openssl/";

    @TempDir
    Path dir;

    private static byte[] res(String name) throws IOException {
        try (InputStream in = OpensslMaterialTest.class.getResourceAsStream(DIR + name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        }
    }

    private static X509Certificate cert(String name) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(res(name + ".cer")));
    }

    private static CertificatePath.Result path(String leaf, Instant at, ValidationPolicy.ValidityModel m) throws Exception {
        return CertificatePath.validate(cert(leaf), List.of(cert("root")), List.of(cert("ca")), at, m,
                CertificatePath.Role.SIGNER);
    }

    @Test
    void opensslDetachedCmsVerifiesWithItsVietnameseSigner() throws Exception {
        Path doc = Files.write(dir.resolve("document.txt"), res("document.txt"));
        TrustStore trust = TrustStore.builder().addCertificate(cert("root")).build();
        VerificationResult r = new SignatureVerifier(trust).verifyDetached(doc, res("document.txt.p7s"));
        assertEquals(Verdict.VALID, r.verdict(), () -> r.toMap().toString());
        assertEquals("Nguyễn Văn An", r.signatures().get(0).signerName());
        assertEquals("CMS-B", r.signatures().get(0).level());
        byte[] changed = res("document.txt");
        changed[0] ^= 1;
        assertEquals(Verdict.INVALID, new SignatureVerifier(trust)
                .verifyDetached(Files.write(dir.resolve("changed.txt"), changed), res("document.txt.p7s")).verdict());
    }

    @Test
    void aPdfSignedByPopplerWithNssHasItsRawUtf8NameDecoded() throws Exception {
        byte[] pdf;
        try (InputStream in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(res("nss-signed.pdf.gz")))) {
            pdf = in.readAllBytes();
        }
        // NSS writes the name as raw UTF-8 in a literal string: the bytes of "Nguyễn" are there as they are
        assertTrue(SigningFixtures.indexOf(pdf, "/Name (Nguy\u00e1\u00bb\u0085n", 0) > 0);
        TrustStore trust = TrustStore.builder().addCertificate(cert("root")).build();
        VerificationResult r = new SignatureVerifier(trust).verifyPdf(Files.write(dir.resolve("nss.pdf"), pdf));
        assertEquals(Verdict.VALID, r.verdict(), () -> r.toMap().toString());
        SignatureReport s = r.signatures().get(0);
        assertEquals("Nguyễn Văn An", s.toMap().get("name"));
        assertEquals("Phê duyệt văn bản", s.toMap().get("reason"));
        assertEquals("Nguyễn Văn An", s.signerName());
        assertEquals("PKCS7-B", s.level());
        String json = vn.vanthu.json.LineSafeJson.mapper().writeValueAsString(r.toMap());
        assertTrue(json.contains("\"name\":\"Nguyễn Văn An\""), json);
    }

    @Test
    void aSignerWhoseValidityStartsBeforeItsCaIsJudgedPerCertificate() throws Exception {
        Instant mid2019 = Instant.parse("2019-06-01T00:00:00Z");
        CertificatePath.Result shell = path("signer", mid2019, ValidationPolicy.ValidityModel.SHELL);
        assertTrue(shell.found(), "a path exists although no instant is inside every validity");
        // the intermediate (valid from 2020) and the root (made when the material was generated) both name themselves
        assertEquals(2, shell.reasons.size(), () -> shell.reasons.toString());
        assertEquals(Verdict.CERT_EXPIRED, shell.reasons.get(0).verdict());
        assertTrue(shell.reasons.get(1).en().contains("root CA certificate"), shell.reasons.get(1).en());
        assertTrue(shell.reasons.get(0).en().contains("intermediate CA certificate")
                && shell.reasons.get(0).en().contains("OpenSSL Issuing CA")
                && shell.reasons.get(0).en().contains("not yet valid"), shell.reasons.get(0).en());
        assertTrue(path("signer", Instant.parse("2030-01-01T00:00:00Z"), ValidationPolicy.ValidityModel.SHELL)
                .reasons.isEmpty());
    }

    @Test
    void opensslOcspResponsesFromADelegatedResponder() throws Exception {
        ValidationData data = new ValidationData();
        data.addOcspDer(res("ocsp-signer.der"), ValidationData.Source.DSS);
        data.addOcspDer(res("ocsp-revoked.der"), ValidationData.Source.DSS);
        assertTrue(data.unreadable.isEmpty(), data.unreadable::toString);
        Instant t = data.ocsps.get(0).response().getProducedAt().toInstant();
        var good = RevocationCheck.check(path("signer", t, ValidationPolicy.ValidityModel.SHELL),
                CertificatePath.Role.SIGNER, data, t, t, ValidationPolicy.DEFAULT_MAX_AGE);
        assertEquals(RevocationCheck.Status.GOOD, good.get(0).status);
        assertEquals("OCSP", good.get(0).kind);
        assertEquals(RevocationCheck.Status.NOT_CHECKED, good.get(1).status, "no data about the CA");
        var revoked = RevocationCheck.check(path("revoked", t, ValidationPolicy.ValidityModel.SHELL),
                CertificatePath.Role.SIGNER, data, t, t, ValidationPolicy.DEFAULT_MAX_AGE);
        assertEquals(RevocationCheck.Status.REVOKED, revoked.get(0).status);
        assertEquals("KEY_COMPROMISE", revoked.get(0).revocationReason);
        // the responder is authorised for the issuing CA only: for another issuer the same response is not used
        assertNull(OcspResponder.problem(data.ocsps.get(0).response(), cert("ca"), new ValidationData()));
        assertNotNull(OcspResponder.problem(data.ocsps.get(0).response(), cert("root"), new ValidationData()));
        assertTrue(OcspResponder.noCheck(cert("ocsp")));
    }

    @Test
    void opensslCrl() throws Exception {
        ValidationData data = new ValidationData();
        data.addCrlDer(res("ca.crl"), ValidationData.Source.CONFIGURED);
        Instant t = data.crls.get(0).crl().getThisUpdate().toInstant();
        assertEquals(RevocationCheck.Status.REVOKED, RevocationCheck.check(path("revoked", t,
                ValidationPolicy.ValidityModel.SHELL), CertificatePath.Role.SIGNER, data, t, t,
                ValidationPolicy.DEFAULT_MAX_AGE).get(0).status);
        assertEquals(RevocationCheck.Status.GOOD, RevocationCheck.check(path("signer", t,
                ValidationPolicy.ValidityModel.SHELL), CertificatePath.Role.SIGNER, data, t, t,
                ValidationPolicy.DEFAULT_MAX_AGE).get(0).status);
        // a year later the CRL issued at t no longer proves anything with the default freshness
        Instant later = t.plusSeconds(365L * 86400);
        assertEquals(RevocationCheck.Status.UNKNOWN, RevocationCheck.check(path("signer", later,
                ValidationPolicy.ValidityModel.SHELL), CertificatePath.Role.SIGNER, data, later, later,
                ValidationPolicy.DEFAULT_MAX_AGE).get(0).status);
    }

    @Test
    void opensslTimestampTokenAndTsaAnchors() throws Exception {
        TimeStampToken token = new TimeStampToken(ContentInfo.getInstance(res("document.txt.tst")));
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(res("document.txt")),
                token.getTimeStampInfo().getMessageImprintDigest());
        TrustStore none = TrustStore.builder().build();
        TrustStore root = TrustStore.builder().addCertificate(cert("root")).build();
        Clock clock = Clock.fixed(Instant.now(), ZoneOffset.UTC);
        assertNull(new LongTermValidation(none, ValidationPolicy.defaults().withTsaTrust(root, false), clock)
                .timestampProblem(token));
        assertNull(new LongTermValidation(root, ValidationPolicy.defaults(), clock).timestampProblem(token),
                "the ordinary anchors count for timestamps by default");
        String[] why = new LongTermValidation(root, ValidationPolicy.defaults().withTsaTrust(none, false), clock)
                .timestampProblem(token);
        assertNotNull(why);
        assertTrue(why[0].contains("no trust anchor") || why[0].contains("no certification path"), why[0]);
    }
}
