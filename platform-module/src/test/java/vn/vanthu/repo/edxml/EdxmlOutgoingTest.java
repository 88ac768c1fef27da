package vn.vanthu.repo.edxml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.vanthu.edxml.EdxmlAttachmentInfo;
import vn.vanthu.edxml.EdxmlPackage;
import vn.vanthu.edxml.EdxmlStatusCode;
import vn.vanthu.report.DocumentReport;
import vn.vanthu.report.Period;
import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.repo.registers.Props;

/**
 * The package of an issued outgoing document of UBND xã Phú Hồ, sending it, and the status
 * messages of its recipients coming back through the inbox.
 */
class EdxmlOutgoingTest {

    private EdxmlScenario s;
    private final PermissionService permissions = mock(PermissionService.class);
    private byte[] pdf;
    private NodeRef doc;

    @BeforeEach
    void setUp() throws Exception {
        s = new EdxmlScenario();
        s.outgoing.setPermissionService(permissions);
        when(permissions.hasPermission(any(), anyString())).thenReturn(AccessStatus.ALLOWED);
        pdf = s.signedPdf(30_000, 11);
        NodeRef outgoingFolder = s.repo.folder(s.documentLibrary, "Văn bản đi");
        Map<QName, Serializable> p = new HashMap<>();
        p.put(ContentModel.PROP_NAME, "04-QD-UBND.pdf");
        p.put(VanthuModel.PROP_TYPE_NAME, "Quyết định");
        p.put(VanthuModel.PROP_CODE_NUMBER, 4);
        p.put(VanthuModel.PROP_CODE_NOTATION, "04/QĐ-UBND");
        p.put(VanthuModel.PROP_ISSUED_DATE, Props.date(LocalDate.of(2023, 3, 10), ZoneId.of("Asia/Ho_Chi_Minh")));
        p.put(VanthuModel.PROP_ISSUED_PLACE, "Phú Hồ");
        p.put(VanthuModel.PROP_ORGAN_NAME, "UBND xã Phú Hồ");
        p.put(VanthuModel.PROP_SUBJECT, "Về việc thành lập Tổ công tác chuyển đổi số cộng đồng");
        p.put(VanthuModel.PROP_PRIORITY, "normal");
        p.put(VanthuModel.PROP_SIGNER_POSITION, "CHỦ TỊCH");
        p.put(VanthuModel.PROP_SIGNER_FULL_NAME, "Trần Thị Bình");
        p.put(VanthuModel.PROP_RECIPIENTS, new ArrayList<>(List.of("000.00.12.H15 | UBND huyện Phú Vang",
                "Các thôn trên địa bàn xã", "Như trên;", "Lưu: VT, VP.")));
        doc = s.repo.add(outgoingFolder, VanthuModel.TYPE_OUTGOING_DOCUMENT, p);
        s.repo.node(doc).content = pdf;
        s.repo.node(doc).mimetype = "application/pdf";
    }

    private EdxmlRefusal refusal(NodeRef node, boolean sending) {
        return assertThrows(EdxmlRefusal.class, () -> s.outgoing.check(node, sending));
    }

    @Test
    void thePackageCarriesTheMetadataTheRecipientsAndTheSignedPdf() throws Exception {
        s.outgoing.check(doc, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.outgoing.write(doc, s.outgoing.header(doc), out);

        List<byte[]> attachments = new ArrayList<>();
        EdxmlPackage pkg = assertInstanceOf(EdxmlPackage.class, s.read(out.toByteArray(), new vn.vanthu.edxml.AttachmentSink() {
            @Override
            public java.io.OutputStream open(EdxmlAttachmentInfo info) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
                    @Override
                    public void close() {
                        attachments.add(toByteArray());
                    }
                };
                return bytes;
            }

            @Override
            public void discardAll() {
            }
        }));
        assertEquals("000.12.34.H15,2023/03/10,04/QĐ-UBND", pkg.header().documentId());
        assertEquals("04", pkg.header().codeNumber());
        assertEquals("QĐ-UBND", pkg.header().codeNotation());
        assertEquals(LocalDate.of(2023, 3, 10), pkg.header().promulgationDate());
        assertEquals("Về việc thành lập Tổ công tác chuyển đổi số cộng đồng", pkg.header().subject());
        assertEquals(EdxmlScenario.US, pkg.header().from().organId());
        assertEquals(List.of("000.00.12.H15"), pkg.header().to().stream().map(o -> o.organId()).toList(),
                "only recipients with an identifier on the axis; villages, 'Như trên' and the file copy are not sent");
        assertEquals("04-QD-UBND.pdf", pkg.mainAttachment().name());
        assertArrayEquals(pdf, attachments.get(0));
        assertNull(s.repo.node(doc).props.get(VanthuModel.PROP_TRANSMITTED_ELECTRONICALLY), "exporting does not send");
    }

    @Test
    void sendingStoresThePackageInTheOutboxAndCountsTheTransmission() throws Exception {
        s.outgoing.check(doc, true);
        EdxmlOutgoing.Sent sent = s.outgoing.send(doc);

        Map<QName, Serializable> p = s.repo.node(doc).props;
        assertEquals(Boolean.TRUE, p.get(VanthuModel.PROP_TRANSMITTED_ELECTRONICALLY));
        assertEquals(Date.from(EdxmlScenario.NOW), p.get(VanthuModel.PROP_TRANSMITTED_AT));
        assertEquals(sent.documentId(), p.get(VanthuModel.PROP_EDXML_DOCUMENT_ID));
        assertEquals(List.of("000.00.12.H15 | - | 2023-03-16T09:00 | Đã gửi, chưa có trạng thái / Sent, no status yet"),
                p.get(VanthuModel.PROP_EDXML_DELIVERY_STATUS));
        assertEquals(s.outbox(), s.repo.node(sent.outboxPackage()).parent);
        assertEquals("PREPARED", s.repo.node(sent.outboxPackage()).props.get(VanthuModel.PROP_EDXML_PACKAGE_STATE));
        EdxmlPackage stored = assertInstanceOf(EdxmlPackage.class,
                s.read(s.repo.node(sent.outboxPackage()).content, vn.vanthu.edxml.AttachmentSink.discarding()));
        assertEquals(sent.documentId(), stored.header().documentId());

        s.transaction.commit();
        DocumentReport report = DocumentReport.compute(s.statistics.snapshot(),
                new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)));
        assertEquals(1, report.transmittedElectronically());
    }

    @Test
    void aDocumentWhoseMetadataCannotBeMappedIsNotSentAndNothingIsWritten() throws Exception {
        s.repo.node(doc).props.remove(VanthuModel.PROP_SUBJECT);
        int nodes = s.repo.nodes.size();
        EdxmlRefusal refusal = assertThrows(EdxmlRefusal.class, () -> s.outgoing.send(doc));
        assertEquals(400, refusal.status());
        assertTrue(refusal.lines().stream().anyMatch(line -> line.contains("subject")), refusal.lines().toString());
        assertEquals(nodes, s.repo.nodes.size(), "no outbox, no package");
        assertNull(s.repo.node(doc).props.get(VanthuModel.PROP_TRANSMITTED_ELECTRONICALLY));
    }

    @Test
    void statusMessagesOfTheRecipientsUpdateTheirDeliveryLineInSequence() throws Exception {
        String id = s.outgoing.send(doc).documentId();

        NodeRef arrived = s.drop("tt-01.xml", EdxmlScenario.status(EdxmlScenario.SENDER, id, EdxmlStatusCode.ARRIVED, null));
        EdxmlReceiver.Receipt receipt = s.inbox.receiveDropped(arrived);
        assertEquals(doc, receipt.document());
        assertEquals("STATUS_APPLIED", s.repo.node(arrived).props.get(VanthuModel.PROP_EDXML_PACKAGE_STATE));
        s.inbox.receiveDropped(s.drop("tt-03.xml", EdxmlScenario.status(EdxmlScenario.SENDER, id, EdxmlStatusCode.ACCEPTED, null)));

        assertEquals(List.of("000.00.12.H15 | 03 | 2023-03-17T09:30 | Đã tiếp nhận / Accepted"),
                s.repo.node(doc).props.get(VanthuModel.PROP_EDXML_DELIVERY_STATUS));

        // 01 cannot follow 03: refused, the line stays.
        NodeRef late = s.drop("tt-01-muon.xml", EdxmlScenario.status(EdxmlScenario.SENDER, id, EdxmlStatusCode.ARRIVED, null));
        assertNull(s.inbox.receiveDropped(late));
        assertEquals("REJECTED", s.repo.node(late).props.get(VanthuModel.PROP_EDXML_PACKAGE_STATE));
        assertTrue(((List<?>) s.repo.node(doc).props.get(VanthuModel.PROP_EDXML_DELIVERY_STATUS)).get(0).toString()
                .contains("| 03 |"));

        s.inbox.receiveDropped(s.drop("tt-02.xml", EdxmlScenario.status("000.00.99.H15", id, EdxmlStatusCode.REJECTED,
                "Không thuộc thẩm quyền")));
        List<?> lines = (List<?>) s.repo.node(doc).props.get(VanthuModel.PROP_EDXML_DELIVERY_STATUS);
        assertEquals("000.00.99.H15 | 02 | 2023-03-17T09:30 | Từ chối tiếp nhận / Rejected | Không thuộc thẩm quyền",
                lines.get(1));
    }

    @Test
    void aSignedStatusIsAppliedOnlyWhenItsSignatureMatches() throws Exception {
        String id = s.outgoing.send(doc).documentId();
        byte[] signed = s.signedStatus(EdxmlScenario.SENDER, id, EdxmlStatusCode.REJECTED, "Không thuộc thẩm quyền");
        byte[] tampered = new String(signed, java.nio.charset.StandardCharsets.UTF_8)
                .replace("Không thuộc thẩm quyền", "Đã xử lý xong").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(java.util.Arrays.equals(signed, tampered));
        Object before = s.repo.node(doc).props.get(VanthuModel.PROP_EDXML_DELIVERY_STATUS);

        NodeRef forged = s.drop("tt-02-sua.xml", tampered);
        assertNull(s.inbox.receiveDropped(forged));
        assertEquals("REJECTED", s.repo.node(forged).props.get(VanthuModel.PROP_EDXML_PACKAGE_STATE));
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) s.repo.node(forged).props.get(VanthuModel.PROP_EDXML_PROBLEMS);
        assertTrue(problems.get(0).contains("signature does not match") && problems.get(0).contains("Chữ ký số"),
                problems.toString());
        assertEquals(before, s.repo.node(doc).props.get(VanthuModel.PROP_EDXML_DELIVERY_STATUS), "a forged status changes nothing");

        EdxmlReceiver.Receipt receipt = s.inbox.receiveDropped(s.drop("tt-02.xml", signed));
        assertEquals(doc, receipt.document());
        assertEquals(List.of("000.00.12.H15 | 02 | 2023-03-17T09:30 | Từ chối tiếp nhận / Rejected | Không thuộc thẩm quyền"),
                s.repo.node(doc).props.get(VanthuModel.PROP_EDXML_DELIVERY_STATUS));
    }

    @Test
    void aStatusAboutAnUnknownDocumentIsRefused() throws Exception {
        NodeRef file = s.drop("tt.xml", EdxmlScenario.status(EdxmlScenario.SENDER, "không,có,văn bản", EdxmlStatusCode.DONE, null));
        assertNull(s.inbox.receiveDropped(file));
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) s.repo.node(file).props.get(VanthuModel.PROP_EDXML_PROBLEMS);
        assertTrue(problems.get(0).contains("there is no such document"), problems.toString());
    }

    @Test
    void wrongNodesAreRefusedWithTheirStatusAndBothLanguages() throws Exception {
        assertEquals(404, refusal(new NodeRef("workspace://SpacesStore/khong-co"), false).status());

        NodeRef incoming = s.repo.add(s.documentLibrary, VanthuModel.TYPE_INCOMING_DOCUMENT, Map.of(ContentModel.PROP_NAME, "den.pdf"));
        EdxmlRefusal wrongType = refusal(incoming, false);
        assertEquals(400, wrongType.status());
        assertTrue(wrongType.getMessage().contains("Chỉ văn bản đi") && wrongType.getMessage().contains("Only an outgoing"));

        s.repo.node(doc).props.remove(VanthuModel.PROP_CODE_NUMBER);
        EdxmlRefusal unissued = refusal(doc, false);
        assertEquals(400, unissued.status());
        assertTrue(unissued.getMessage().contains("not issued"), unissued.getMessage());
        s.repo.node(doc).props.put(VanthuModel.PROP_CODE_NUMBER, 4);

        when(permissions.hasPermission(doc, PermissionService.WRITE)).thenReturn(AccessStatus.DENIED);
        s.outgoing.check(doc, false);
        EdxmlRefusal forbidden = refusal(doc, true);
        assertEquals(403, forbidden.status());
        assertTrue(forbidden.getMessage().contains("may not send"));

        s.repo.node(doc).props.put(VanthuModel.PROP_RECIPIENTS, new ArrayList<>(List.of("Các thôn", "Lưu: VT")));
        assertTrue(refusal(doc, false).getMessage().contains("No recipient has an identifier"));

        s.repo.node(doc).content = null;
        assertTrue(refusal(doc, false).getMessage().contains("no file"));
    }
}
