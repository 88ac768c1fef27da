package vn.vanthu.edxml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.vanthu.signature.TrustStore;

/** Packages written by hand (not by Vanthu's writer), their variants, and every validation error. */
class EdxmlValidationTest {

    private final EdxmlReader reader = new EdxmlReader(new EdxmlSignatureVerifier(TrustStore.governmentDefault()));

    private EdxmlPackage read(String xml, EdxmlSamples.MemorySink sink) throws Exception {
        return reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), sink);
    }

    private EdxmlException refused(String xml, EdxmlSamples.MemorySink sink) {
        EdxmlException e = assertThrows(EdxmlException.class, () -> read(xml, sink));
        assertTrue(sink.discarded, "the sink is discarded when the package is refused");
        assertTrue(sink.files.isEmpty());
        return e;
    }

    private static List<String> codes(EdxmlException e) {
        List<String> c = new ArrayList<>();
        e.problems().forEach(p -> c.add(p.code()));
        return c;
    }

    @Test
    void aPackageWrittenLikeTheAxisSdkIsRead() throws Exception {
        EdxmlSamples.MemorySink sink = new EdxmlSamples.MemorySink();
        EdxmlPackage p = read(HandWritten.valid(), sink);
        EdxmlHeader h = p.header();
        assertEquals("000.00.12.H15", h.from().organId());
        assertEquals("Sở Nội vụ", h.from().organInCharge());
        assertEquals("Sở Nội vụ tỉnh Thừa Thiên Huế", h.from().organName());
        assertEquals("H15.50.05.13", h.to().get(0).organId());
        assertEquals("000.00.12.H15,2023/03/15,215/SNV-CCHC", h.documentId());
        assertEquals("215/SNV-CCHC", h.numberAndNotation());
        assertEquals(LocalDate.of(2023, 3, 15), h.promulgationDate());
        assertEquals("Thừa Thiên Huế", h.promulgationPlace());
        assertEquals("Công văn", h.documentType().typeName());
        assertEquals("V/v báo cáo kết quả cải cách hành chính quý I & đề xuất năm 2023", h.subject());
        assertEquals(new EdxmlSignerInfo("KT.", "Phó Giám đốc", "Lê Thị Hồng Nhung"), h.signer());
        assertEquals(LocalDate.of(2023, 3, 31), h.dueDate());
        assertEquals(List.of("UBND các xã, phường", "Lưu: VT, CCHC"), h.toPlaces());
        assertEquals(2, h.otherInfo().priority());
        assertEquals(12, h.otherInfo().promulgationAmount());
        assertEquals(List.of(new EdxmlTraceHeader("000.00.12.H15", LocalDateTime.of(2023, 3, 15, 14, 5, 9))), h.traces());
        EdxmlAttachmentInfo a = p.mainAttachment();
        assertEquals("7f3c2a10-5b1e-4d7e-9a55-3c1b2d4e5f60", a.contentId());
        assertEquals("215-SNV-CCHC.pdf", a.name());
        assertEquals(HandWritten.PDF.length, a.actualSize());
        assertArrayEquals(HandWritten.PDF, sink.bytes(a.contentId()));
        assertEquals(EdxmlSignatureStatus.UNSIGNED, p.signature().status());
    }

    @Test
    void variantsOfFormAreReadAlike() throws Exception {
        String valid = HandWritten.valid();
        String b64 = Base64.getEncoder().encodeToString(HandWritten.PDF);
        String oneLine = valid.replaceAll("(?s)<ContentTransferEncoded>.*</ContentTransferEncoded>",
                "<ContentTransferEncoded>" + b64 + "</ContentTransferEncoded>");
        String cdata = valid.replaceAll("(?s)<ContentTransferEncoded>.*</ContentTransferEncoded>",
                "<ContentTransferEncoded><![CDATA[" + b64.substring(0, 100) + "]]>" + b64.substring(100, 200)
                        + "<![CDATA[\n" + b64.substring(200) + "]]></ContentTransferEncoded>");
        String wrapped64 = valid.replaceAll("(?s)<ContentTransferEncoded>.*</ContentTransferEncoded>",
                "<ContentTransferEncoded>\n    " + String.join("\n    ", b64.split("(?<=\\G.{64})")) + "\n  </ContentTransferEncoded>");
        // every element prefixed "x:", no default namespace; the attachment part in no namespace at all
        String otherPrefix = valid.replace("xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"", "")
                .replace("<edXML xmlns", "<x:edXML xmlns:x=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\" xmlns")
                .replace("</edXML>", "</x:edXML>").replace("edXML:", "x:").replace("xmlns:x=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">\n    <x:edXMLHeader",
                        ">\n    <x:edXMLHeader");
        // the whole package in the default namespace, no prefix
        String defaultNs = valid.replace(" xmlns:edXML=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\"", "").replace("edXML:", "");
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, HandWritten.utf8(valid));
        String charRefs = valid.replace("Sở Nội vụ tỉnh", "S&#7903; N&#x1ed9;i v&#7909; t&#7881;nh");

        EdxmlHeader expected = read(valid, new EdxmlSamples.MemorySink()).header();
        for (String variant : List.of(oneLine, cdata, wrapped64, otherPrefix, defaultNs, charRefs)) {
            EdxmlSamples.MemorySink sink = new EdxmlSamples.MemorySink();
            EdxmlPackage p = read(variant, sink);
            assertEquals(expected, p.header());
            assertArrayEquals(HandWritten.PDF, sink.bytes(p.mainAttachment().contentId()));
        }
        EdxmlSamples.MemorySink sink = new EdxmlSamples.MemorySink();
        EdxmlPackage p = reader.read(new ByteArrayInputStream(bom), sink);
        assertEquals(expected, p.header());
        assertArrayEquals(HandWritten.PDF, sink.bytes(p.mainAttachment().contentId()));
    }

    @Test
    void utf16PackagesAreReadFromTheirDeclaration() throws Exception {
        String xml = HandWritten.valid().replace("encoding=\"utf-8\"", "encoding=\"UTF-16\"");
        EdxmlSamples.MemorySink sink = new EdxmlSamples.MemorySink();
        EdxmlPackage p = reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_16)), sink);
        assertEquals("Sở Nội vụ tỉnh Thừa Thiên Huế", p.header().from().organName());
        assertArrayEquals(HandWritten.PDF, sink.bytes(p.mainAttachment().contentId()));
    }

    @Test
    void missingCode() {
        String xml = HandWritten.valid().replace("<edXML:CodeNumber>215</edXML:CodeNumber>", "<edXML:CodeNumber> </edXML:CodeNumber>");
        EdxmlException e = refused(xml, new EdxmlSamples.MemorySink());
        assertEquals(List.of(EdxmlProblem.MISSING_CODE), codes(e));
        assertEquals("MessageHeader/Code/CodeNumber", e.problems().get(0).field());
        assertTrue(e.problems().get(0).vi().contains("Thiếu số, ký hiệu"));
        String noCode = HandWritten.valid().replaceAll("(?s)<edXML:Code>.*?</edXML:Code>", "");
        assertEquals(List.of(EdxmlProblem.MISSING_CODE), codes(refused(noCode, new EdxmlSamples.MemorySink())));
    }

    @Test
    void impossibleDate() {
        EdxmlException e = refused(HandWritten.TEMPLATE.replace("@NUMBER@", "215").replace("@DATE@", "2023/02/30")
                .replace("@TYPE@", "Công văn").replace("@BASE64@", Base64.getEncoder().encodeToString(HandWritten.PDF))
                .replace("@EXTRA@", ""), new EdxmlSamples.MemorySink());
        assertEquals(List.of(EdxmlProblem.IMPOSSIBLE_DATE), codes(e));
        assertTrue(e.problems().get(0).en().contains("2023/02/30"));
        assertEquals("MessageHeader/PromulgationInfo/PromulgationDate", e.problems().get(0).field());
        String badDue = HandWritten.valid().replace("2023/03/31", "2023-13-01");
        assertEquals(List.of(EdxmlProblem.IMPOSSIBLE_DATE), codes(refused(badDue, new EdxmlSamples.MemorySink())));
    }

    @Test
    void unknownType() {
        EdxmlException e = refused(HandWritten.valid().replace("<edXML:TypeName>Công văn", "<edXML:TypeName>Sắc lệnh"),
                new EdxmlSamples.MemorySink());
        assertEquals(List.of(EdxmlProblem.UNKNOWN_TYPE), codes(e));
        assertTrue(e.problems().get(0).vi().contains("Sắc lệnh"));
    }

    @Test
    void typeNamesAreMatchedInAnyCaseAndNormalisation() throws Exception {
        String nfd = java.text.Normalizer.normalize("QUYẾT ĐỊNH", java.text.Normalizer.Form.NFD);
        EdxmlPackage p = read(HandWritten.valid().replace("<edXML:TypeName>Công văn", "<edXML:TypeName>" + nfd),
                new EdxmlSamples.MemorySink());
        assertEquals("Quyết định", EdxmlMapping.incoming(p.header()).fields().typeName());
    }

    @Test
    void declaredDigestDiffers() {
        byte[] other = HandWritten.PDF.clone();
        other[10] ^= 1;
        String xml = HandWritten.valid().replace(HandWritten.sha256(HandWritten.PDF), HandWritten.sha256(other));
        EdxmlSamples.MemorySink sink = new EdxmlSamples.MemorySink();
        EdxmlException e = refused(xml, sink);
        assertEquals(List.of(EdxmlProblem.DIGEST_MISMATCH), codes(e));
        assertEquals(1, sink.opened.size(), "the attachment was streamed, then discarded");
        assertEquals("Attachment[7f3c2a10-5b1e-4d7e-9a55-3c1b2d4e5f60]", e.problems().get(0).field());
    }

    @Test
    void declaredSizeDiffers() {
        String xml = HandWritten.valid().replace("<edXML:AttachmentSize>" + HandWritten.PDF.length,
                "<edXML:AttachmentSize>" + (HandWritten.PDF.length + 1));
        EdxmlException e = refused(xml, new EdxmlSamples.MemorySink());
        assertEquals(List.of(EdxmlProblem.SIZE_MISMATCH), codes(e));
        assertTrue(e.problems().get(0).en().contains((HandWritten.PDF.length + 1) + " bytes"));
    }

    @Test
    void malformedBase64() {
        for (String bad : new String[] {"JVBERi0x@NC4K", "JVBERi0xLjQK=A==", "JVBERi0xLjQ", "JVBERi0xLjQKJ=="}) {
            String xml = HandWritten.valid().replaceAll("(?s)<ContentTransferEncoded>.*</ContentTransferEncoded>",
                    "<ContentTransferEncoded>" + bad + "</ContentTransferEncoded>");
            EdxmlException e = refused(xml, new EdxmlSamples.MemorySink());
            assertEquals(EdxmlProblem.MALFORMED_BASE64, e.problems().get(0).code(), bad + ": " + e.problems());
            assertEquals(1, e.problems().size(), bad + ": " + e.problems());
        }
    }

    @Test
    void everyProblemIsReportedOnceAndNothingIsWritten() {
        String xml = HandWritten.TEMPLATE.replace("@NUMBER@", "").replace("@DATE@", "2023/02/29")
                .replace("@TYPE@", "Chiếu chỉ").replace("@BASE64@", "!!!!").replace("@EXTRA@", "")
                .replace("<edXML:Subject><![CDATA[V/v báo cáo kết quả cải cách hành chính quý I & đề xuất năm 2023]]></edXML:Subject>", "");
        EdxmlSamples.MemorySink sink = new EdxmlSamples.MemorySink();
        EdxmlException e = refused(xml, sink);
        assertEquals(List.of(EdxmlProblem.MISSING_CODE, EdxmlProblem.IMPOSSIBLE_DATE, EdxmlProblem.UNKNOWN_TYPE,
                EdxmlProblem.MISSING_FIELD, EdxmlProblem.MALFORMED_BASE64), codes(e));
        assertEquals("MessageHeader/Subject", e.problems().get(3).field());
        assertTrue(sink.opened.isEmpty(), "a package whose header fails writes nothing");
    }

    @Test
    void duplicateDocumentIdIsRefusedBeforeAnythingIsWritten() throws Exception {
        EdxmlSamples.MemorySink sink = new EdxmlSamples.MemorySink();
        EdxmlException e = assertThrows(EdxmlException.class, () -> reader.read(
                new ByteArrayInputStream(HandWritten.utf8(HandWritten.valid())), sink,
                (id, from) -> id.equals("000.00.12.H15,2023/03/15,215/SNV-CCHC") && from.organId().equals("000.00.12.H15")
                        ? Optional.of("Số đến 17/2023 (215-SNV-CCHC.pdf)") : Optional.empty()));
        assertEquals(List.of(EdxmlProblem.DUPLICATE_DOCUMENT_ID), codes(e));
        assertTrue(e.problems().get(0).vi().contains("Số đến 17/2023"));
        assertTrue(sink.opened.isEmpty());
        assertTrue(sink.discarded);
        // a lookup that does not know the id lets it through
        EdxmlPackage p = reader.read(new ByteArrayInputStream(HandWritten.utf8(HandWritten.valid())),
                new EdxmlSamples.MemorySink(), (id, from) -> Optional.empty());
        assertEquals("000.00.12.H15,2023/03/15,215/SNV-CCHC", p.header().documentId());
    }

    @Test
    void attachmentsAndManifestMustAgree() {
        String missing = HandWritten.valid().replaceAll("(?s)<AttachmentEncoded>.*</AttachmentEncoded>", "");
        assertEquals(List.of(EdxmlProblem.MISSING_ATTACHMENT), codes(refused(missing, new EdxmlSamples.MemorySink())));
        String unlisted = HandWritten.valid().replace("<ContentId>7f3c2a10", "<ContentId>0000aaaa");
        assertEquals(List.of(EdxmlProblem.UNLISTED_ATTACHMENT, EdxmlProblem.MISSING_ATTACHMENT),
                codes(refused(unlisted, new EdxmlSamples.MemorySink())));
    }

    @Test
    void aStatusIsNotADocumentAndOtherXmlIsNotEdxml() {
        EdxmlException notEdxml = refused("<?xml version=\"1.0\"?><html><body>Xin chào</body></html>", new EdxmlSamples.MemorySink());
        assertEquals(List.of(EdxmlProblem.NOT_EDXML), codes(notEdxml));
        EdxmlException wrongNs = refused("<edXML xmlns=\"http://www.e-doc.vn/Schema/\"/>", new EdxmlSamples.MemorySink());
        assertEquals(List.of(EdxmlProblem.NOT_EDXML), codes(wrongNs));
        EdxmlException pdf = refused(new String(HandWritten.PDF, StandardCharsets.UTF_8), new EdxmlSamples.MemorySink());
        assertEquals(List.of(EdxmlProblem.MALFORMED_XML), codes(pdf));
        EdxmlException empty = refused("", new EdxmlSamples.MemorySink());
        assertFalse(empty.problems().isEmpty());
    }

    @Test
    void aTruncatedPackageIsRefusedAndWhatWasStreamedIsDiscarded() {
        String valid = HandWritten.valid();
        String cut = valid.substring(0, valid.indexOf("<ContentTransferEncoded>") + 200);
        EdxmlSamples.MemorySink sink = new EdxmlSamples.MemorySink();
        EdxmlException e = refused(cut, sink);
        assertEquals(List.of(EdxmlProblem.MALFORMED_XML), codes(e));
        assertEquals(1, sink.opened.size(), "the attachment had started");
        assertEquals(1, sink.closed, "its stream was closed before discarding");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
