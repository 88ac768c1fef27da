package vn.vanthu.edxml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import vn.vanthu.signature.TrustStore;

/**
 * The reader lends its working arrays to one read at a time and keeps them for the next: a read
 * after a large package, after a refused one (its arrays left full of that package's bytes) or
 * beside other reads on other threads still gives exactly its own attachments.
 */
class EdxmlReadBuffersTest {

    private final EdxmlReader reader = new EdxmlReader(new EdxmlSignatureVerifier(TrustStore.governmentDefault()));

    private static byte[] random(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    private byte[] readOnly(byte[] pkg) throws Exception {
        EdxmlSamples.MemorySink sink = new EdxmlSamples.MemorySink();
        EdxmlPackage p = reader.read(new ByteArrayInputStream(pkg), sink);
        assertEquals(1, p.attachments().size());
        return sink.bytes(p.attachments().get(0).contentId());
    }

    @Test
    void aReadAfterALargeOrARefusedPackageGetsOnlyItsOwnBytes() throws Exception {
        byte[] large = random(700_000, 1);
        assertArrayEquals(large, readOnly(EdxmlSamples.packed(large)));
        assertEquals(1, reader.buffers.idleCount(), "the arrays are back for the next read");
        // Refused half-way through the base64: the lent arrays hold that package's bytes.
        String broken = new String(EdxmlSamples.packed(random(500_000, 2)), StandardCharsets.UTF_8);
        int at = broken.indexOf("<ContentTransferEncoded>") + 300_000;
        byte[] refused = (broken.substring(0, at) + "*" + broken.substring(at + 1)).getBytes(StandardCharsets.UTF_8);
        EdxmlSamples.MemorySink sink = new EdxmlSamples.MemorySink();
        EdxmlException e = assertThrows(EdxmlException.class, () -> reader.read(new ByteArrayInputStream(refused), sink));
        assertTrue(e.problems().stream().anyMatch(p -> p.code().equals(EdxmlProblem.MALFORMED_BASE64)), e.getMessage());
        assertTrue(sink.discarded);
        assertEquals(1, reader.buffers.idleCount(), "given back after a refusal too");
        for (int size : new int[] {1, 3, 1_000, 65_536, 100_000}) {
            byte[] small = random(size, size);
            assertArrayEquals(small, readOnly(EdxmlSamples.packed(small)), "size " + size);
        }
    }

    @Test
    void concurrentReadsEachGetTheirOwnBytesAndAtMostAFewSetsAreKept() throws Exception {
        int threads = ReadBuffers.Pool.KEPT + 2;
        List<byte[]> attachments = new ArrayList<>();
        List<byte[]> packages = new ArrayList<>();
        for (int i = 0; i < threads * 2; i++) {
            byte[] a = random(20_000 + 37_000 * i, 100 + i);
            attachments.add(a);
            packages.add(EdxmlSamples.packed(a));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                done.add(pool.submit(() -> {
                    for (int round = 0; round < 15; round++) {
                        int k = (first + round) % packages.size();
                        assertArrayEquals(attachments.get(k), readOnly(packages.get(k)), "package " + k);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        int idle = reader.buffers.idleCount();
        assertTrue(idle >= 1 && idle <= ReadBuffers.Pool.KEPT, "idle sets " + idle);
    }

    @Test
    void theParserIsReusedAndARefusalLeavesNothingInItForTheNextPackage() throws Exception {
        javax.xml.stream.XMLInputFactory f = EdxmlReader.newFactory();
        javax.xml.stream.XMLStreamReader first = f.createXMLStreamReader(new java.io.StringReader("<a><b/></a>"));
        while (first.hasNext()) {
            first.next();
        }
        first.close();
        javax.xml.stream.XMLStreamReader second = f.createXMLStreamReader(new java.io.StringReader("<c>x</c>"));
        assertTrue(first == second, "the JDK's parser is handed over again once closed");
        assertEquals(javax.xml.stream.XMLStreamConstants.START_ELEMENT, second.next());
        assertEquals("c", second.getLocalName(), "and reads the new input from its start");
        second.close();

        byte[] good = random(90_000, 7);
        byte[] pkg = EdxmlSamples.packed(good);
        String xml = new String(pkg, StandardCharsets.UTF_8);
        String deep = "<x>".repeat(5_000);
        List<byte[]> refused = List.of(
                java.util.Arrays.copyOf(pkg, pkg.length / 2), // cut in the middle of the base64
                xml.replace("<OrganId>", "<OrganId><OrganId>").getBytes(StandardCharsets.UTF_8), // unbalanced
                xml.replaceFirst("<edXMLEnvelope>", "<edXMLEnvelope>" + deep).getBytes(StandardCharsets.UTF_8), // too deep
                ("<!DOCTYPE x [<!ENTITY a \"aaaa\">]>" + xml.substring(xml.indexOf("?>") + 2)).getBytes(StandardCharsets.UTF_8));
        for (int round = 0; round < 40; round++) {
            byte[] bad = refused.get(round % refused.size());
            assertThrows(EdxmlException.class, () -> reader.read(new ByteArrayInputStream(bad), new EdxmlSamples.MemorySink()), "refused " + round);
            assertArrayEquals(good, readOnly(pkg), "round " + round);
        }
        assertEquals(1, reader.buffers.idleCount(), "one set, its parser used 80 times");
    }
}
