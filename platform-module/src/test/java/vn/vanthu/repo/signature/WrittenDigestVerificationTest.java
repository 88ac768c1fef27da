package vn.vanthu.repo.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.signature.DigestCheckpoints;
import vn.vanthu.signature.SigningFixtures;

/**
 * The SHA-256 checkpoints of content the module wrote itself (a received edXML attachment), kept
 * by content URL until the verification after the commit: used when the node's content has that
 * URL and that size, ignored otherwise, dropped once looked at, bounded and expiring.
 *
 * <p>To see which path the verification took, the checkpoints given are of other bytes of the
 * same length (the signed PDF with one byte changed early in its first signed range): resuming
 * from them gives INVALID for a file that is VALID, hashing the file gives VALID.
 */
class WrittenDigestVerificationTest {

    private static final String URL = "store://2023/3/16/9/30/6a1e4b7c-5d2f-4e8a-9b3c-1f2e3d4c5b6a.bin";
    private static byte[] signed;
    private static byte[] changed;

    @TempDir
    Path dir;
    private RepoFixture repo;
    private SignatureVerificationService service;
    private Path file;

    @BeforeAll
    static void pdfs() throws Exception {
        SigningFixtures pki = SigningFixtures.get();
        signed = SigningFixtures.signPdf(SigningFixtures.pdf(120_000, 23), pki.signer, SigningFixtures.options());
        changed = signed.clone();
        changed[3_000] ^= 1;
    }

    @BeforeEach
    void setUp() throws Exception {
        Path trust = Files.createDirectories(dir.resolve("trust"));
        Files.write(trust.resolve("test-root.cer"), SigningFixtures.get().root.cert().getEncoded());
        repo = new RepoFixture();
        service = repo.service(trust);
        file = Files.write(dir.resolve("qd.pdf"), signed);
    }

    private static DigestCheckpoints checkpoints(byte[] bytes) {
        DigestCheckpoints d = new DigestCheckpoints();
        for (int at = 0; at < bytes.length; at += 48 * 1024) {
            d.update(bytes, at, Math.min(48 * 1024, bytes.length - at));
        }
        d.digest();
        return d;
    }

    /** A document whose reader names {@code url} as its content URL. */
    private NodeRef document(String name, QName type, String url) throws Exception {
        NodeRef doc = repo.document(name, type, null);
        when(repo.contentService.getReader(doc, ContentModel.PROP_CONTENT)).thenAnswer(inv -> {
            ContentReader r = RepoFixture.reader(file, name);
            when(r.getContentUrl()).thenReturn(url);
            return r;
        });
        return doc;
    }

    @Test
    void theFixtureTellsThePathsApart() throws Exception {
        Path other = Files.write(dir.resolve("other.pdf"), changed);
        assertEquals("INVALID", new vn.vanthu.signature.SignatureVerifier(SigningFixtures.get().trustStore())
                .verifyPdf(other).verdict().name(), "the changed byte is inside the signed range");
        assertEquals("INVALID", new vn.vanthu.signature.SignatureVerifier(SigningFixtures.get().trustStore())
                .verifyPdf(file, checkpoints(changed)).verdict().name(), "and before a kept state: resuming misses it");
    }

    @Test
    void checkpointsOfTheSameUrlAndSizeAreUsedOnceThenDropped() throws Exception {
        NodeRef doc = document("15-QD-UBND.pdf", VanthuModel.TYPE_INCOMING_DOCUMENT, URL);
        service.rememberWrittenDigest(doc, URL, checkpoints(changed));
        assertEquals(1, service.writtenDigests().size());

        assertEquals("INVALID", service.verify(doc).verdict().name(), "the two-argument path resumed from the checkpoints");
        assertEquals(0, service.writtenDigests().size(), "removed when used");
        assertEquals("VALID", service.verify(doc).verdict().name(), "the next verification hashes the file");
    }

    @Test
    void checkpointsOfTheRealBytesGiveTheUsualVerdict() throws Exception {
        NodeRef doc = document("15-QD-UBND.pdf", VanthuModel.TYPE_INCOMING_DOCUMENT, URL);
        service.rememberWrittenDigest(doc, URL, checkpoints(signed));
        assertEquals("VALID", service.verifyAndRecord(doc).verdict().name());
        assertEquals(0, service.writtenDigests().size());
    }

    @Test
    void checkpointsOfAnotherUrlOrSizeAreIgnored() throws Exception {
        // The node's content is at another URL (written again since): the entry is not looked at.
        NodeRef doc = document("15-QD-UBND.pdf", VanthuModel.TYPE_INCOMING_DOCUMENT, URL + "-2");
        service.rememberWrittenDigest(doc, URL, checkpoints(changed));
        assertEquals("VALID", service.verify(doc).verdict().name());
        assertEquals(1, service.writtenDigests().size(), "another URL's entry stays until it expires");

        // Same URL, another length: ignored and dropped.
        NodeRef same = document("16-QD-UBND.pdf", VanthuModel.TYPE_INCOMING_DOCUMENT, URL);
        byte[] longer = java.util.Arrays.copyOf(changed, changed.length + 1);
        service.rememberWrittenDigest(same, URL, checkpoints(longer));
        assertEquals("VALID", service.verify(same).verdict().name());
        assertEquals(0, service.writtenDigests().size());

        // A reader without a content URL (some stores): nothing is looked up.
        NodeRef none = document("17-QD-UBND.pdf", VanthuModel.TYPE_INCOMING_DOCUMENT, null);
        service.rememberWrittenDigest(same, URL, checkpoints(changed));
        assertEquals("VALID", service.verify(none).verdict().name());
        assertEquals(1, service.writtenDigests().size());
    }

    @Test
    void onlyPdfsThatWillBeVerifiedAreKept() throws Exception {
        NodeRef attachment = document("phu-luc.pdf", ContentModel.TYPE_CONTENT, URL);
        service.rememberWrittenDigest(attachment, URL, checkpoints(signed));
        assertEquals(0, service.writtenDigests().size(), "a plain cm:content PDF is not verified (verifyAllPdf=false)");
        service.setVerifyAllPdf(true);
        service.rememberWrittenDigest(attachment, URL, checkpoints(signed));
        assertEquals(1, service.writtenDigests().size());

        NodeRef text = document("phu-luc.txt", VanthuModel.TYPE_INCOMING_DOCUMENT, URL + "-txt");
        service.rememberWrittenDigest(text, URL + "-txt", checkpoints(signed));
        assertEquals(1, service.writtenDigests().size(), "not a PDF: the checkpoints would never be used");
        service.rememberWrittenDigest(attachment, null, checkpoints(signed));
        service.rememberWrittenDigest(attachment, URL + "-3", null);
        assertEquals(1, service.writtenDigests().size());
    }

    @Test
    void atMost32EntriesTheOldestGoingFirst() {
        WrittenDigests w = new WrittenDigests();
        List<DigestCheckpoints> kept = new ArrayList<>();
        for (int i = 0; i < WrittenDigests.MAX_ENTRIES + 8; i++) {
            DigestCheckpoints d = checkpoints(new byte[i + 1]);
            kept.add(d);
            w.put("store://" + i, d);
        }
        assertEquals(WrittenDigests.MAX_ENTRIES, w.size());
        assertNull(w.take("store://0", 1), "evicted");
        assertNull(w.take("store://7", 8), "evicted");
        assertSame(kept.get(8), w.take("store://8", 9));
        assertSame(kept.get(39), w.take("store://39", 40));
        assertNull(w.take("store://39", 40), "taken once");
        assertEquals(WrittenDigests.MAX_ENTRIES - 2, w.size());
    }

    @Test
    void entriesExpireAfterFiveMinutes() {
        AtomicLong now = new AtomicLong(-123_456_789L);
        WrittenDigests w = new WrittenDigests(now::get);
        DigestCheckpoints d = checkpoints(new byte[10]);
        w.put("store://a", d);
        w.put("store://b", d);
        now.addAndGet(TimeUnit.MINUTES.toNanos(WrittenDigests.MAX_AGE_MINUTES) - 1);
        assertSame(d, w.take("store://a", 10), "still fresh");
        now.addAndGet(2);
        assertNull(w.take("store://b", 10), "expired");
        w.put("store://c", d);
        now.addAndGet(TimeUnit.MINUTES.toNanos(WrittenDigests.MAX_AGE_MINUTES) + 1);
        w.put("store://d", d);
        assertEquals(1, w.size(), "expired entries are purged when another is added");
    }

    @Test
    void concurrentReceiptsAndVerificationsKeepTheBound() throws Exception {
        WrittenDigests w = new WrittenDigests();
        DigestCheckpoints d = checkpoints(new byte[3]);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> found = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                found.add(pool.submit(() -> {
                    int hits = 0;
                    for (int i = 0; i < 5_000; i++) {
                        String url = "store://" + thread + "/" + i;
                        w.put(url, d);
                        if (w.take(url, 3) == d) {
                            hits++;
                        }
                    }
                    return hits;
                }));
            }
            for (Future<Integer> f : found) {
                // At most four entries are in flight, far below the bound: none is lost to another thread.
                assertEquals(5_000, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(0, w.size());
    }
}
