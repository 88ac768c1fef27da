package vn.vanthu.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.vanthu.signature.SigningFixtures.options;
import static vn.vanthu.signature.SigningFixtures.signPdf;
import static vn.vanthu.signature.SigningFixtures.reasonCodes;

import java.io.IOException;
import java.nio.ByteBuffer;
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
        assertTrue(reasonCodes(r).contains("NOT_COVERED"));
    }

    @Test
    void brokenByteRangeIsMalformed() throws Exception {
        long[] br = SigningFixtures.lastByteRange(signed);
        byte[] t = SigningFixtures.rewriteLastByteRange(signed, "0 " + br[1] + " " + br[2] + " " + (br[3] + 10));
        VerificationResult r = both(t);
        assertEquals(Verdict.MALFORMED, r.verdict());
        assertTrue(reasonCodes(r).contains("BYTERANGE_BEYOND_EOF"));
    }

    /** Stray tokens all over the file, more than the limit: the helper stops early, the verdicts agree. */
    @Test
    void strayTokensAndTooManySignatures() throws Exception {
        byte[] token = "/ByteRange".getBytes(StandardCharsets.US_ASCII);
        byte[] few = signed.clone();
        System.arraycopy(token, 0, few, PdfScan.CHUNK - 4, token.length); // across a chunk boundary
        VerificationResult r = both(few);
        assertEquals(Verdict.MALFORMED, r.verdict());
        assertTrue(reasonCodes(r).contains("DICTIONARY_UNREADABLE"));
        byte[] many = signed.clone();
        for (int i = 0; i < PdfScan.MAX_SIGNATURES + 5; i++) {
            System.arraycopy(token, 0, many, 200_000 + i * 50_000, token.length);
        }
        assertTrue(reasonCodes(both(many)).contains("TOO_MANY_SIGNATURES"));
    }

    /**
     * The three ways of reading a large file (mapped with the search on a helper, mapped with the
     * search inline, read in chunks) find the same dictionaries and compute the same digests,
     * including a late signature's: the second one reserves 300 KB for its /Contents, which
     * PDFBox writes before /ByteRange, so its gap start is behind the digest when it is found.
     */
    @Test
    void mappedAndReadPathsGiveTheSameDigests() throws Exception {
        byte[] twice = signPdf(signed, pki.secondSigner, options().reserve(300_000));
        long[] br = SigningFixtures.lastByteRange(twice);
        assertTrue(SigningFixtures.indexOf(twice, "/ByteRange", (int) br[1]) - br[1] > 2 * PdfScan.CHUNK,
                "the second /ByteRange lies more than the look-ahead behind its gap start");
        Path f = Files.write(dir.resolve("twice.pdf"), twice);
        List<String> beside;
        List<String> mappedInline;
        try (FileChannel ch = FileChannel.open(f)) {
            beside = scan(ch, false);
            mappedInline = scan(ch, true);
        }
        List<String> read = scan(new ByteArrayChannel(twice), false);
        assertEquals(2, read.size());
        assertEquals(read, beside);
        assertEquals(read, mappedInline);
    }

    /**
     * A helper that starts only once the digest has gone through the whole file: every signature
     * is found behind the digest and resumes from a kept state (a small file), or the digest stops
     * keeping states and waits for the helper (a file of more chunks than states are kept).
     */
    @Test
    void helperLateOrStalled() throws Exception {
        byte[] twice = signPdf(signed, pki.secondSigner, options());
        byte[] big = signPdf(SigningFixtures.pdf(9 * 1024 * 1024, 13), pki.signer, options());
        for (byte[] pdf : List.of(twice, big)) {
            Path f = Files.write(dir.resolve("late-" + pdf.length + ".pdf"), pdf);
            List<String> expected = scan(new ByteArrayChannel(pdf), false);
            try (FileChannel ch = FileChannel.open(f)) {
                long size = ch.size();
                PdfScan scan = new PdfScan(ch, size, new ByteWindow(ch, size, 16 * 1024), e -> "SHA-256");
                List<Thread> late = new ArrayList<>();
                scan.withHelper((source, length) -> {
                    BackgroundTokenSearch search = BackgroundTokenSearch.unstarted(source, length);
                    Thread t = new Thread(() -> {
                        try {
                            Thread.sleep(300);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        search.run();
                    });
                    t.start();
                    late.add(t);
                    return search;
                });
                scan.run();
                assertEquals(expected, entries(scan));
                assertEquals(1, late.size());
                assertTrue(scan.snapshotsKept() > 0);
                if (pdf == big) {
                    assertTrue(size / PdfScan.CHUNK > scan.snapshotsKept(), "stopped keeping states and waited");
                }
            }
        }
    }

    private static List<String> scan(java.nio.channels.SeekableByteChannel ch, boolean withoutHelper) throws IOException {
        long size = ch.size();
        PdfScan scan = new PdfScan(ch, size, new ByteWindow(ch, size, 16 * 1024), e -> "SHA-256");
        if (withoutHelper) {
            scan.withoutHelper();
        }
        scan.run();
        return entries(scan);
    }

    private static List<String> entries(PdfScan scan) {
        List<String> out = new ArrayList<>();
        for (PdfScan.Entry e : scan.entries()) {
            assertNotNull(e.digest, "digest of the signature at " + e.tokenOffset);
            out.add(e.tokenOffset + " " + java.util.HexFormat.of().formatHex(e.digest));
        }
        return out;
    }

    /**
     * A file cut short once it is mapped: an IOException (the verdict MALFORMED) before any mapped
     * page past the new end is read, not a crash or a late InternalError.
     */
    @Test
    void fileTruncatedWhileMapped() throws Exception {
        Path f = Files.write(dir.resolve("shrinking.pdf"), signed);
        try (FileChannel ch = FileChannel.open(f)) {
            long size = ch.size();
            PdfScan scan = new PdfScan(ch, size, new ByteWindow(ch, size, 16 * 1024), e -> "SHA-256");
            scan.withHelper((source, length) -> {
                try (FileChannel writer = FileChannel.open(f, java.nio.file.StandardOpenOption.WRITE)) {
                    writer.truncate(PdfScan.CHUNK / 2);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return null;
            });
            IOException e = assertThrows(IOException.class, scan::run);
            assertTrue(e.getMessage().contains("changed while it was being read"), e.getMessage());
        }
    }

    /** A channel that cannot be mapped (a content store's wrapper) is read instead, with the same result. */
    @Test
    void unmappableChannelIsRead() throws Exception {
        Path f = Files.write(dir.resolve("unmappable.pdf"), signed);
        try (FileChannel ch = new UnmappableFileChannel(FileChannel.open(f))) {
            VerificationResult r = verifier.verifyPdf(ch);
            assertEquals(summary(verifier.verifyPdf(f)), summary(r));
            assertEquals(Verdict.VALID, r.verdict());
        }
    }

    /** The mapping is released at once after each verification, not left to the garbage collector. */
    @Test
    void mappingsAreReleasedPromptly() {
        assertTrue(MappedFile.releasesPromptly(), "sun.misc.Unsafe.invokeCleaner is reachable on this JDK");
    }

    /** A read failure on the helper reaches the caller as an IOException, not a hang. */
    @Test
    void helperFailureIsReported() throws Exception {
        ByteBuffer file = ByteBuffer.allocateDirect(PdfScan.CHUNK * 2);
        long claimed = file.capacity() + PdfScan.CHUNK;
        BackgroundTokenSearch search = BackgroundTokenSearch.start(file, claimed);
        assumeTrue(search != null, "no helper thread on this machine");
        IOException e = assertThrows(IOException.class, () -> search.await(claimed));
        assertNotNull(e.getCause());
        assertTrue(search.stop());
    }
}
