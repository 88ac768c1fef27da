package vn.vanthu.edxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanthu.signature.TrustStore;

/** Hostile XML is refused with a clear problem, and reads nothing from outside. */
class EdxmlHostileXmlTest {

    private final EdxmlReader reader = new EdxmlReader(new EdxmlSignatureVerifier(TrustStore.governmentDefault()));

    private EdxmlException refused(byte[] xml) {
        EdxmlSamples.MemorySink sink = new EdxmlSamples.MemorySink();
        EdxmlException e = assertThrows(EdxmlException.class, () -> reader.read(new ByteArrayInputStream(xml), sink));
        assertTrue(sink.discarded);
        return e;
    }

    private static String withDoctype(String doctype, String subject) {
        String v = HandWritten.valid();
        return v.replace("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + doctype + "\n")
                .replace("<![CDATA[V/v báo cáo kết quả cải cách hành chính quý I & đề xuất năm 2023]]>", subject);
    }

    @Test
    void externalEntitiesAreNeverRead(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "MẬT KHẨU BÍ MẬT");
        String xml = withDoctype("<!DOCTYPE edXML [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>", "&xxe;");
        EdxmlException e = refused(xml.getBytes(StandardCharsets.UTF_8));
        assertEquals(EdxmlProblem.DTD_NOT_ALLOWED, e.problems().get(0).code(), e.problems().toString());
        assertFalse(e.getMessage().contains("BÍ MẬT"));
        String param = withDoctype("<!DOCTYPE edXML [<!ENTITY % p SYSTEM \"" + secret.toUri() + "\"> %p;]>", "x");
        assertEquals(EdxmlProblem.DTD_NOT_ALLOWED, refused(param.getBytes(StandardCharsets.UTF_8)).problems().get(0).code());
        String external = withDoctype("<!DOCTYPE edXML SYSTEM \"" + secret.toUri() + "\">", "x");
        assertEquals(EdxmlProblem.DTD_NOT_ALLOWED, refused(external.getBytes(StandardCharsets.UTF_8)).problems().get(0).code());
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE edXML [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        EdxmlException e = refused(withDoctype(dtd.toString(), "&lol9;").getBytes(StandardCharsets.UTF_8));
        assertEquals(EdxmlProblem.DTD_NOT_ALLOWED, e.problems().get(0).code(), e.problems().toString());
    }

    @Test
    void aHugeElementIsRefusedWithoutReadingItAll() {
        // 64 MiB of subject, generated lazily: the reader stops at its 1 Mi character limit
        String v = HandWritten.valid();
        int at = v.indexOf("<![CDATA[");
        byte[] head = v.substring(0, at).getBytes(StandardCharsets.UTF_8);
        InputStream body = new InputStream() {
            long left = 64L << 20;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'a');
                left -= n;
                return n;
            }
        };
        InputStream tail = new ByteArrayInputStream(v.substring(v.indexOf("]]>") + 3).getBytes(StandardCharsets.UTF_8));
        InputStream in = new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head), body, tail)));
        EdxmlSamples.MemorySink sink = new EdxmlSamples.MemorySink();
        EdxmlException e = assertThrows(EdxmlException.class, () -> reader.read(in, sink));
        assertEquals(EdxmlProblem.TOO_LARGE, e.problems().get(0).code());
    }

    @Test
    void deepNestingAndTooManyElementsAreRefused() {
        String deep = "<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">" + "<a>".repeat(200) + "</a>".repeat(200) + "</edXML>";
        assertEquals(EdxmlProblem.TOO_LARGE, refused(deep.getBytes(StandardCharsets.UTF_8)).problems().get(0).code());
        String many = "<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">" + "<a/>".repeat(100_001) + "</edXML>";
        assertEquals(EdxmlProblem.TOO_LARGE, refused(many.getBytes(StandardCharsets.UTF_8)).problems().get(0).code());
    }

    @Test
    void aTruncatedPackageIsMalformedXml() {
        String v = HandWritten.valid();
        EdxmlException e = refused(v.substring(0, v.length() - 40).getBytes(StandardCharsets.UTF_8));
        assertEquals(EdxmlProblem.MALFORMED_XML, e.problems().get(0).code(), e.problems().toString());
    }

    /** An input stream of {@code head}, then {@code n} times {@code fill}, then {@code tail}, generated lazily. */
    static InputStream lazy(String head, long n, char fill, String tail) {
        InputStream body = new InputStream() {
            long left = n;

            @Override
            public int read() {
                return left-- > 0 ? fill : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int k = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + k, (byte) fill);
                left -= k;
                return k;
            }
        };
        return new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), body,
                new ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8)))));
    }

    @Test
    void hugeAttributesCommentsAndInstructionsAreRefusedBeforeTheParserBuffersThem() {
        // the JDK parser would buffer each of these whole: 256 MiB would exhaust the heap
        String ns = "<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">";
        String[][] cases = {
                {ns + "<edXMLEnvelope a=\"", "\"/></edXML>"},
                {ns + "<!--", "--></edXML>"},
                {ns + "<?pi ", "?></edXML>"},
                {ns + "<edXMLEnvelope a='x' b='", "'/></edXML>"}};
        for (String[] c : cases) {
            EdxmlSamples.MemorySink sink = new EdxmlSamples.MemorySink();
            EdxmlException e = assertThrows(EdxmlException.class, () -> reader.read(lazy(c[0], 256L << 20, 'a', c[1]), sink), c[0]);
            assertEquals(EdxmlProblem.TOO_LARGE, e.problems().get(0).code(), c[0] + " " + e.problems());
        }
        // a huge DOCTYPE is refused too
        EdxmlException dtd = assertThrows(EdxmlException.class, () -> reader.read(
                lazy("<!DOCTYPE edXML [<!ENTITY a \"", 256L << 20, 'a', "\">]><edXML/>"), AttachmentSink.discarding()));
        assertTrue(dtd.has(EdxmlProblem.TOO_LARGE) || dtd.has(EdxmlProblem.DTD_NOT_ALLOWED), dtd.problems().toString());
    }

    @Test
    void aCdataSectionIsStreamedAsText() throws Exception {
        byte[] data = new byte[3 << 20];
        new java.util.Random(5).nextBytes(data);
        String v = HandWritten.valid().replaceAll("(?s)<ContentTransferEncoded>.*</ContentTransferEncoded>",
                "<ContentTransferEncoded><![CDATA[" + java.util.Base64.getMimeEncoder().encodeToString(data) + "]]></ContentTransferEncoded>")
                .replace(HandWritten.sha256(HandWritten.PDF), HandWritten.sha256(data))
                .replace("<edXML:AttachmentSize>" + HandWritten.PDF.length, "<edXML:AttachmentSize>" + data.length)
                .replace("<![CDATA[V/v báo cáo kết quả cải cách hành chính quý I & đề xuất năm 2023]]>",
                        "<![CDATA[a < b & c ]] > d ]]]]><![CDATA[>]]>");
        EdxmlSamples.MemorySink sink = new EdxmlSamples.MemorySink();
        EdxmlPackage p = reader.read(new ByteArrayInputStream(v.getBytes(StandardCharsets.UTF_8)), sink);
        assertEquals("a < b & c ]] > d ]]>", p.header().subject());
        org.junit.jupiter.api.Assertions.assertArrayEquals(data, sink.bytes(p.mainAttachment().contentId()));
    }

    @Test
    void bytesOutsideTheDeclaredEncodingAreMalformed() {
        byte[] v = HandWritten.valid().getBytes(StandardCharsets.UTF_8);
        byte[] bad = v.clone();
        int at = HandWritten.valid().indexOf("Sở Nội vụ tỉnh");
        bad[at + 1] = (byte) 0xFF;
        EdxmlException e = refused(bad);
        assertEquals(EdxmlProblem.MALFORMED_XML, e.problems().get(0).code(), e.problems().toString());
        EdxmlException enc = refused(HandWritten.valid().replace("encoding=\"utf-8\"", "encoding=\"x-khong-co\"").getBytes(StandardCharsets.UTF_8));
        assertEquals(EdxmlProblem.MALFORMED_XML, enc.problems().get(0).code());
        assertTrue(enc.problems().get(0).en().contains("x-khong-co"));
    }
}
