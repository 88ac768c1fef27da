package vn.vanthu.edxml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.vanthu.signature.TrustStore;

/**
 * Attachments of several hundred kilobytes, larger than the decoder's 64 Ki-character stage and
 * the input's byte buffer, in hand-written packages of every form and encoding, delivered by
 * streams that return a few bytes or everything at a time: the same bytes come out, and a fault
 * deep inside the base64 is reported at its exact position.
 */
class EdxmlLargeAttachmentTest {

    private static final byte[] DATA = new byte[400_001];

    static {
        new Random(11).nextBytes(DATA);
    }

    private final EdxmlReader reader = new EdxmlReader(new EdxmlSignatureVerifier(TrustStore.governmentDefault()));

    private static String packageWith(String base64, String encoding) {
        return HandWritten.TEMPLATE.replace("encoding=\"utf-8\"", "encoding=\"" + encoding + "\"")
                .replace("@NUMBER@", "215").replace("@DATE@", "2023/03/15").replace("@TYPE@", "Công văn")
                .replace("@BASE64@", base64)
                .replace("@EXTRA@", "<edXML:AttachmentSize>" + DATA.length + "</edXML:AttachmentSize>\n"
                        + "<edXML:DigestValue Algorithm=\"http://www.w3.org/2001/04/xmlenc#sha256\">" + HandWritten.sha256(DATA)
                        + "</edXML:DigestValue>");
    }

    /** The package in {@code encoding}; characters it cannot hold as character references. */
    private static byte[] encode(String xml, String encoding) {
        Charset cs = Charset.forName(encoding);
        java.nio.charset.CharsetEncoder enc = cs.newEncoder();
        StringBuilder b = new StringBuilder(xml.length());
        xml.codePoints().forEach(cp -> {
            if (enc.canEncode(Character.toString(cp))) {
                b.appendCodePoint(cp);
            } else {
                b.append("&#").append(cp).append(';');
            }
        });
        return b.toString().getBytes(cs);
    }

    @Test
    void everyFormEncodingAndChunkingGivesTheSameBytes() throws Exception {
        String b64 = Base64.getEncoder().encodeToString(DATA);
        List<String> forms = List.of(
                b64,
                "\r\n" + Base64.getMimeEncoder().encodeToString(DATA) + "\r\n",
                "\n    " + String.join("\n    ", b64.split("(?<=\\G.{64})")) + "\n  ",
                "<![CDATA[" + b64.substring(0, 70_001) + "]]>" + b64.substring(70_001, 140_000) + "<![CDATA[\n" + b64.substring(140_000) + "]]>",
                b64.substring(0, 131_071) + " " + b64.substring(131_071) + "\t");
        long before = reader.bypassedChars.get();
        for (String form : forms) {
            for (String enc : List.of("utf-8", "ISO-8859-1", "UTF-16")) {
                byte[] pkg = encode(packageWith(form, enc), enc);
                for (int max : new int[] {Integer.MAX_VALUE, 7, 65_537}) {
                    EdxmlSamples.MemorySink sink = new EdxmlSamples.MemorySink();
                    InputStream in = max == Integer.MAX_VALUE ? new ByteArrayInputStream(pkg) : EdxmlSamples.trickle(pkg, max);
                    EdxmlPackage p = reader.read(in, sink);
                    String what = enc + "/" + max + "/" + form.substring(0, 12);
                    assertEquals("Sở Nội vụ tỉnh Thừa Thiên Huế", p.header().from().organName(), what);
                    assertArrayEquals(DATA, sink.bytes(p.mainAttachment().contentId()), what);
                    assertEquals(DATA.length, p.mainAttachment().actualSize(), what);
                }
            }
        }
        assertTrue(reader.bypassedChars.get() - before > 10L * b64.length(), "most of the base64 bypasses the parser");
    }

    @Test
    void aFaultDeepInsideIsReportedAtItsPosition() {
        String b64 = Base64.getEncoder().encodeToString(DATA);
        for (int at : new int[] {5, 65_536, 65_537, 131_073, 300_004}) { // a group's first or second character
            for (String bad : List.of("*", "=", "\u00e9", "<")) {
                String form = b64.substring(0, at) + bad + b64.substring(at);
                for (String enc : List.of("utf-8", "UTF-16")) {
                    byte[] pkg = encode(packageWith(form, enc), enc);
                    EdxmlSamples.MemorySink sink = new EdxmlSamples.MemorySink();
                    EdxmlException e = assertThrows(EdxmlException.class, () -> reader.read(new ByteArrayInputStream(pkg), sink),
                            at + bad + enc);
                    assertTrue(sink.discarded);
                    String codes = e.problems().toString();
                    if (bad.equals("<")) {
                        assertTrue(codes.contains(EdxmlProblem.MALFORMED_XML), at + enc + codes);
                    } else {
                        assertTrue(codes.contains(EdxmlProblem.MALFORMED_BASE64), at + bad + enc + codes);
                        assertTrue(e.problems().get(0).en().contains(" " + (at + 1)), at + bad + enc + ": " + e.problems().get(0).en());
                    }
                }
            }
        }
    }

    @Test
    void aChangedCharacterDeepInsideIsADigestMismatch() {
        String b64 = Base64.getEncoder().encodeToString(DATA);
        int at = 200_000;
        char flipped = b64.charAt(at) == 'A' ? 'B' : 'A';
        String form = b64.substring(0, at) + flipped + b64.substring(at + 1);
        EdxmlSamples.MemorySink sink = new EdxmlSamples.MemorySink();
        EdxmlException e = assertThrows(EdxmlException.class,
                () -> reader.read(new ByteArrayInputStream(packageWith(form, "utf-8").getBytes(StandardCharsets.UTF_8)), sink));
        assertEquals(EdxmlProblem.DIGEST_MISMATCH, e.problems().get(0).code());
        assertTrue(sink.discarded);
    }
}
