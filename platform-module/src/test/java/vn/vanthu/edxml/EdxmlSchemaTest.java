package vn.vanthu.edxml;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;
import vn.vanthu.signature.SigningFixtures;

/** What the writer produces is valid against Vanthu's XSD; the XSD rejects what it should. */
class EdxmlSchemaTest {

    private static Schema schema() throws SAXException {
        var url = EdxmlSchemaTest.class.getResource(EdxmlNames.SCHEMA_RESOURCE);
        assertNotNull(url);
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        return f.newSchema(url);
    }

    private static void validate(byte[] xml) throws Exception {
        Validator v = schema().newValidator();
        v.validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    @Test
    void writerOutputIsValid() throws Exception {
        SigningFixtures pki = SigningFixtures.get();
        for (EdxmlSigner signer : new EdxmlSigner[] {null, EdxmlSamples.signer(pki.signer)}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new EdxmlWriter().write(EdxmlSamples.header(), List.of(
                    AttachmentSource.ofBytes(EdxmlSamples.pdf(8_000, 4), "04-QĐ-UBND.pdf", "application/pdf"),
                    AttachmentSource.ofBytes("Phụ lục".getBytes(StandardCharsets.UTF_8), "Phụ lục.txt", "text/plain")), out, signer);
            assertDoesNotThrow(() -> validate(out.toByteArray()));
        }
        // a minimal header (only the required fields) too
        EdxmlHeader minimal = EdxmlHeader.builder().from(EdxmlOrgan.of("H15.50.05.13", "UBND xã Phú Hồ"))
                .addTo(EdxmlOrgan.of("H15.50", null)).documentId("id-1").code("1", "UBND-VP")
                .promulgation(null, java.time.LocalDate.of(2023, 12, 31))
                .documentType(new EdxmlDocumentType(2, 0, "Công văn")).subject("V/v họp").build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdxmlWriter().write(minimal, List.of(AttachmentSource.ofBytes(new byte[0], "trống.pdf", "application/pdf")), out, null);
        assertDoesNotThrow(() -> validate(out.toByteArray()));
    }

    @Test
    void statusOutputIsValid() throws Exception {
        for (EdxmlStatusCode c : EdxmlStatusCode.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new EdxmlWriter().writeStatus(EdxmlStatusTest.status(c, "Lý do"), out, EdxmlSamples.signer(SigningFixtures.get().signer));
            assertDoesNotThrow(() -> validate(out.toByteArray()));
        }
    }

    @Test
    void theSchemaRejectsBrokenPackages() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdxmlWriter().write(EdxmlSamples.header(), List.of(AttachmentSource.ofBytes(new byte[] {1, 2, 3}, "a.pdf", "application/pdf")), out, null);
        String xml = out.toString(StandardCharsets.UTF_8);
        for (String broken : List.of(
                xml.replace("<CodeNumber>04</CodeNumber>", "<CodeNumber>bốn</CodeNumber>"),
                xml.replace("<Priority>1</Priority>", "<Priority>9</Priority>"),
                xml.replace("<PromulgationDate>2023/01/06</PromulgationDate>", "<PromulgationDate>06/01/2023</PromulgationDate>"),
                xml.replace("AQID", "AQ!D"),
                xml.replaceAll("<DocumentId>[^<]*</DocumentId>", ""))) {
            assertThrows(SAXException.class, () -> validate(broken.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
