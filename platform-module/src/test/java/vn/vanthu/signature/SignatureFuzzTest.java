package vn.vanthu.signature;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.util.Arrays;

/**
 * Coverage-guided fuzzing of the byte-level locator, the structure checks and the CMS parsing.
 * No input may throw, hang or exhaust memory: every result is a verdict.
 *
 * <p>In a normal build (regression mode) each test runs its seeds: the inputs in
 * {@code src/test/resources/vn/vanthu/signature/SignatureFuzzTestInputs/<method>/} and an empty one.
 * Fuzz for real with {@code JAZZER_FUZZ=1 mvn -pl platform-module -am test -Dtest=SignatureFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false} (each method runs for its {@code maxDuration}; crashing
 * inputs are written next to the seeds and then replayed by every build).
 */
class SignatureFuzzTest {

    private static final int MAX_INPUT = 256 * 1024;
    private static byte[] signedSeed;
    private static SignatureVerifier verifier;

    private static synchronized void init() throws Exception {
        if (verifier == null) {
            SigningFixtures pki = SigningFixtures.get();
            verifier = new SignatureVerifier(pki.trustStore());
            byte[] once = SigningFixtures.signPdf(SigningFixtures.pdf(3000, 3), pki.signer, SigningFixtures.options());
            signedSeed = SigningFixtures.signPdf(once, pki.secondSigner, SigningFixtures.options().cades());
        }
    }

    /** Raw bytes as a PDF. */
    @FuzzTest(maxDuration = "60s")
    void anyBytesAsPdf(byte[] data) throws Exception {
        init();
        if (data.length > MAX_INPUT) {
            return;
        }
        check(verifier.verifyPdf(new ByteArrayChannel(data)));
    }

    /** A real double-signed PDF with fuzzer-chosen edits: flips, overwrites, cuts and insertions. */
    @FuzzTest(maxDuration = "120s")
    void mutatedSignedPdf(FuzzedDataProvider in) throws Exception {
        init();
        byte[] pdf = signedSeed.clone();
        int edits = in.consumeInt(0, 8);
        for (int i = 0; i < edits && pdf.length > 0; i++) {
            int at = in.consumeInt(0, pdf.length - 1);
            switch (in.consumeInt(0, 3)) {
                case 0 -> pdf[at] = in.consumeByte();
                case 1 -> {
                    byte[] text = in.consumeBytes(32);
                    System.arraycopy(text, 0, pdf, at, Math.min(text.length, pdf.length - at));
                }
                case 2 -> pdf = Arrays.copyOf(pdf, at);
                default -> {
                    byte[] text = in.consumeBytes(64);
                    byte[] grown = new byte[pdf.length + text.length];
                    System.arraycopy(pdf, 0, grown, 0, at);
                    System.arraycopy(text, 0, grown, at, text.length);
                    System.arraycopy(pdf, at, grown, at + text.length, pdf.length - at);
                    pdf = grown;
                }
            }
        }
        VerificationResult r = verifier.verifyPdf(new ByteArrayChannel(pdf));
        check(r);
        if (edits == 0) {
            assertTrue(r.verdict() == Verdict.VALID, r.toMap()::toString);
        }
    }

    /** Raw bytes as a detached CMS signature. */
    @FuzzTest(maxDuration = "60s")
    void anyBytesAsDetachedCms(byte[] data) throws Exception {
        init();
        if (data.length > MAX_INPUT) {
            return;
        }
        check(verifier.verifyDetached(new ByteArrayChannel(signedSeed), data));
    }

    private static void check(VerificationResult r) {
        assertNotNull(r.verdict());
        assertNotNull(r.toMap());
        if (r.verdict() == Verdict.UNSIGNED) {
            assertTrue(r.signatures().isEmpty() && r.fileReasons().isEmpty());
        }
    }
}
