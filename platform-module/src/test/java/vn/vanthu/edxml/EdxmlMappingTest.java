package vn.vanthu.edxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vanthu.signature.TrustStore;

class EdxmlMappingTest {

    @Test
    void anIncomingHeaderBecomesVanthuFields() throws Exception {
        EdxmlMapping.Incoming in = EdxmlMapping.incoming(EdxmlSamples.header());
        VanthuDocumentFields f = in.fields();
        assertEquals("Ủy ban nhân dân xã Phú Hồ", f.organName());
        assertEquals(4, f.codeNumber());
        assertEquals("04/QĐ-UBND", f.codeNotation());
        assertEquals("Phú Hồ", f.issuedPlace());
        assertEquals(LocalDate.of(2023, 1, 6), f.issuedDate());
        assertEquals("Quyết định", f.typeName());
        assertEquals("Về việc ban hành Kế hoạch cải cách hành chính năm 2023", f.subject());
        assertTrue(f.description().startsWith("Ban hành kèm theo"));
        assertEquals("KT. Phó Chủ tịch", f.signerPosition());
        assertEquals("Trần Thị Ánh Tuyết", f.signerFullName());
        assertEquals(LocalDate.of(2023, 2, 28), f.dueDate());
        assertEquals("khẩn", f.priority());
        assertEquals(5, f.issuedAmount());
        assertEquals(3, f.pageAmount());
        assertEquals("UBND huyện Phú Vang; Phòng Nội vụ huyện; Lưu: VT, VP", f.toPlaces());
        assertEquals("112/UBND-NV", f.replyNotation());
        assertEquals("H15.50,2022/12/20,112/UBND-NV", f.responseForDocumentId());
        assertEquals("H15.50.05.13,2023/01/06,04/QĐ-UBND", f.documentId());
        assertEquals("H15.50.05.13", f.senderOrganId());
        assertEquals("[{\"organId\":\"H15.50.05.13\",\"timestamp\":\"2023-01-06T08:30:15\"}]", f.traces());
        assertTrue(in.warnings().isEmpty());
        // the map form is what the repository side stores, and it reads back
        Map<String, Object> m = f.toMap();
        assertEquals(4, m.get("codeNumber"));
        assertEquals(f, VanthuDocumentFields.fromMap(m));
    }

    /**
     * vt:codeNotation holds the notation as printed after "Số:" (04/QĐ-UBND, 34/2019/NĐ-CP), edXML's
     * CodeNotation the part after the number: the mapping converts both ways, so an edXML document
     * and the same document typed in by a clerk carry the same notation (the duplicate warning).
     */
    @Test
    void theNotationIsConvertedBetweenVanthuAndEdxmlForms() throws Exception {
        assertEquals("04/QĐ-UBND", EdxmlMapping.vanthuNotation("04", "QĐ-UBND"));
        assertEquals("04/QĐ-UBND", EdxmlMapping.vanthuNotation("4", "QĐ-UBND"));
        assertEquals("112/UBND-NV", EdxmlMapping.vanthuNotation("112", "UBND-NV"));
        assertEquals("34/2019/NĐ-CP", EdxmlMapping.vanthuNotation("34", "2019/NĐ-CP"));
        assertEquals("12/UBND-VX", EdxmlMapping.vanthuNotation("12", "12/UBND-VX"));
        assertEquals("QĐ-UBND", EdxmlMapping.edxmlNotation("04/QĐ-UBND"));
        assertEquals("2019/NĐ-CP", EdxmlMapping.edxmlNotation("34/2019/NĐ-CP"));
        assertEquals("UBND-VX", EdxmlMapping.edxmlNotation("UBND-VX"));
        VanthuDocumentFields in = EdxmlMapping.incoming(EdxmlSamples.header()).fields();
        EdxmlHeader out = EdxmlMapping.outgoing(in, EdxmlSamples.header().from(), EdxmlSamples.header().to(),
                "X,2023/01/06,04/QĐ-UBND", null);
        assertEquals("04", out.codeNumber());
        assertEquals("QĐ-UBND", out.codeNotation());
    }

    @Test
    void everyEdxmlPriorityMapsToAModelValue() throws Exception {
        String[] expected = {"normal", "khẩn", "thượng khẩn", "hỏa tốc", "hỏa tốc"};
        for (int p = 0; p < 5; p++) {
            EdxmlHeader h = EdxmlSamples.header().toBuilder().otherInfo(new EdxmlOtherInfo(p, null, null, null, null, false, null)).build();
            assertEquals(expected[p], EdxmlMapping.incoming(h).fields().priority());
        }
        EdxmlHeader bad = EdxmlSamples.header().toBuilder().otherInfo(new EdxmlOtherInfo(7, null, null, null, null, false, null)).build();
        EdxmlException e = assertThrows(EdxmlException.class, () -> EdxmlMapping.incoming(bad));
        assertEquals(EdxmlProblem.UNKNOWN_PRIORITY, e.problems().get(0).code());
    }

    @Test
    void aLegalNormativeTypeIsKeptOutOfTypeNameWithAWarning() throws Exception {
        EdxmlHeader h = EdxmlSamples.header().toBuilder().documentType(new EdxmlDocumentType(1, 0, "Nghị định")).build();
        EdxmlMapping.Incoming in = EdxmlMapping.incoming(h);
        assertNull(in.fields().typeName());
        assertEquals(EdxmlMapping.TYPE_NOT_IN_CATALOGUE, in.warnings().get(0).code());
        EdxmlHeader unknown = EdxmlSamples.header().toBuilder().documentType(new EdxmlDocumentType(2, 0, "Sắc lệnh")).build();
        assertEquals(EdxmlProblem.UNKNOWN_TYPE, assertThrows(EdxmlException.class, () -> EdxmlMapping.incoming(unknown)).problems().get(0).code());
    }

    @Test
    void outgoingFieldsBecomeAPackageAndComeBackTheSame() throws Exception {
        VanthuDocumentFields out = new VanthuDocumentFields("Ủy ban nhân dân xã Phú Hồ", 7, "07/TB-UBND", "Phú Hồ",
                LocalDate.of(2023, 4, 3), "Thông báo", "Kết luận của Chủ tịch UBND xã tại cuộc họp giao ban tháng 3/2023",
                null, "TM. Ủy ban nhân dân", "Nguyễn Văn Hùng", LocalDate.of(2023, 4, 30), "thượng khẩn", 15, 2, "vi",
                null, List.of("Các ban, ngành, đoàn thể xã", "Lưu: VT"), null, null, null, null, null);
        EdxmlOrgan from = EdxmlOrgan.of("H15.50.05.13", "Ủy ban nhân dân xã Phú Hồ");
        EdxmlHeader h = EdxmlMapping.outgoing(out, from, List.of(EdxmlOrgan.of("H15.50", "UBND huyện Phú Vang")),
                "H15.50.05.13,2023/04/03,07/TB-UBND", LocalDateTime.of(2023, 4, 3, 16, 45, 3, 999));
        assertEquals("07", h.codeNumber());
        assertEquals("TB-UBND", h.codeNotation());
        assertEquals(new EdxmlSignerInfo("TM.", "Ủy ban nhân dân", "Nguyễn Văn Hùng"), h.signer());
        assertEquals(2, h.otherInfo().priority());
        assertEquals(2, h.documentType().type());

        ByteArrayOutputStream pkg = new ByteArrayOutputStream();
        new EdxmlWriter().write(h, List.of(AttachmentSource.ofBytes(EdxmlSamples.pdf(5_000, 3), "07-TB-UBND.pdf", "application/pdf")), pkg, null);
        EdxmlPackage p = new EdxmlReader(new EdxmlSignatureVerifier(TrustStore.governmentDefault()))
                .read(new ByteArrayInputStream(pkg.toByteArray()), AttachmentSink.discarding());
        VanthuDocumentFields back = EdxmlMapping.incoming(p.header()).fields();
        assertEquals(out.organName(), back.organName());
        assertEquals(out.codeNumber(), back.codeNumber());
        assertEquals(out.codeNotation(), back.codeNotation());
        assertEquals(out.issuedDate(), back.issuedDate());
        assertEquals(out.typeName(), back.typeName());
        assertEquals(out.subject(), back.subject());
        assertEquals(out.subject(), back.description(), "Content defaults to the subject");
        assertEquals(out.signerPosition(), back.signerPosition());
        assertEquals(out.signerFullName(), back.signerFullName());
        assertEquals(out.dueDate(), back.dueDate());
        assertEquals(out.priority(), back.priority());
        assertEquals(out.issuedAmount(), back.issuedAmount());
        assertEquals(out.pageAmount(), back.pageAmount());
        assertEquals("Các ban, ngành, đoàn thể xã; Lưu: VT", back.toPlaces());
        assertEquals("[{\"organId\":\"H15.50.05.13\",\"timestamp\":\"2023-04-03T16:45:03\"}]", back.traces());
    }

    @Test
    void anOutgoingDocumentWithoutNumberOrRecipientIsRefused() {
        VanthuDocumentFields f = new VanthuDocumentFields("UBND xã Phú Hồ", null, null, null, null, "Chiếu", null, null,
                null, null, null, "rất gấp", null, null, null, null, List.of(), null, null, null, null, null);
        EdxmlException e = assertThrows(EdxmlException.class, () -> EdxmlMapping.outgoing(f,
                EdxmlOrgan.of("H15.50.05.13", "UBND xã Phú Hồ"), List.of(), "x", null));
        assertEquals(List.of(EdxmlProblem.UNKNOWN_TYPE, EdxmlProblem.UNKNOWN_PRIORITY, EdxmlProblem.MISSING_CODE,
                EdxmlProblem.MISSING_FIELD, EdxmlProblem.MISSING_FIELD, EdxmlProblem.MISSING_FIELD),
                e.problems().stream().map(EdxmlProblem::code).toList());
    }

    @Test
    void fieldsAreReadFromNodeLikeMaps() {
        VanthuDocumentFields f = VanthuDocumentFields.fromMap(Map.of("codeNumber", "12", "issuedDate",
                java.util.Date.from(java.time.Instant.parse("2023-01-05T17:30:00Z")), "recipients", List.of("UBND huyện", " ")));
        assertEquals(12, f.codeNumber());
        assertEquals(LocalDate.of(2023, 1, 6), f.issuedDate(), "00:30 in Vietnam");
        assertEquals(List.of("UBND huyện"), f.recipients());
        assertThrows(IllegalArgumentException.class, () -> VanthuDocumentFields.fromMap(Map.of("pageAmount", "hai")));
    }

    @Test
    void theHeaderMapFormRoundTrips() {
        EdxmlHeader h = EdxmlSamples.header();
        Map<String, Object> m = EdxmlHeaderMaps.toMap(h);
        assertEquals("2023-01-06", m.get("promulgationDate"));
        assertEquals(h, EdxmlHeaderMaps.fromMap(m));
        assertThrows(IllegalArgumentException.class, () -> EdxmlHeaderMaps.fromMap(Map.of("dueDate", "2023-02-30")));
        assertThrows(IllegalArgumentException.class, () -> EdxmlHeaderMaps.fromMap(Map.of("to", "H15")));
    }
}
