package vn.vanthu.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache of signature checks and parsed certificates: answers equal the uncached checks, bounded, never stale. */
class VerificationCacheTest {

    private final SigningFixtures pki = SigningFixtures.get();

    @Test
    void certificateSignaturesAreAnsweredPerKeyNotPerCertificate() {
        VerificationCache cache = new VerificationCache(16);
        X509Certificate signer = pki.signer.cert();
        assertTrue(cache.certificateSignedBy(signer, pki.intermediate.cert().getPublicKey()));
        // A cached "true" for one key must not answer for another key, nor for another certificate.
        assertFalse(cache.certificateSignedBy(signer, pki.root.cert().getPublicKey()));
        assertFalse(cache.certificateSignedBy(pki.untrustedSigner.cert(), pki.intermediate.cert().getPublicKey()));
        long misses = cache.misses();
        assertTrue(cache.certificateSignedBy(signer, pki.intermediate.cert().getPublicKey()));
        assertFalse(cache.certificateSignedBy(signer, pki.root.cert().getPublicKey()));
        assertEquals(misses, cache.misses(), "the second answers come from the cache");
        assertEquals(2, cache.hits());
    }

    @Test
    void ocspAndCrlSignaturesAreKeyedByTheirEncoding() throws Exception {
        LtvFixtures f = LtvFixtures.get();
        VerificationCache cache = new VerificationCache(16);
        Date now = new Date();
        BasicOCSPResp byResponder = LtvFixtures.good(f.responder, pki.intermediate, pki.signer.cert(), now);
        BasicOCSPResp byOther = LtvFixtures.good(f.foreignResponder, pki.intermediate, pki.signer.cert(), now);
        for (int round = 0; round < 2; round++) {
            assertTrue(cache.ocspSignedBy(byResponder, f.responder.cert().getPublicKey()));
            assertFalse(cache.ocspSignedBy(byResponder, f.foreignResponder.cert().getPublicKey()));
            assertFalse(cache.ocspSignedBy(byOther, f.responder.cert().getPublicKey()));
            assertTrue(cache.ocspSignedBy(byOther, f.foreignResponder.cert().getPublicKey()));
        }
        X509CRL crl = SigningFixtures.crl(pki.intermediate, pki.secondSigner.cert(), now);
        for (int round = 0; round < 2; round++) {
            assertTrue(cache.crlSignedBy(crl, pki.intermediate.cert().getPublicKey()));
            assertFalse(cache.crlSignedBy(crl, pki.root.cert().getPublicKey()));
        }
        assertEquals(6, cache.misses());
        assertEquals(6, cache.hits());
    }

    @Test
    void parsedCertificatesAreSharedByEncodingAndEqualTheOriginal() throws Exception {
        VerificationCache cache = new VerificationCache(16);
        X509Certificate a = cache.certificate(new JcaX509CertificateHolder(pki.signer.cert()));
        X509Certificate b = cache.certificate(pki.signer.cert().getEncoded());
        assertSame(a, b);
        assertEquals(pki.signer.cert(), a);
        X509Certificate other = cache.certificate(pki.secondSigner.cert().getEncoded());
        assertNotEquals(a, other);
        assertEquals(pki.secondSigner.cert(), other);
    }

    @Test
    void theCacheIsBoundedAndForgetsTheLeastRecentlyUsed() {
        VerificationCache cache = new VerificationCache(2);
        X509Certificate signer = pki.signer.cert();
        cache.certificateSignedBy(signer, pki.intermediate.cert().getPublicKey());
        cache.certificateSignedBy(signer, pki.root.cert().getPublicKey());
        cache.certificateSignedBy(pki.intermediate.cert(), pki.root.cert().getPublicKey());
        assertEquals(2, cache.size());
        long misses = cache.misses();
        // The first entry was evicted: computed again, still right.
        assertTrue(cache.certificateSignedBy(signer, pki.intermediate.cert().getPublicKey()));
        assertEquals(misses + 1, cache.misses());
    }

    /**
     * The caches hold no trust answer: the same file (three signatures and a /DSS) verified against
     * a trust store without its root right after a VALID verification is not trusted, and trusted
     * again with the first store.
     */
    @Test
    void aChangedTrustStoreIsNeverAnsweredFromTheCache(@TempDir Path dir) throws Exception {
        byte[] pdf = SigningFixtures.signPdf(SigningFixtures.pdf(40_000, 7), pki.signer, SigningFixtures.options());
        pdf = SigningFixtures.signPdf(pdf, pki.secondSigner, SigningFixtures.options());
        pdf = ModificationFixtures.addDss(pdf);
        pdf = SigningFixtures.signPdf(pdf, pki.signer, SigningFixtures.options());
        Path file = dir.resolve("three.pdf");
        Files.write(file, pdf);
        SignatureVerifier trusting = new SignatureVerifier(pki.trustStore());
        SignatureVerifier otherRoot = new SignatureVerifier(
                TrustStore.builder().addCertificate(pki.otherRoot.cert()).build());
        for (int round = 0; round < 2; round++) {
            VerificationResult ok = trusting.verifyPdf(file);
            assertEquals(3, ok.signatures().size());
            assertEquals(Verdict.VALID, ok.verdict());
            VerificationResult no = otherRoot.verifyPdf(file);
            assertEquals(3, no.signatures().size());
            for (SignatureReport r : no.signatures()) {
                assertEquals(Verdict.UNTRUSTED, r.verdict(), r.reasons().toString());
            }
        }
    }

    /** The path building is kept per trust store; the validity at each signing time is still judged per call. */
    @Test
    void keptPathsAreJudgedAgainAtEachTime() {
        TrustStore ts = pki.trustStore();
        X509Certificate signer = pki.signer.cert();
        java.time.Instant inside = java.time.Instant.now();
        java.time.Instant after = signer.getNotAfter().toInstant().plusSeconds(86_400);
        TrustStore.Evaluation now = ts.evaluate(signer, pki.signer.chain(), inside,
                ValidationPolicy.ValidityModel.SHELL, CertificatePath.Role.SIGNER);
        assertTrue(now.reasons.isEmpty(), now.reasons.toString());
        assertEquals(1, ts.cachedPaths());
        TrustStore.Evaluation later = ts.evaluate(signer, pki.signer.chain(), after,
                ValidationPolicy.ValidityModel.SHELL, CertificatePath.Role.SIGNER);
        assertEquals(1, ts.cachedPaths(), "the same path building is reused");
        assertEquals(List.of("CERT_NOT_VALID_AT_SIGNING_TIME"), later.reasons.stream().map(Reason::code).distinct().toList());
        assertEquals(Verdict.CERT_EXPIRED, later.reasons.get(0).verdict());
        // Another pool is another question: without the intermediate there is no path.
        TrustStore.Evaluation alone = ts.evaluate(signer, List.of(), inside,
                ValidationPolicy.ValidityModel.SHELL, CertificatePath.Role.SIGNER);
        assertEquals("NO_PATH_TO_TRUST_ANCHOR", alone.reasons.get(0).code());
        assertEquals(2, ts.cachedPaths());
        // And again with the intermediate: still trusted (the miss was not kept under the other key).
        assertTrue(ts.evaluate(signer, pki.signer.chain(), inside, ValidationPolicy.ValidityModel.SHELL,
                CertificatePath.Role.SIGNER).reasons.isEmpty());
    }

    @Test
    void concurrentVerificationsGiveTheSameVerdicts(@TempDir Path dir) throws Exception {
        byte[] pdf = SigningFixtures.signPdf(SigningFixtures.pdf(30_000, 9), pki.signer, SigningFixtures.options());
        pdf = SigningFixtures.signPdf(pdf, pki.secondSigner, SigningFixtures.options());
        Path good = dir.resolve("good.pdf");
        Files.write(good, pdf);
        byte[] bad = pdf.clone();
        bad[SigningFixtures.indexOf(bad, "stream", 0) + 20] ^= 1;
        Path tampered = dir.resolve("tampered.pdf");
        Files.write(tampered, bad);
        SignatureVerifier v = new SignatureVerifier(pki.trustStore());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Verdict[]>> all = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                all.add(pool.submit(() -> new Verdict[] {v.verifyPdf(good).verdict(), v.verifyPdf(tampered).verdict()}));
            }
            for (Future<Verdict[]> fu : all) {
                Verdict[] r = fu.get();
                assertEquals(Verdict.VALID, r[0]);
                assertNotEquals(Verdict.VALID, r[1]);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
