package vn.vanthu.signature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanthu.signature.SigningFixtures.cms;
import static vn.vanthu.signature.SigningFixtures.options;
import static vn.vanthu.signature.SigningFixtures.signPdf;
import static vn.vanthu.signature.SigningFixtures.reasonCodes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SHA-256 states kept while a file is written, and the verifier resuming from them: the same
 * verdicts, reasons and digests as a verification that hashes the file itself, on every layout
 * (one signature, several, /DSS update, document timestamp, SHA-384 beside SHA-256, a /Contents
 * larger than a read chunk, a mapped file searched beside the digest, tampered bytes).
 */
class DigestCheckpointsTest {

    private static SigningFixtures pki;
    private static SignatureVerifier verifier;
    private static byte[] signed;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() throws Exception {
        pki = SigningFixtures.get();
        verifier = new SignatureVerifier(pki.trustStore());
        signed = signPdf(SigningFixtures.pdf(300_000, 11), pki.signer, options());
    }

    /** The bytes fed the way a decoder writes them: pieces of varying size. */
    private static DigestCheckpoints fed(byte[] data, long seed) {
        DigestCheckpoints cp = new DigestCheckpoints();
        Random r = new Random(seed);
        int at = 0;
        while (at < data.length) {
            int n = Math.min(data.length - at, 1 + r.nextInt(70_000));
            cp.update(data, at, n);
            at += n;
        }
        return cp;
    }

    private static byte[] sha256(byte[] data, int from, int to) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        md.update(data, from, to - from);
        return md.digest();
    }

    @Test
    void digestIsTheSha256OfTheBytesFedWhateverTheChunking() throws Exception {
        byte[] data = new byte[5_000_000];
        new Random(3).nextBytes(data);
        for (int len : new int[] {0, 1, 16 * 1024 - 1, 16 * 1024, 16 * 1024 + 1, 1_000_000, data.length}) {
            for (long seed = 1; seed <= 3; seed++) {
                byte[] part = java.util.Arrays.copyOf(data, len);
                assertArrayEquals(sha256(part, 0, len), fed(part, seed).digest(), "length " + len);
            }
        }
    }

    @Test
    void keptStatesResumeToTheDigestOfEveryPrefixAndStayBounded() throws Exception {
        byte[] data = new byte[6_000_000];
        new Random(4).nextBytes(data);
        DigestCheckpoints cp = fed(data, 9);
        assertTrue(cp.keptCount() <= DigestCheckpoints.MAX_KEPT, "kept " + cp.keptCount());
        assertTrue(cp.keptCount() >= DigestCheckpoints.MAX_KEPT / 2 - 1, "kept " + cp.keptCount());
        for (int prefix : new int[] {0, 10, 16 * 1024, 16 * 1024 + 5, 777_777, 3_000_001, data.length}) {
            DigestCheckpoints.State s = cp.resumeAtOrBefore(prefix);
            MessageDigest md;
            int from;
            // Never further back than the final stride: 6 MB in at most 64 states.
            assertTrue(prefix - (s == null ? 0 : s.at()) <= data.length / 16, "state for " + prefix);
            if (s == null) {
                md = MessageDigest.getInstance("SHA-256");
                from = 0;
            } else {
                assertTrue(s.at() <= prefix);
                md = s.digest();
                from = (int) s.at();
            }
            md.update(data, from, prefix - from);
            assertArrayEquals(sha256(data, 0, prefix), md.digest(), "prefix " + prefix);
        }
        // The resumed copies are independent: using one twice gives the same digest.
        DigestCheckpoints.State a = cp.resumeAtOrBefore(2_000_000);
        DigestCheckpoints.State b = cp.resumeAtOrBefore(2_000_000);
        a.digest().update(data, 0, 100);
        assertArrayEquals(b.digest().digest(), cp.resumeAtOrBefore(2_000_000).digest().digest());
        byte[] first = cp.digest();
        assertArrayEquals(first, cp.digest(), "the digest can be asked for again");
        assertArrayEquals(sha256(data, 0, data.length), first);
        assertThrows(IllegalStateException.class, () -> cp.update(data, 0, 1));
    }

    /** Every start of "/ByteRange" in the data, by the plainest search. */
    private static long[] bruteTokens(byte[] data) {
        java.util.List<Long> at = new java.util.ArrayList<>();
        for (int i = SigningFixtures.indexOf(data, "/ByteRange", 0); i >= 0; i = SigningFixtures.indexOf(data, "/ByteRange", i + 1)) {
            at.add((long) i);
        }
        return at.stream().mapToLong(Long::longValue).toArray();
    }

    @Test
    void tokensAreFoundWhereverTheChunksCutThem() throws Exception {
        byte[] data = new byte[200_000];
        new Random(8).nextBytes(data);
        byte[] token = "/ByteRange".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        // at the start, back to back, overlapping a near miss, and at the very end
        for (int at : new int[] {0, 10, 20, 1_000, 1_005, 65_535, 99_999, 150_000, data.length - token.length}) {
            System.arraycopy(token, 0, data, at, token.length);
        }
        data[1_004] = '/';
        long[] expected = bruteTokens(data);
        assertEquals(8, expected.length, "1 000 is overwritten by 1 005's near miss");
        for (long seed = 1; seed <= 4; seed++) {
            assertArrayEquals(expected, fed(data, seed).tokenOffsets(), "seed " + seed);
        }
        // one byte at a time, and pieces of 1 to 11 bytes: every seam inside every token
        DigestCheckpoints single = new DigestCheckpoints();
        DigestCheckpoints tiny = new DigestCheckpoints();
        Random r = new Random(5);
        for (int i = 0; i < data.length; i++) {
            single.update(data, i, 1);
        }
        for (int i = 0; i < data.length; ) {
            int n = Math.min(data.length - i, 1 + r.nextInt(11));
            tiny.update(data, i, n);
            i += n;
        }
        assertArrayEquals(expected, single.tokenOffsets());
        assertArrayEquals(expected, tiny.tokenOffsets());
        // a real signed file: the tokens the verifier's own search finds
        assertArrayEquals(bruteTokens(signed), fed(signed, 6).tokenOffsets());
        assertEquals(1, bruteTokens(signed).length);
        // more tokens than a file may have signatures: none kept, the verifier searches itself
        byte[] many = new byte[(DigestCheckpoints.MAX_TOKENS + 1) * 20];
        for (int i = 0; i + token.length <= many.length; i += 20) {
            System.arraycopy(token, 0, many, i, token.length);
        }
        assertNull(fed(many, 1).tokenOffsets());
        byte[] limit = java.util.Arrays.copyOf(many, DigestCheckpoints.MAX_TOKENS * 20);
        assertEquals(DigestCheckpoints.MAX_TOKENS, fed(limit, 1).tokenOffsets().length);
    }

    /**
     * With and without the writer's checkpoints, and with the file read whole or in chunks: the
     * same outcome in every respect a clerk sees.
     */
    private VerificationResult assertSameWithCheckpoints(byte[] pdf) throws Exception {
        Path f = Files.write(dir.resolve("doc-" + System.nanoTime() + ".pdf"), pdf);
        VerificationResult plain = verifier.verifyPdf(f);
        VerificationResult chunked = verifier.chunkedOnly().verifyPdf(f);
        assertEquals(plain.verdict(), chunked.verdict());
        assertEquals(reasonCodes(plain), reasonCodes(chunked));
        assertEquals(plain.toMap(), chunked.toMap());
        VerificationResult resumed = verifier.verifyPdf(f, fed(pdf, pdf.length));
        assertEquals(plain.verdict(), resumed.verdict());
        assertEquals(reasonCodes(plain), reasonCodes(resumed));
        assertEquals(plain.signatures().size(), resumed.signatures().size());
        for (int i = 0; i < plain.signatures().size(); i++) {
            assertEquals(plain.signatures().get(i).signerName(), resumed.signatures().get(i).signerName());
            assertEquals(plain.signatures().get(i).level(), resumed.signatures().get(i).level());
        }
        return resumed;
    }

    @Test
    void sameVerdictsOnEveryLayout() throws Exception {
        assertEquals(Verdict.VALID, assertSameWithCheckpoints(signed).verdict());
        byte[] twice = signPdf(signed, pki.secondSigner, options().cades());
        assertEquals(Verdict.VALID, assertSameWithCheckpoints(twice).verdict());
        byte[] withDss = signPdf(ModificationFixtures.addDss(twice), pki.signer, options());
        VerificationResult three = assertSameWithCheckpoints(withDss);
        assertEquals(Verdict.VALID, three.verdict());
        assertEquals(3, three.signatures().size());
        byte[] stamped = signPdf(signed, pki.tsa, options().documentTimestamp(pki.tsa));
        assertEquals(Verdict.VALID, assertSameWithCheckpoints(stamped).verdict());
        byte[] sha384 = signPdf(signed, pki.secondSigner, options().cms(cms().digest("SHA-384")));
        assertEquals(Verdict.VALID, assertSameWithCheckpoints(sha384).verdict());
        byte[] wideGap = signPdf(SigningFixtures.pdf(400_000, 12), pki.signer, options().reserve(3 * PdfScan.CHUNK));
        assertEquals(Verdict.VALID, assertSameWithCheckpoints(wideGap).verdict());
        byte[] small = signPdf(SigningFixtures.pdf(2_000, 13), pki.signer, options());
        assertEquals(Verdict.VALID, assertSameWithCheckpoints(small).verdict());
    }

    @Test
    void sameVerdictsOnAMappedFileSearchedBesideTheDigest() throws Exception {
        byte[] big = signPdf(SigningFixtures.pdf((int) PdfScan.CONCURRENT_MIN + 700_000, 14), pki.signer, options());
        byte[] twice = signPdf(big, pki.secondSigner, options());
        assertEquals(Verdict.VALID, assertSameWithCheckpoints(twice).verdict());
    }

    @Test
    void tamperedBytesAreStillCaughtWhenTheCheckpointsAreOfThoseBytes() throws Exception {
        byte[] t = signed.clone();
        t[5_000] ^= 1;
        VerificationResult r = assertSameWithCheckpoints(t);
        assertEquals(Verdict.INVALID, r.verdict());
        assertTrue(reasonCodes(r).contains("DIGEST_MISMATCH"));
        byte[] twice = signPdf(signed, pki.secondSigner, options());
        byte[] t2 = twice.clone();
        t2[twice.length - 200] ^= 1; // in the last update, after the second signature's gap
        assertEquals(Verdict.INVALID, assertSameWithCheckpoints(t2).verdict());
    }

    @Test
    void checkpointsAreUsedAndOnlyForTheirLength() throws Exception {
        Path f = Files.write(dir.resolve("signed.pdf"), signed);
        // Checkpoints of other bytes of the same length are trusted (the caller's contract): this
        // shows the verifier really resumes from them instead of hashing the file.
        byte[] other = signed.clone();
        other[100] ^= 1;
        assertEquals(Verdict.INVALID, verifier.verifyPdf(f, fed(other, 1)).verdict());
        // Checkpoints of another length are ignored: the file is hashed as usual.
        byte[] longer = java.util.Arrays.copyOf(other, other.length + 1);
        assertEquals(Verdict.VALID, verifier.verifyPdf(f, fed(longer, 1)).verdict());
        assertEquals(Verdict.VALID, verifier.verifyPdf(f, null).verdict());
        assertNull(new DigestCheckpoints().resumeAtOrBefore(1_000));
        assertNotEquals(0, fed(signed, 2).keptCount());
    }
}
