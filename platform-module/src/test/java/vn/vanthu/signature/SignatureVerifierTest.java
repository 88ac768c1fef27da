package vn.vanthu.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanthu.signature.SigningFixtures.cms;
import static vn.vanthu.signature.SigningFixtures.options;
import static vn.vanthu.signature.SigningFixtures.signPdf;
import static vn.vanthu.signature.SigningFixtures.reasonCodes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every case of the issue, on PDFs signed in the test with PDFBox's external signing and BC CMS. */
class SignatureVerifierTest {

    private static SigningFixtures pki;
    private static SignatureVerifier verifier;
    private static byte[] plain;
    private static byte[] signed;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() throws Exception {
        pki = SigningFixtures.get();
        verifier = new SignatureVerifier(pki.trustStore());
        plain = SigningFixtures.pdf(20_000, 1);
        signed = signPdf(plain, pki.signer, options());
    }

    private VerificationResult verify(byte[] pdf) throws IOException {
        Path f = Files.write(dir.resolve("doc-" + System.nanoTime() + ".pdf"), pdf);
        return verifier.verifyPdf(f);
    }


    private static void assertVerdict(Verdict expected, String code, VerificationResult r) {
        assertEquals(expected, r.verdict(), () -> "reasons " + r.toMap());
        if (code != null) {
            assertTrue(reasonCodes(r).contains(code), () -> "expected " + code + " in " + reasonCodes(r));
        }
    }

    @Test
    void validSingleSignatureWithDetails() throws Exception {
        VerificationResult r = verify(signed);
        assertVerdict(Verdict.VALID, null, r);
        assertEquals(1, r.signatures().size());
        SignatureReport s = r.signatures().get(0);
        assertEquals("adbe.pkcs7.detached", s.subFilter());
        assertEquals("Nguyễn Văn An", s.signerName());
        assertTrue(s.issuer().contains("Vanthu Test Issuing CA"));
        assertEquals(pki.signer.cert().getSerialNumber().toString(16).toUpperCase(), s.serial());
        assertEquals("SHA-256", s.digestAlgorithm());
        assertTrue(s.coversWholeFile());
        assertEquals(signed.length, s.byteRange()[2] + s.byteRange()[3]);
        assertTrue(s.trustAnchor().contains("Vanthu Test Root CA"));
        assertEquals(SignatureReport.TimeSource.CMS_SIGNING_TIME, s.timeSource());
        assertTrue(s.signingTimeClaimed());
        assertTrue(reasonCodes(r).contains("SIGNING_TIME_CLAIMED"));
        Reason claimed = s.reasons().get(0);
        assertFalse(claimed.vi().isBlank());
        assertFalse(claimed.en().equals(claimed.vi()));
    }

    @Test
    void validCadesSignature() throws Exception {
        byte[] cades = signPdf(plain, pki.signer, options().cades());
        VerificationResult r = verify(cades);
        assertVerdict(Verdict.VALID, null, r);
        assertEquals("ETSI.CAdES.detached", r.signatures().get(0).subFilter());
    }

    @Test
    void signingCertificateAttributeMustNameTheSigner() throws Exception {
        // A CAdES CMS whose ESS attribute names the second signer, signed by the first.
        byte[] content = "tai lieu".getBytes(StandardCharsets.UTF_8);
        byte[] good = SigningFixtures.signCms(content, pki.signer, cms().cades());
        Path file = Files.write(dir.resolve("x.txt"), content);
        assertVerdict(Verdict.VALID, null, verifier.verifyDetached(file, good));

        SigningFixtures.Identity impostor = new SigningFixtures.Identity(pki.signer.keys(), pki.secondSigner.cert(),
                pki.secondSigner.chain());
        byte[] withOtherCert = SigningFixtures.signCms(content, impostor, cms().cades());
        // the signature is then made by signer's key but announces secondSigner: the public key check fails
        assertVerdict(Verdict.INVALID, "SIGNATURE_MISMATCH", verifier.verifyDetached(file, withOtherCert));
    }

    @Test
    void validDoubleSignatureInIncrementalUpdates() throws Exception {
        byte[] twice = signPdf(signed, pki.secondSigner, options().cades());
        VerificationResult r = verify(twice);
        assertVerdict(Verdict.VALID, null, r);
        assertEquals(2, r.signatures().size());
        assertFalse(r.signatures().get(0).coversWholeFile());
        assertTrue(r.signatures().get(1).coversWholeFile());
        assertEquals("Trần Thị Bình", r.signatures().get(1).signerName());
        assertEquals("Trần Thị Bình", r.lastSignature().signerName());
    }

    @Test
    void tamperedByteIsInvalid() throws Exception {
        byte[] t = signed.clone();
        int at = SigningFixtures.indexOf(t, "So: 12/QD-UBND", 0);
        if (at < 0) {
            at = 200; // content stream may be compressed: any byte in the first range will do
        }
        t[at] ^= 1;
        assertVerdict(Verdict.INVALID, "DIGEST_MISMATCH", verify(t));
    }

    @Test
    void incrementalUpdateAfterSigningIsModified() throws Exception {
        byte[] updated = SigningFixtures.updateTitle(signed, "Sửa sau khi ký");
        assertTrue(updated.length > signed.length);
        VerificationResult r = verify(updated);
        // A changed title is beyond "further signature / LTV data": the change is named.
        assertVerdict(Verdict.MODIFIED_AFTER_SIGNING, "CHANGED_AFTER_SIGNING", r);
        assertTrue(r.mainReason().en().contains("/Info"), r.mainReason().en());
        assertFalse(r.signatures().get(0).coversWholeFile());
    }

    @Test
    void trailingBytesAreModified() throws Exception {
        byte[] t = Arrays.copyOf(signed, signed.length + 7);
        System.arraycopy("%extra\n".getBytes(StandardCharsets.US_ASCII), 0, t, signed.length, 7);
        assertVerdict(Verdict.MODIFIED_AFTER_SIGNING, "NOT_COVERED", verify(t));
    }

    @Test
    void nonHexBytesInTheGapAreMalformed() throws Exception {
        long[] br = SigningFixtures.lastByteRange(signed);
        byte[] t = signed.clone();
        t[(int) br[2] - 5] = 'X'; // in the zero padding at the end of /Contents
        assertVerdict(Verdict.MALFORMED, "GAP_NOT_HEX", verify(t));
        byte[] ws = signed.clone();
        ws[(int) br[2] - 5] = ' ';
        assertVerdict(Verdict.MALFORMED, "GAP_NOT_HEX", verify(ws));
    }

    @Test
    void byteRangeStructureRules() throws Exception {
        long[] br = SigningFixtures.lastByteRange(signed);
        String tail = br[2] + " " + br[3];
        assertVerdict(Verdict.MALFORMED, "BYTERANGE_NOT_AT_START",
                verify(SigningFixtures.rewriteLastByteRange(signed, "1 " + (br[1] - 1) + " " + tail)));
        assertVerdict(Verdict.MALFORMED, "BYTERANGE_BEYOND_EOF",
                verify(SigningFixtures.rewriteLastByteRange(signed, "0 " + br[1] + " " + br[2] + " " + (br[3] + 10))));
        assertVerdict(Verdict.MALFORMED, "BYTERANGE_OVERLAP",
                verify(SigningFixtures.rewriteLastByteRange(signed, "0 " + br[1] + " " + (br[1] - 10) + " " + (br[3] + 10))));
        assertVerdict(Verdict.MALFORMED, "BYTERANGE_NOT_INTEGER",
                verify(SigningFixtures.rewriteLastByteRange(signed, "0 -5 " + tail)));
        assertVerdict(Verdict.MALFORMED, "BYTERANGE_NOT_INTEGER",
                verify(SigningFixtures.rewriteLastByteRange(signed, "0 5.0 " + tail)));
        assertVerdict(Verdict.MALFORMED, "BYTERANGE_NOT_INTEGER",
                verify(SigningFixtures.rewriteLastByteRange(signed, "0 /X " + tail)));
        assertVerdict(Verdict.MALFORMED, "BYTERANGE_NOT_FOUR",
                verify(SigningFixtures.rewriteLastByteRange(signed, "0 " + br[1] + " " + br[2])));
        // A gap that does not match /Contents exactly (shifted by one byte on each side).
        assertVerdict(Verdict.MALFORMED, "GAP_NOT_CONTENTS",
                verify(SigningFixtures.rewriteLastByteRange(signed, "0 " + (br[1] + 1) + " " + (br[2] - 1) + " " + (br[3] + 1))));
    }

    @Test
    void sha1IsWeak() throws Exception {
        byte[] pdf = signPdf(plain, pki.signer, options().cms(cms().digest("SHA-1")));
        VerificationResult r = verify(pdf);
        assertVerdict(Verdict.WEAK_ALGORITHM, "WEAK_DIGEST", r);
        assertEquals("SHA-1", r.signatures().get(0).digestAlgorithm());
    }

    @Test
    void sha512IsAccepted() throws Exception {
        assertVerdict(Verdict.VALID, null, verify(signPdf(plain, pki.signer, options().cms(cms().digest("SHA-512")))));
    }

    @Test
    void rsa1024IsWeak() throws Exception {
        assertVerdict(Verdict.WEAK_ALGORITHM, "WEAK_RSA_KEY", verify(signPdf(plain, pki.weakKeySigner, options())));
    }

    @Test
    void expiredCertificateAtClaimedSigningTime() throws Exception {
        VerificationResult r = verify(signPdf(plain, pki.expiredSigner, options()));
        assertVerdict(Verdict.CERT_EXPIRED, "CERT_NOT_VALID_AT_SIGNING_TIME", r);
        assertNotNull(r.signatures().get(0).trustAnchor());
    }

    @Test
    void trustedTimestampInsideValidityMakesAnExpiredCertificateValid() throws Exception {
        var when = SigningFixtures.daysFromNow(-500);
        VerificationResult r = verify(signPdf(plain, pki.expiredSigner,
                options().cms(cms().signingTime(when).timestamp(pki.tsa, when))));
        assertVerdict(Verdict.VALID, null, r);
        SignatureReport s = r.signatures().get(0);
        assertEquals(SignatureReport.TimeSource.TIMESTAMP, s.timeSource());
        assertFalse(s.signingTimeClaimed());
        assertEquals(when.toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS), s.signingTime());
    }

    @Test
    void backdatedClaimWithoutTimestampStaysClaimed() throws Exception {
        // The signer claims a time inside the validity: accepted, but marked as claimed.
        var when = SigningFixtures.daysFromNow(-500);
        VerificationResult r = verify(signPdf(plain, pki.expiredSigner, options().cms(cms().signingTime(when))));
        assertVerdict(Verdict.VALID, "SIGNING_TIME_CLAIMED", r);
        assertTrue(r.signatures().get(0).signingTimeClaimed());
    }

    @Test
    void adbePkcs7Sha1IsVerifiedAndWeak() throws Exception {
        VerificationResult r = verify(signPdf(plain, pki.signer, options().sha1SubFilter()));
        assertVerdict(Verdict.WEAK_ALGORITHM, "WEAK_SUBFILTER", r);
        assertEquals("adbe.pkcs7.sha1", r.signatures().get(0).subFilter());
        byte[] t = signPdf(plain, pki.signer, options().sha1SubFilter());
        t[150] ^= 1;
        assertVerdict(Verdict.INVALID, "DIGEST_MISMATCH", verify(t));
    }

    @Test
    void documentTimestampAfterASignature() throws Exception {
        byte[] stamped = signPdf(signed, pki.tsa, options().documentTimestamp(pki.tsa));
        VerificationResult r = verify(stamped);
        assertVerdict(Verdict.VALID, null, r);
        SignatureReport ts = r.signatures().get(1);
        assertEquals("ETSI.RFC3161", ts.subFilter());
        assertEquals("Vanthu Test TSA", ts.signerName());
        assertEquals(SignatureReport.TimeSource.TIMESTAMP, ts.timeSource());
        assertTrue(ts.coversWholeFile());
        byte[] t = stamped.clone();
        t[(int) r.signatures().get(0).byteRange()[2] + 10] ^= 1; // inside the first signature's second range
        assertVerdict(Verdict.INVALID, "DIGEST_MISMATCH", verify(t));
    }

    @Test
    void untrustedRoot() throws Exception {
        assertVerdict(Verdict.UNTRUSTED, "NO_PATH_TO_TRUST_ANCHOR", verify(signPdf(plain, pki.untrustedSigner, options())));
    }

    @Test
    void noTrustAnchorConfigured() throws Exception {
        Path f = Files.write(dir.resolve("a.pdf"), signed);
        VerificationResult r = new SignatureVerifier(TrustStore.builder().build()).verifyPdf(f);
        assertVerdict(Verdict.UNTRUSTED, "NO_TRUST_ANCHORS", r);
    }

    @Test
    void missingIntermediateUnlessConfigured() throws Exception {
        byte[] pdf = signPdf(plain, pki.signer, options().cms(cms().withoutChain()));
        assertVerdict(Verdict.UNTRUSTED, "NO_PATH_TO_TRUST_ANCHOR", verify(pdf));
        TrustStore withIntermediate = TrustStore.builder().addCertificate(pki.root.cert())
                .addCertificate(pki.intermediate.cert()).build();
        Path f = Files.write(dir.resolve("b.pdf"), pdf);
        assertVerdict(Verdict.VALID, null, new SignatureVerifier(withIntermediate).verifyPdf(f));
    }

    @Test
    void keyUsageMustAllowSigning() throws Exception {
        assertVerdict(Verdict.UNTRUSTED, "KEY_USAGE", verify(signPdf(plain, pki.noSigningUsage, options())));
    }

    @Test
    void revokedByConfiguredCrl() throws Exception {
        TrustStore ts = TrustStore.builder().addCertificate(pki.root.cert())
                .addCrl(SigningFixtures.crl(pki.intermediate, pki.signer.cert(), SigningFixtures.daysFromNow(-1))).build();
        Path f = Files.write(dir.resolve("c.pdf"), signed);
        assertVerdict(Verdict.UNTRUSTED, "CERT_REVOKED", new SignatureVerifier(ts).verifyPdf(f));
        // Revoked after the signing time: still valid.
        TrustStore later = TrustStore.builder().addCertificate(pki.root.cert())
                .addCrl(SigningFixtures.crl(pki.intermediate, pki.signer.cert(), SigningFixtures.daysFromNow(1))).build();
        assertVerdict(Verdict.VALID, null, new SignatureVerifier(later).verifyPdf(f));
    }

    @Test
    void truncatedFile() throws Exception {
        assertVerdict(Verdict.MALFORMED, "BYTERANGE_BEYOND_EOF", verify(Arrays.copyOf(signed, signed.length - 100)));
        assertVerdict(Verdict.MALFORMED, "NO_EOF_MARKER", verify(Arrays.copyOf(plain, plain.length / 2)));
    }

    @Test
    void emptyFileAndNotAPdf() throws Exception {
        assertVerdict(Verdict.MALFORMED, "EMPTY", verify(new byte[0]));
        assertVerdict(Verdict.MALFORMED, "NOT_PDF", verify("Xin chào, đây không phải PDF".getBytes(StandardCharsets.UTF_8)));
        assertVerdict(Verdict.MALFORMED, "UNREADABLE", verifier.verifyPdf(dir.resolve("does-not-exist.pdf")));
    }

    @Test
    void unsignedWellFormedPdf() throws Exception {
        VerificationResult r = verify(plain);
        assertEquals(Verdict.UNSIGNED, r.verdict());
        assertEquals(0, r.signatures().size());
    }

    @Test
    void garbageCms() throws Exception {
        long[] br = SigningFixtures.lastByteRange(signed);
        byte[] t = signed.clone();
        byte[] junk = "DEADBEEF0102030405".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(junk, 0, t, (int) br[1] + 1, junk.length);
        assertVerdict(Verdict.MALFORMED, "NOT_CMS", verify(t));
    }

    @Test
    void largeFileAcrossManyChunks() throws Exception {
        byte[] big = signPdf(SigningFixtures.pdf(1_500_000, 7), pki.signer, options());
        assertVerdict(Verdict.VALID, null, verify(big));
        byte[] t = big.clone();
        t[PdfScan.CHUNK + 3] ^= 0x40;
        assertVerdict(Verdict.INVALID, "DIGEST_MISMATCH", verify(t));
    }

    @Test
    void contentsLargerThanAChunkTakesTheSlowPathCorrectly() throws Exception {
        byte[] big = signPdf(SigningFixtures.pdf(600_000, 8), pki.signer, options().reserve(3 * PdfScan.CHUNK));
        VerificationResult r = verify(big);
        assertVerdict(Verdict.VALID, null, r);
        byte[] twice = signPdf(big, pki.secondSigner, options().cms(cms().digest("SHA-384")));
        assertVerdict(Verdict.VALID, null, verify(twice));
    }

    @Test
    void detachedSignatureDerAndPem() throws Exception {
        Path doc = Files.write(dir.resolve("to-trinh.pdf"), plain);
        byte[] der = SigningFixtures.signCms(plain, pki.signer, cms());
        VerificationResult r = verifier.verifyDetached(doc, der);
        assertVerdict(Verdict.VALID, null, r);
        assertEquals("DETACHED", r.signatures().get(0).kind());
        String pem = "-----BEGIN PKCS7-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END PKCS7-----\n";
        assertVerdict(Verdict.VALID, null, verifier.verifyDetached(doc, pem.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void detachedSignatureOverTheWrongFile() throws Exception {
        Path other = Files.write(dir.resolve("khac.pdf"), signed);
        byte[] der = SigningFixtures.signCms(plain, pki.signer, cms());
        assertVerdict(Verdict.INVALID, "DIGEST_MISMATCH", verifier.verifyDetached(other, der));
        assertVerdict(Verdict.MALFORMED, "NOT_CMS", verifier.verifyDetached(other, "rác".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void verdictPrecedenceTakesTheWorst() throws Exception {
        // A weak signature followed by an untrusted one: UNTRUSTED outranks WEAK_ALGORITHM.
        byte[] weak = signPdf(plain, pki.weakKeySigner, options());
        byte[] both = signPdf(weak, pki.untrustedSigner, options());
        VerificationResult r = verify(both);
        assertEquals(Verdict.WEAK_ALGORITHM, r.signatures().get(0).verdict());
        assertEquals(Verdict.UNTRUSTED, r.signatures().get(1).verdict());
        assertEquals(Verdict.UNTRUSTED, r.verdict());
        assertEquals("NO_PATH_TO_TRUST_ANCHOR", r.mainReason().code());
    }

    @Test
    void toMapCarriesBothLanguages() throws Exception {
        var m = verify(SigningFixtures.updateTitle(signed, "x")).toMap();
        assertEquals("MODIFIED_AFTER_SIGNING", m.get("verdict"));
        assertEquals(1, m.get("signatures"));
        String text = m.toString();
        assertTrue(text.contains("bị thay đổi sau khi ký vượt quá mức được phép"), text);
        assertTrue(text.contains("changed after signing beyond what is allowed"), text);
        assertTrue(text.contains("modifications={kind=OTHER, allowed=false"), text);
    }
}
