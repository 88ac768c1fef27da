package vn.vanthu.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.vanthu.signature.LtvFixtures.by;
import static vn.vanthu.signature.LtvFixtures.ltv;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF text strings as the signers that write them: NSS (raw UTF-8), Adobe/PDFBox (UTF-16BE), PDF 2.0 (UTF-8 BOM), PDFDocEncoding. */
class PdfTextTest {

    private static final String NAME = "Nguyễn Văn An";

    @TempDir
    Path dir;

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void decodesEveryEncoding() {
        assertEquals(NAME, PdfText.decode(NAME.getBytes(StandardCharsets.UTF_8)));
        assertEquals(NAME, PdfText.decode(concat(bytes(0xFE, 0xFF), NAME.getBytes(StandardCharsets.UTF_16BE))));
        assertEquals(NAME, PdfText.decode(concat(bytes(0xEF, 0xBB, 0xBF), NAME.getBytes(StandardCharsets.UTF_8))));
        // PDFDocEncoding: bullet 0x80, em dash 0x84, trade mark 0x92, euro 0xA0, breve 0x18; Latin-1 above
        assertEquals("\u2022 A\u2014B \u2122 \u20AC \u02D8 \u00E9", PdfText.decode(
                bytes(0x80, ' ', 'A', 0x84, 'B', ' ', 0x92, ' ', 0xA0, ' ', 0x18, ' ', 0xE9)));
        // Latin-1 would have given C1 controls here
        assertEquals("\u201Cx\u201D", PdfText.decode(bytes(0x8D, 'x', 0x8E)));
        // ASCII is ASCII in all of them
        assertEquals("Ky so", PdfText.decode("Ky so".getBytes(StandardCharsets.US_ASCII)));
        // UTF-16 language escape removed
        assertEquals("An", PdfText.decode(concat(bytes(0xFE, 0xFF, 0, 0x1B, 0, 'v', 0, 'i', 0, 0x1B),
                "An".getBytes(StandardCharsets.UTF_16BE))));
    }

    @Test
    void malformedUtf8FallsBackToPdfDocEncoding() {
        // "Nguy" + a cut 3-byte sequence: not UTF-8, so each byte is PDFDocEncoding
        assertEquals("Nguy\u00E1\u00BB", PdfText.decode(bytes('N', 'g', 'u', 'y', 0xE1, 0xBB)));
        // overlong encoding of '/' (C0 AF) is not well-formed UTF-8
        assertEquals("\u00C0\u00AF", PdfText.decode(bytes(0xC0, 0xAF)));
        // an encoded surrogate (ED A0 80) is not well-formed either
        assertEquals("\u00ED\u20AC\u2022", PdfText.decode(bytes(0xED, 0xA0, 0x80)));
    }

    @Test
    void namesOfRealSignaturesComeOutRight() throws Exception {
        SigningFixtures pki = SigningFixtures.get();
        byte[] plain = SigningFixtures.pdf(5_000, 3);
        SignatureVerifier v = new SignatureVerifier(pki.trustStore());
        // NSS writes raw UTF-8 (PDFBox writes these bytes as a literal string, escaping nothing but delimiters)
        byte[] nss = LtvFixtures.signPdf(plain, "adbe.pkcs7.detached", NAME.getBytes(StandardCharsets.UTF_8),
                by(pki.signer, ltv()));
        assertEquals(NAME, v.verifyPdf(Files.write(dir.resolve("nss.pdf"), nss)).signatures().get(0).toMap().get("name"));
        byte[] utf16 = LtvFixtures.signPdf(plain, "adbe.pkcs7.detached",
                concat(bytes(0xFE, 0xFF), NAME.getBytes(StandardCharsets.UTF_16BE)), by(pki.signer, ltv()));
        assertEquals(NAME, v.verifyPdf(Files.write(dir.resolve("u16.pdf"), utf16)).signatures().get(0).toMap().get("name"));
        // PDFBox's own setName/setReason/setLocation (UTF-16BE hex for Vietnamese)
        byte[] pdfbox = SigningFixtures.signPdf(plain, pki.signer, SigningFixtures.options());
        var s = v.verifyPdf(Files.write(dir.resolve("pb.pdf"), pdfbox)).signatures().get(0).toMap();
        assertEquals("Phát hành văn bản", s.get("reason"));
    }

    @Test
    void literalEscapesAndHexStringsAreDecodedBeforeTheText() throws Exception {
        // "Nguy\341\273\205n" (octal escapes of UTF-8) and <4E677579E1BB856E> are the same UTF-8 bytes
        String literal = "1 0 obj\n<< /ByteRange [0 1 2 3] /Contents <00> /Name (Nguy\\341\\273\\205n \\(A\\)) "
                + "/Reason <4E677579E1BB856E> /Location (Ha\\\nNoi) >>\nendobj\n";
        ByteWindow w = new ByteWindow(new ByteArrayChannel(literal.getBytes(StandardCharsets.ISO_8859_1)),
                literal.length(), 4096);
        SignatureDictionary d = new PdfDictionaryParser(w).parseAt(literal.indexOf("/ByteRange"));
        assertEquals("Nguyễn (A)", d.name);
        assertEquals("Nguyễn", d.reason);
        assertEquals("HaNoi", d.location);
    }
}
