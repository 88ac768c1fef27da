package vn.vanthu.edxml;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanthu.signature.TrustStore;

class EdxmlStatusTest {

    private final EdxmlReader reader = new EdxmlReader(new EdxmlSignatureVerifier(TrustStore.governmentDefault()));

    static EdxmlStatus status(EdxmlStatusCode code, String description) {
        return new EdxmlStatus(EdxmlOrgan.of("H15.50.05.13", "Ủy ban nhân dân xã Phú Hồ"),
                EdxmlOrgan.of("000.00.12.H15", "Sở Nội vụ tỉnh Thừa Thiên Huế"),
                new EdxmlResponseFor("000.00.12.H15", "215/SNV-CCHC", LocalDate.of(2023, 3, 15), "000.00.12.H15,2023/03/15,215/SNV-CCHC"),
                code, description, LocalDateTime.of(2023, 3, 16, 9, 12, 0),
                new EdxmlStaffInfo("Văn phòng - Thống kê", "Nguyễn Thị Thu Hằng", "hangntt@phuho.gov.vn", "0905 123 456"));
    }

    @Test
    void everyStatusRoundTrips() throws Exception {
        for (EdxmlStatusCode code : EdxmlStatusCode.values()) {
            EdxmlStatus s = status(code, code == EdxmlStatusCode.REJECTED ? "Văn bản thiếu chữ ký số của cơ quan ban hành" : null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new EdxmlWriter().writeStatus(s, out, null);
            EdxmlStatus back = reader.readStatus(new ByteArrayInputStream(out.toByteArray()));
            assertEquals(s.responseFor(), back.responseFor());
            assertEquals(s.from(), back.from());
            assertEquals(s.to(), back.to());
            assertEquals(code, back.statusCode());
            assertEquals(s.timestamp(), back.timestamp());
            assertEquals(s.staffInfo(), back.staffInfo());
            assertEquals(s.description(), back.description());
            assertEquals("000.00.12.H15,2023/03/15,215/SNV-CCHC", back.documentId());
        }
    }

    @Test
    void aHandWrittenStatusWithPrefixesIsRead() throws Exception {
        String xml = """
                <?xml version="1.0" encoding="utf-8"?>
                <edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016">
                  <edXML:edXMLEnvelope xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">
                    <edXML:edXMLHeader>
                      <edXML:Status>
                        <edXML:ResponseFor>
                          <edXML:OrganId>H15.50.05.13</edXML:OrganId>
                          <edXML:Code>04/QĐ-UBND</edXML:Code>
                          <edXML:PromulgationDate>2023/01/06</edXML:PromulgationDate>
                          <edXML:DocumentId>H15.50.05.13,2023/01/06,04/QĐ-UBND</edXML:DocumentId>
                        </edXML:ResponseFor>
                        <edXML:From>
                          <edXML:OrganId>H15.50</edXML:OrganId>
                          <edXML:OrganName>UBND huyện Phú Vang</edXML:OrganName>
                        </edXML:From>
                        <edXML:StatusCode>2</edXML:StatusCode>
                        <edXML:Description>Sai thể thức: thiếu nơi nhận</edXML:Description>
                        <edXML:Timestamp>2023-01-06T10:15:00+07:00</edXML:Timestamp>
                      </edXML:Status>
                    </edXML:edXMLHeader>
                  </edXML:edXMLEnvelope>
                </edXML>
                """;
        EdxmlMessage m = reader.readMessage(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), AttachmentSink.discarding());
        EdxmlStatus s = (EdxmlStatus) m;
        assertEquals(EdxmlStatusCode.REJECTED, s.statusCode());
        assertEquals("Sai thể thức: thiếu nơi nhận", s.description());
        assertEquals(LocalDateTime.of(2023, 1, 6, 10, 15), s.timestamp());
        assertEquals("04/QĐ-UBND", s.responseFor().code());
        // a UTC time is converted to Vietnam's local time
        String utc = xml.replace("2023-01-06T10:15:00+07:00", "2023-01-06T03:15:00Z");
        assertEquals(LocalDateTime.of(2023, 1, 6, 10, 15),
                reader.readStatus(new ByteArrayInputStream(utc.getBytes(StandardCharsets.UTF_8))).timestamp());
        EdxmlException unknown = assertThrows(EdxmlException.class, () -> reader.readStatus(
                new ByteArrayInputStream(xml.replace(">2</edXML:StatusCode>", ">09</edXML:StatusCode>").getBytes(StandardCharsets.UTF_8))));
        assertEquals(EdxmlProblem.UNKNOWN_STATUS, unknown.problems().get(0).code());
        EdxmlException noId = assertThrows(EdxmlException.class, () -> reader.readStatus(new ByteArrayInputStream(
                xml.replaceAll("<edXML:DocumentId>.*</edXML:DocumentId>", "").getBytes(StandardCharsets.UTF_8))));
        assertEquals("Status/ResponseFor/DocumentId", noId.problems().get(0).field());
        // a status is not a document package
        EdxmlException notDoc = assertThrows(EdxmlException.class, () -> reader.read(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), AttachmentSink.discarding()));
        assertEquals(EdxmlProblem.NOT_EDXML, notDoc.problems().get(0).code());
    }

    @Test
    void theNormalSequencesAreAllowed() {
        List<List<EdxmlStatusCode>> ok = List.of(
                List.of(EdxmlStatusCode.ARRIVED, EdxmlStatusCode.ACCEPTED, EdxmlStatusCode.ASSIGNED, EdxmlStatusCode.IN_PROGRESS, EdxmlStatusCode.DONE),
                List.of(EdxmlStatusCode.ARRIVED, EdxmlStatusCode.REJECTED),
                List.of(EdxmlStatusCode.ARRIVED, EdxmlStatusCode.ACCEPTED, EdxmlStatusCode.DONE),
                List.of(EdxmlStatusCode.ARRIVED, EdxmlStatusCode.ACCEPTED, EdxmlStatusCode.RECALL_REQUESTED, EdxmlStatusCode.RECALL_ACCEPTED),
                List.of(EdxmlStatusCode.ARRIVED, EdxmlStatusCode.ACCEPTED, EdxmlStatusCode.ASSIGNED, EdxmlStatusCode.RECALL_REQUESTED,
                        EdxmlStatusCode.RECALL_REFUSED, EdxmlStatusCode.IN_PROGRESS, EdxmlStatusCode.DONE));
        for (List<EdxmlStatusCode> seq : ok) {
            EdxmlStatusCode current = null;
            for (EdxmlStatusCode next : seq) {
                EdxmlStatusCode c = current;
                assertDoesNotThrow(() -> EdxmlStatusCode.check(c, next), seq.toString());
                current = next;
            }
        }
    }

    @Test
    void wrongSequencesAreRefusedNamingWhatIsAllowed() {
        EdxmlException e = assertThrows(EdxmlException.class, () -> EdxmlStatusCode.check(EdxmlStatusCode.ARRIVED, EdxmlStatusCode.DONE));
        EdxmlProblem p = e.problems().get(0);
        assertEquals(EdxmlProblem.BAD_STATUS_SEQUENCE, p.code());
        assertEquals("Trạng thái 06 (Hoàn thành) không được theo sau trạng thái 01 (Đã đến); được phép: 02, 03, 13", p.vi());
        assertEquals("Status 06 (Done) may not follow status 01 (Arrived); allowed: 02, 03, 13", p.en());
        assertThrows(EdxmlException.class, () -> EdxmlStatusCode.check(null, EdxmlStatusCode.ACCEPTED));
        assertThrows(EdxmlException.class, () -> EdxmlStatusCode.check(EdxmlStatusCode.REJECTED, EdxmlStatusCode.ACCEPTED));
        assertThrows(EdxmlException.class, () -> EdxmlStatusCode.check(EdxmlStatusCode.DONE, EdxmlStatusCode.IN_PROGRESS));
        assertThrows(EdxmlException.class, () -> EdxmlStatusCode.check(EdxmlStatusCode.RECALL_ACCEPTED, EdxmlStatusCode.RECALL_REQUESTED));
        assertThrows(EdxmlException.class, () -> EdxmlStatusCode.check(EdxmlStatusCode.IN_PROGRESS, EdxmlStatusCode.IN_PROGRESS));
        assertThrows(EdxmlException.class, () -> EdxmlStatusCode.check(EdxmlStatusCode.ACCEPTED, EdxmlStatusCode.RECALL_ACCEPTED));
        EdxmlException f = assertThrows(EdxmlException.class, () -> EdxmlStatusCode.check(EdxmlStatusCode.RECALL_ACCEPTED, EdxmlStatusCode.DONE));
        assertTrue(f.problems().get(0).en().endsWith("allowed: -"));
        assertTrue(EdxmlStatusCode.fromCode(" 5 ").isPresent());
        assertFalse(EdxmlStatusCode.fromCode("07").isPresent());
    }

    @Test
    void theWriterRefusesAStatusWithoutTheDocumentConcerned() {
        EdxmlStatus s = new EdxmlStatus(EdxmlOrgan.of("H15.50.05.13", "UBND xã Phú Hồ"), null, null,
                EdxmlStatusCode.ARRIVED, null, LocalDateTime.now(), null);
        EdxmlException e = assertThrows(EdxmlException.class, () -> new EdxmlWriter().writeStatus(s, new ByteArrayOutputStream(), null));
        assertEquals("Status/ResponseFor/DocumentId", e.problems().get(0).field());
    }
}
