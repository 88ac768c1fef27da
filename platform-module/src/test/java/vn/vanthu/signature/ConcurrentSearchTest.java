package vn.vanthu.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.vanthu.signature.SigningFixtures.options;
import static vn.vanthu.signature.SigningFixtures.signPdf;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files large enough for the {@code /ByteRange} search to run on a helper thread beside the
 * digest (a file on disk) must get exactly the verdicts, reasons and ranges of the inline
 * single-threaded search (the same bytes through a plain channel).
 */
class ConcurrentSearchTest {

    private static final int LARGE = (int) PdfScan.CONCURRENT_MIN + 300_000;
    private static SigningFixtures pki;
    private static SignatureVerifier verifier;
    private static byte[] signed;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() throws Exception {
        pki = SigningFixtures.get();
        verifier = new SignatureVerifier(pki.trustStore());
        signed = signPdf(SigningFixtures.pdf(LARGE, 11), pki.signer, options());
    }

    /** Verifies the file both ways, asserts they agree, and returns the (concurrent) result. */
    private VerificationResult both(byte[] pdf) throws IOException {
        assertTrue(pdf.length >= PdfScan.CONCURRENT_MIN);
        Path f = Files.write(dir.resolve("doc-" + System.nanoTime() + ".pdf"), pdf);
        VerificationResult beside = verifier.verifyPdf(f);
        VerificationResult inline = verifier.verifyPdf(new ByteArrayChannel(pdf));
        assertEquals(summary(inline), summary(beside));
        return beside;
    }

    private static List<String> summary(VerificationResult r) {
        List<String> s = new ArrayList<>();
        s.add(r.verdict().name());
        r.fileReasons().forEach(x -> s.add(x.code()));
        for (SignatureReport rep : r.signatures()) {
            s.add(rep.index() + " " + rep.verdict() + " " + Arrays.toString(rep.byteRange()) + " " + rep.coversWholeFile()
                    + " " + rep.digestAlgorithm());
            rep.reasons().forEach(x -> s.add(x.code()));
        }
        return s;
    }

    private static List<String> codes(VerificationResult r) {
        List<String> c = new ArrayList<>();
        r.fileReasons().forEach(x -> c.add(x.code()));
        r.signatures().forEach(rep -> rep.reasons().forEach(x -> c.add(x.code())));
        return c;
    }

    @Test
    void validSingleAndDoubleSignature() throws Exception {
        assertEquals(Verdict.VALID, both(signed).verdict());
        byte[] twice = signPdf(signed, pki.secondSigner, options().cms(SigningFixtures.cms().digest("SHA-384")));
        VerificationResult r = both(twice);
        assertEquals(Verdict.VALID, r.verdict(), () -> r.toMap().toString());
        assertEquals(2, r.signatures().size());
        assertTrue(r.signatures().get(1).coversWholeFile());
    }

    @Test
    void tamperedEarlyAndLateBytes() throws Exception {
        byte[] early = signed.clone();
        early[PdfScan.CHUNK + 5] ^= 1;
        assertEquals(Verdict.INVALID, both(early).verdict());
        long[] br = SigningFixtures.lastByteRange(signed);
        byte[] late = signed.clone();
        late[(int) br[1] - 100] ^= 1;
        assertEquals(Verdict.INVALID, both(late).verdict());
    }

    /** A small signed document followed by a large unsigned update: modified, never unsigned. */
    @Test
    void signatureEarlyThenLargeAppendedUpdate() throws Exception {
        byte[] small = signPdf(SigningFixtures.pdf(20_000, 12), pki.signer, options());
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] grown = Arrays.copyOf(small, LARGE);
        Arrays.fill(grown, small.length, grown.length, (byte) ' ');
        System.arraycopy(tail, 0, grown, grown.length - tail.length, tail.length);
        VerificationResult r = both(grown);
        assertEquals(Verdict.MODIFIED_AFTER_SIGNING, r.verdict());
        assertTrue(codes(r).contains("NOT_COVERED"));
    }

    @Test
    void brokenByteRangeIsMalformed() throws Exception {
        long[] br = SigningFixtures.lastByteRange(signed);
        byte[] t = SigningFixtures.rewriteLastByteRange(signed, "0 " + br[1] + " " + br[2] + " " + (br[3] + 10));
        VerificationResult r = both(t);
        assertEquals(Verdict.MALFORMED, r.verdict());
        assertTrue(codes(r).contains("BYTERANGE_BEYOND_EOF"));
    }

    /** Stray tokens all over the file, more than the limit: the helper stops early, the verdicts agree. */
    @Test
    void strayTokensAndTooManySignatures() throws Exception {
        byte[] token = "/ByteRange".getBytes(StandardCharsets.US_ASCII);
        byte[] few = signed.clone();
        System.arraycopy(token, 0, few, PdfScan.CHUNK - 4, token.length); // across a chunk boundary
        VerificationResult r = both(few);
        assertEquals(Verdict.MALFORMED, r.verdict());
        assertTrue(codes(r).contains("DICTIONARY_UNREADABLE"));
        byte[] many = signed.clone();
        for (int i = 0; i < PdfScan.MAX_SIGNATURES + 5; i++) {
            System.arraycopy(token, 0, many, 200_000 + i * 50_000, token.length);
        }
        assertTrue(codes(both(many)).contains("TOO_MANY_SIGNATURES"));
    }

    /** A read failure on the helper reaches the caller as an IOException, not a hang. */
    @Test
    void helperFailureIsReported() throws Exception {
        Path f = Files.write(dir.resolve("short.pdf"), new byte[PdfScan.CHUNK * 2]);
        try (FileChannel ch = FileChannel.open(f)) {
            long claimed = ch.size() + PdfScan.CHUNK;
            BackgroundTokenSearch search = BackgroundTokenSearch.start(ch, claimed);
            assumeTrue(search != null, "no helper thread on this machine");
            IOException e = assertThrows(IOException.class, () -> search.await(claimed));
            assertNotNull(e.getCause());
        }
    }
}
