package vn.vanthu.edxml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanthu.signature.SigningFixtures;

class EdxmlRoundTripTest {

    private final SigningFixtures pki = SigningFixtures.get();
    private final EdxmlReader reader = new EdxmlReader(new EdxmlSignatureVerifier(pki.trustStore()));
    private final EdxmlWriter writer = new EdxmlWriter();

    @Test
    void packThenUnpackGivesTheSameHeaderAndBytes() throws Exception {
        byte[] pdf = EdxmlSamples.pdf(40_000, 1);
        byte[] appendix = "Phụ lục I: Danh mục nhiệm vụ cải cách hành chính năm 2023\n".repeat(300).getBytes(StandardCharsets.UTF_8);
        EdxmlHeader header = EdxmlSamples.header();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(header, List.of(AttachmentSource.ofBytes(pdf, "04-QĐ-UBND.pdf", "application/pdf"),
                AttachmentSource.ofBytes(appendix, "Phụ lục I.txt", "text/plain")), out, null);

        EdxmlSamples.MemorySink sink = new EdxmlSamples.MemorySink();
        EdxmlPackage p = reader.read(new ByteArrayInputStream(out.toByteArray()), sink);

        assertEquals(header, p.header());
        assertEquals(2, p.attachments().size());
        EdxmlAttachmentInfo main = p.mainAttachment();
        assertEquals("04-QĐ-UBND.pdf", main.name());
        assertEquals("application/pdf", main.contentType());
        assertEquals(pdf.length, main.actualSize());
        assertEquals(pdf.length, main.declaredSize());
        String sha = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertEquals(sha, main.actualSha256());
        assertEquals(sha, main.declaredSha256());
        assertArrayEquals(pdf, sink.bytes(main.contentId()));
        assertArrayEquals(appendix, sink.bytes(p.attachments().get(1).contentId()));
        assertEquals("Phụ lục I.txt", p.attachments().get(1).name());
        assertEquals(2, sink.closed);
        assertFalse(sink.discarded);
        assertEquals(EdxmlSignatureStatus.UNSIGNED, p.signature().status());
    }

    @Test
    void signedPackageVerifiesAndItsBase64IsOneUnwrappedLine() throws Exception {
        byte[] pdf = EdxmlSamples.pdf(20_000, 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(EdxmlSamples.header(), List.of(AttachmentSource.ofBytes(pdf, "qd.pdf", "application/pdf")), out,
                EdxmlSamples.signer(pki.signer));
        String xml = out.toString(StandardCharsets.UTF_8);
        assertTrue(xml.contains("<ds:Signature"), xml.substring(0, 200));
        String b64 = xml.substring(xml.indexOf("<ContentTransferEncoded>") + 24, xml.indexOf("</ContentTransferEncoded>"));
        assertTrue(b64.matches("[A-Za-z0-9+/]+=*"), "one line of base64, no whitespace");
        assertArrayEquals(pdf, Base64.getDecoder().decode(b64));
        EdxmlSamples.MemorySink sink = new EdxmlSamples.MemorySink();
        EdxmlPackage p = reader.read(new ByteArrayInputStream(out.toByteArray()), sink);
        assertEquals(EdxmlSignatureStatus.VALID, p.signature().status(), p.signature().reasons().toString());
        assertNotNull(p.signature().anchor());
        assertEquals(pki.signer.cert(), p.signature().certificate());
        assertEquals(pki.signer.cert().getSubjectX500Principal().getName(), p.signature().signer());
        assertArrayEquals(pdf, sink.bytes(p.mainAttachment().contentId()));
    }

    @Test
    void emptyAttachmentAndExactMultiplesOfTheLineSizeRoundTrip() throws Exception {
        for (int size : new int[] {0, 1, 2, 3, 57, 58, 8208, 8209, 57 * 144 * 3}) {
            byte[] data = new byte[size];
            for (int i = 0; i < size; i++) {
                data[i] = (byte) (i * 31 + 7);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.write(EdxmlSamples.header(), List.of(AttachmentSource.ofBytes(data, "d.bin", "application/octet-stream")), out, null);
            EdxmlSamples.MemorySink sink = new EdxmlSamples.MemorySink();
            EdxmlPackage p = reader.read(new ByteArrayInputStream(out.toByteArray()), sink);
            assertArrayEquals(data, sink.bytes(p.mainAttachment().contentId()), "size " + size);
        }
    }

    @Test
    void writerRefusesAHeaderWithoutCodeOrAttachment() {
        EdxmlHeader noCode = EdxmlSamples.header().toBuilder().code(null, "QĐ-UBND").build();
        EdxmlException e = assertThrows(EdxmlException.class, () -> writer.write(noCode, List.of(), new ByteArrayOutputStream(), null));
        assertTrue(e.has(EdxmlProblem.MISSING_CODE));
        assertTrue(e.has(EdxmlProblem.NO_ATTACHMENT));
    }
}
