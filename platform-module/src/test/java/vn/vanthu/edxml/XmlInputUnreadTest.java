package vn.vanthu.edxml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.vanthu.signature.SigningFixtures;

/**
 * The characters the guard read ahead past an attachment's start tag go back to the source to be
 * decoded from the bytes in whole stages: only when they are exactly the last bytes read, one per
 * character; otherwise nothing changes and they go to the decoder as characters. Stages read
 * straight from the stream end exactly at the end tag whatever its place and the stream's pieces.
 */
class XmlInputUnreadTest {

    private static XmlInput.Source source(byte[] bytes, Charset cs) throws IOException {
        XmlInput.Source s = new XmlInput.Source(new ByteArrayInputStream(bytes), new byte[XmlInput.Source.SIZE]);
        s.head(4);
        s.start(0, cs);
        return s;
    }

    private static String rest(XmlInput.Source s) throws IOException {
        StringBuilder b = new StringBuilder();
        char[] c = new char[777];
        for (int n; (n = s.read(c, 0, c.length)) > 0; ) {
            b.append(c, 0, n);
        }
        return b.toString();
    }

    @Test
    void asciiReadAheadGoesBackAndIsDecodedFromTheBytes() throws Exception {
        byte[] data = new byte[200_000];
        new Random(4).nextBytes(data);
        String b64 = Base64.getEncoder().encodeToString(data);
        String after = "</ContentTransferEncoded><Description>Quyết định số 04</Description>";
        byte[] doc = ("<ContentTransferEncoded>" + b64 + after).getBytes(StandardCharsets.UTF_8);
        XmlInput.Source s = source(doc, StandardCharsets.UTF_8);
        char[] c = new char[4096];
        assertEquals(4096, s.read(c, 0, c.length));
        int start = "<ContentTransferEncoded>".length();
        assertTrue(s.unread(c, start, c.length));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Base64Decoder d = new Base64Decoder(out);
        assertEquals(b64.length(), s.bypassBytes(d), "every base64 byte from the first, none of the markup");
        d.finish();
        assertArrayEquals(data, out.toByteArray());
        assertEquals(after, rest(s), "the characters after the base64 are read as before");
    }

    @Test
    void nonAsciiOrForeignCharactersOrAWideEncodingStayRead() throws Exception {
        String text = "<a>QUJDQUJD</a><b>Tệp đính kèm</b>";
        for (Charset cs : new Charset[] {StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16LE}) {
            String t = cs.equals(StandardCharsets.ISO_8859_1) ? "<a>QUJDQUJD</a><b>Quy\u00eat</b>" : text;
            XmlInput.Source s = source(t.getBytes(cs), cs);
            char[] c = new char[4096];
            int n = s.read(c, 0, c.length);
            assertEquals(t.length(), n, cs.name());
            assertFalse(s.unread(c, 3, n), cs + ": not all ASCII");
            if (!cs.equals(StandardCharsets.UTF_16LE)) {
                assertTrue(s.unread(c, n - 0, n), "nothing to give back is always possible");
            }
            char[] other = "QUJD".toCharArray();
            assertFalse(s.unread(other, 0, other.length), cs + ": not the last characters read");
            assertEquals("", rest(s), cs + ": the source is where it was");
        }
        XmlInput.Source wide = source("<a>QUJD</a>".getBytes(StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        char[] c = new char[64];
        int n = wide.read(c, 0, c.length);
        assertFalse(wide.unread(c, 3, 7), "UTF-16: the bytes are not the characters");
        assertEquals(11, n);
    }

    @Test
    void packagesReadTheSameWhetherTheReadAheadGoesBackOrNot() throws Exception {
        SigningFixtures pki = SigningFixtures.get();
        EdxmlReader reader = new EdxmlReader(new EdxmlSignatureVerifier(pki.trustStore()));
        byte[] small = "Phụ lục: danh sách hộ được hỗ trợ".getBytes(StandardCharsets.UTF_8);
        byte[] pdf = EdxmlSamples.pdf(300_000, 8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdxmlWriter().write(EdxmlSamples.header(), List.of(AttachmentSource.ofBytes(pdf, "qd.pdf", "application/pdf"),
                AttachmentSource.ofBytes(small, "Phụ lục.txt", "text/plain")), out, null);
        String xml = out.toString(StandardCharsets.UTF_8);
        long b64 = (pdf.length + 2) / 3 * 4 + (small.length + 2) / 3 * 4;
        // as written; then with Vietnamese right after each end tag, within the characters read ahead
        for (String variant : new String[] {xml, xml.replace("</ContentTransferEncoded>", "</ContentTransferEncoded><!-- Tệp đính kèm -->")}) {
            EdxmlSamples.MemorySink sink = new EdxmlSamples.MemorySink();
            long before = reader.bypassedChars.get();
            EdxmlPackage p = reader.read(new ByteArrayInputStream(variant.getBytes(StandardCharsets.UTF_8)), sink);
            assertArrayEquals(pdf, sink.bytes(p.attachments().get(0).contentId()));
            assertArrayEquals(small, sink.bytes(p.attachments().get(1).contentId()));
            assertEquals(EdxmlSamples.header(), p.header());
            assertEquals(b64, reader.bypassedChars.get() - before, "all the base64 went past the parser");
        }
    }

    @Test
    void theEndTagAtEveryPlaceAroundAStageReadStraightFromTheStreamEndsTheAttachmentExactly() throws Exception {
        EdxmlReader reader = new EdxmlReader(new EdxmlSignatureVerifier(SigningFixtures.get().trustStore()));
        int stage = Base64Decoder.STAGE;
        Random random = new Random(12);
        for (int groups : new int[] {3 * stage / 4 - 2, 3 * stage / 4 - 1, 3 * stage / 4, 3 * stage / 4 + 1, 5 * stage / 4 + 3}) {
            for (int less : new int[] {0, 1, 2}) { // no padding, "==", "="
                byte[] data = new byte[groups * 3 - less];
                random.nextBytes(data);
                byte[] pkg = EdxmlSamples.packed(data);
                for (int piece : new int[] {Integer.MAX_VALUE, 4093, 7}) {
                    java.io.InputStream in = piece == Integer.MAX_VALUE ? new ByteArrayInputStream(pkg) : EdxmlSamples.trickle(pkg, piece);
                    EdxmlSamples.MemorySink sink = new EdxmlSamples.MemorySink();
                    long before = reader.bypassedChars.get();
                    EdxmlPackage p = reader.read(in, sink);
                    String what = groups + "/" + less + "/" + piece;
                    assertArrayEquals(data, sink.bytes(p.mainAttachment().contentId()), what);
                    assertEquals(groups * 4L, reader.bypassedChars.get() - before, what);
                    assertEquals(EdxmlSamples.header(), p.header(), what);
                }
            }
        }
    }
}
