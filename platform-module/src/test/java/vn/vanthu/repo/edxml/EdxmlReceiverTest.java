package vn.vanthu.repo.edxml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;

import vn.vanthu.edxml.AttachmentSink;
import vn.vanthu.edxml.AttachmentSource;
import vn.vanthu.edxml.EdxmlStatus;
import vn.vanthu.edxml.EdxmlStatusCode;
import vn.vanthu.report.DocumentReport;
import vn.vanthu.report.Period;
import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.signature.DigestCheckpoints;
import vn.vanthu.signature.SignatureVerifier;
import vn.vanthu.signature.VerificationResult;

/**
 * A package dropped into the inbox of site phu-ho, received by the queued action's code path
 * (EdxmlInbox.receiveDropped) on the in-memory repository, with the registration, signature,
 * statistics and inbox behaviours reacting as in the repository.
 */
class EdxmlReceiverTest {

    private static final String ID = "000.00.12.H15,2023/03/15,15/QĐ-UBND";

    private EdxmlScenario s;
    @TempDir
    java.nio.file.Path dir;
    private byte[] pdf;
    private byte[] annex;

    @BeforeEach
    void setUp() throws Exception {
        s = new EdxmlScenario();
        pdf = s.signedPdf(20_000, 7);
        annex = "Phụ lục: chỉ tiêu của xã Phú Hồ\n".repeat(200).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] decisionPackage(String id) throws Exception {
        return s.pack(EdxmlScenario.decision(id).build(), List.of(
                AttachmentSource.ofBytes(pdf, "15-QD-UBND.pdf", "application/pdf"),
                AttachmentSource.ofBytes(annex, "Phu luc chi tieu.txt", "text/plain")));
    }

    private List<NodeRef> incoming() {
        return s.repo.ofType(VanthuModel.TYPE_INCOMING_DOCUMENT);
    }

    @Test
    void aDroppedPackageBecomesARegisteredIncomingDocumentWithItsAttachmentsAndAnArrivedStatus() throws Exception {
        NodeRef file = s.drop("goi-15-QD.xml", decisionPackage(ID));
        assertEquals(List.of("vanthu-edxml-receive"), s.queuedActions, "the upload only queues the receipt");
        assertEquals("PENDING", s.repo.node(file).props.get(VanthuModel.PROP_EDXML_PACKAGE_STATE));

        EdxmlReceiver.Receipt receipt = s.inbox.receiveDropped(file);

        NodeRef doc = receipt.document();
        assertEquals(List.of(doc), incoming());
        assertEquals(s.documentLibrary, s.repo.node(doc).parent, "next to the inbox, in the document library");
        Map<QName, Serializable> p = s.repo.node(doc).props;
        assertEquals("15-QD-UBND.pdf", p.get(ContentModel.PROP_NAME));
        assertEquals("UBND huyện Phú Vang", p.get(VanthuModel.PROP_ORGAN_NAME));
        assertEquals(15, p.get(VanthuModel.PROP_CODE_NUMBER));
        assertEquals("15/QĐ-UBND", p.get(VanthuModel.PROP_CODE_NOTATION));
        assertEquals(LocalDate.of(2023, 3, 15), LocalDate.ofInstant(((Date) p.get(VanthuModel.PROP_ISSUED_DATE)).toInstant(),
                ZoneId.of("Asia/Ho_Chi_Minh")));
        assertEquals("Phú Vang", p.get(VanthuModel.PROP_ISSUED_PLACE));
        assertEquals("Quyết định", p.get(VanthuModel.PROP_TYPE_NAME));
        assertEquals("Về việc giao chỉ tiêu phát triển kinh tế - xã hội năm 2023", p.get(VanthuModel.PROP_SUBJECT));
        assertEquals("Nguyễn Văn An", p.get(VanthuModel.PROP_SIGNER_FULL_NAME));
        assertEquals("khẩn", p.get(VanthuModel.PROP_PRIORITY));
        assertEquals(3, p.get(VanthuModel.PROP_PAGE_AMOUNT));
        assertEquals(Boolean.TRUE, p.get(VanthuModel.PROP_RECEIVED_ELECTRONICALLY));
        assertEquals(1, p.get(VanthuModel.PROP_ARRIVAL_NUMBER), "registered with the next arrival number");
        assertNotNull(p.get(VanthuModel.PROP_REGISTER_YEAR));
        assertEquals(ID, p.get(VanthuModel.PROP_EDXML_DOCUMENT_ID));
        assertEquals(EdxmlScenario.SENDER, p.get(VanthuModel.PROP_EDXML_SENDER_ID));
        assertEquals(List.of(EdxmlScenario.SENDER + " 2023-03-15T16:45"), p.get(VanthuModel.PROP_EDXML_TRACE));
        assertEquals(file.toString(), p.get(VanthuModel.PROP_EDXML_ORIGINAL));
        assertEquals("01", p.get(VanthuModel.PROP_EDXML_STATUS_CODE));
        assertEquals("VALID", p.get(VanthuModel.PROP_EDXML_PACKAGE_SIGNATURE));
        assertTrue(s.repo.node(doc).aspects.contains(VanthuModel.ASPECT_EDXML_INFO));
        assertArrayEquals(pdf, s.repo.node(doc).content, "the signed PDF, byte for byte");
        assertEquals("application/pdf", s.repo.node(doc).mimetype);
        // Decoded straight into the content store and set on the node: no temporary copy.
        assertEquals(2, s.repo.storeWriters, "one store writer per attachment");
        assertArrayEquals(pdf, s.repo.stored.get(s.repo.node(doc).contentUrl), "the node holds the decoded content itself");

        // The second attachment: a file next to it, linked by cm:attachments.
        assertEquals(1, receipt.attachments().size());
        NodeRef other = receipt.attachments().get(0);
        assertEquals(ContentModel.TYPE_CONTENT, s.repo.node(other).type);
        assertEquals("Phu luc chi tieu.txt", s.repo.node(other).props.get(ContentModel.PROP_NAME));
        assertArrayEquals(annex, s.repo.node(other).content);
        assertTrue(s.repo.node(doc).aspects.contains(ContentModel.ASPECT_ATTACHABLE));
        assertEquals(other, s.repo.node(doc).assocs.get(0).getTargetRef());
        assertEquals(ContentModel.ASSOC_ATTACHMENTS, s.repo.node(doc).assocs.get(0).getTypeQName());

        // The original package stays in the inbox, marked with what it became.
        assertEquals(s.inbox(), s.repo.node(file).parent);
        assertEquals("IMPORTED", s.repo.node(file).props.get(VanthuModel.PROP_EDXML_PACKAGE_STATE));
        assertEquals(doc.toString(), s.repo.node(file).props.get(VanthuModel.PROP_EDXML_DOCUMENT));

        // Signature verification of the PDF is queued as for any upload; the package file is not received twice.
        assertEquals(List.of("vanthu-edxml-receive", "vanthu-verify-signature"), s.queuedActions);

        // "01 arrived" for the sender, in the outbox, readable by the domain reader.
        NodeRef status = receipt.statusPackage();
        assertEquals(s.outbox(), s.repo.node(status).parent);
        assertEquals("PREPARED", s.repo.node(status).props.get(VanthuModel.PROP_EDXML_PACKAGE_STATE));
        assertEquals(doc.toString(), s.repo.node(status).props.get(VanthuModel.PROP_EDXML_DOCUMENT));
        EdxmlStatus arrived = assertInstanceOf(EdxmlStatus.class, s.read(s.repo.node(status).content, AttachmentSink.discarding()));
        assertEquals(EdxmlStatusCode.ARRIVED, arrived.statusCode());
        assertEquals(ID, arrived.documentId());
        assertEquals(EdxmlScenario.SENDER, arrived.to().organId());
        assertEquals(EdxmlScenario.US, arrived.from().organId());
        assertEquals("15/QĐ-UBND", arrived.responseFor().code());
    }

    @Test
    void theReceiptCountsAsReceivedAndEnteredElectronicallyWhenItCommits() throws Exception {
        s.inbox.receiveDropped(s.drop("goi.xml", decisionPackage(ID)));
        s.transaction.commit();
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        DocumentReport report = DocumentReport.compute(s.statistics.snapshot(),
                new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        assertEquals(1, report.received());
        assertEquals(1, report.enteredElectronically());
    }

    @Test
    void theSameDocumentIdTwiceIsRefusedNamingTheFirstDocumentAndNothingIsAdded() throws Exception {
        NodeRef first = s.inbox.receiveDropped(s.drop("goi.xml", decisionPackage(ID))).document();
        int nodes = s.repo.nodes.size();
        NodeRef again = s.drop("goi (gửi lại).xml", decisionPackage(ID));

        assertNull(s.inbox.receiveDropped(again));

        assertEquals(List.of(first), incoming());
        assertEquals(nodes + 1, s.repo.nodes.size(), "only the dropped file");
        assertEquals("REJECTED", s.repo.node(again).props.get(VanthuModel.PROP_EDXML_PACKAGE_STATE));
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) s.repo.node(again).props.get(VanthuModel.PROP_EDXML_PROBLEMS);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains(first.toString()), problems.get(0));
        assertTrue(problems.get(0).contains("đã được tiếp nhận") && problems.get(0).contains("was already received"),
                problems.get(0));
        assertTrue(s.repo.queries.contains("TYPE:\"vt:incomingDocument\" AND =vt:edxmlDocumentId:\"" + ID + "\""),
                "found by an exact query on the DocumentId: " + s.repo.queries);
    }

    @Test
    void aReceiptOfTheSameDocumentIdNotYetVisibleToQueriesIsToldApartByTheRegistry() throws Exception {
        // Another receipt of the same package has registered its document but not committed:
        // the exact query does not see it, the attribute table's unique key does.
        NodeRef other = s.repo.add(s.documentLibrary, VanthuModel.TYPE_INCOMING_DOCUMENT,
                Map.of(ContentModel.PROP_NAME, "15-QD-UBND.pdf (đang nhận)"));
        s.registry.reserve(ID, other);
        NodeRef file = s.drop("goi.xml", decisionPackage(ID));

        assertNull(s.inbox.receiveDropped(file));

        assertEquals(List.of(other), incoming());
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) s.repo.node(file).props.get(VanthuModel.PROP_EDXML_PROBLEMS);
        assertTrue(problems.get(0).contains(other.toString()), problems.toString());
    }

    @Test
    void aDocumentIdWhoseDocumentWasDeletedIsReceivedAgain() throws Exception {
        NodeRef first = s.inbox.receiveDropped(s.drop("goi.xml", decisionPackage(ID))).document();
        s.repo.nodes.remove(first);
        assertNotNull(s.inbox.receiveDropped(s.drop("goi-lai.xml", decisionPackage(ID))));
        assertEquals(1, incoming().size());
    }

    @Test
    void aPackageWhoseAttachmentDiffersFromTheManifestIsRejectedWholeWithBilingualProblems() throws Exception {
        String xml = new String(decisionPackage(ID), StandardCharsets.UTF_8);
        // Change the declared size of the annex: the decoded bytes no longer match the manifest.
        String tampered = xml.replace("<AttachmentSize>" + annex.length + "</AttachmentSize>",
                "<AttachmentSize>" + (annex.length + 1) + "</AttachmentSize>");
        assertFalse(tampered.equals(xml));
        NodeRef file = s.drop("hong.xml", tampered.getBytes(StandardCharsets.UTF_8));

        assertNull(s.inbox.receiveDropped(file));

        assertEquals(List.of(), incoming(), "nothing is created");
        assertEquals(List.of(), s.repo.ofType(ContentModel.TYPE_CONTENT).stream().filter(n -> !n.equals(file)).toList());
        assertEquals(1, s.repo.rollbacks);
        assertEquals("REJECTED", s.repo.node(file).props.get(VanthuModel.PROP_EDXML_PACKAGE_STATE));
        verify(s.signatureService, never()).rememberWrittenDigest(any(), any(), any());
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) s.repo.node(file).props.get(VanthuModel.PROP_EDXML_PROBLEMS);
        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().allMatch(line -> line.contains(" / ")), "Vietnamese / English: " + problems);
        assertEquals(0, numberOfArrivals(), "no arrival number is used");
    }

    private int numberOfArrivals() {
        return s.repo.nodes.values().stream().mapToInt(n -> n.props.containsKey(VanthuModel.PROP_ARRIVAL_NUMBER) ? 1 : 0).sum();
    }

    @Test
    void aPackageChangedAfterSigningIsRefused() throws Exception {
        String xml = new String(decisionPackage(ID), StandardCharsets.UTF_8);
        String tampered = xml.replace("năm 2023</Subject>", "năm 2024</Subject>");
        assertFalse(tampered.equals(xml));
        NodeRef file = s.drop("sua.xml", tampered.getBytes(StandardCharsets.UTF_8));

        assertNull(s.inbox.receiveDropped(file));

        assertEquals(List.of(), incoming());
        // Refused after the reader accepted the XML (and handed its digests to the sink): no node, nothing kept.
        verify(s.signatureService, never()).rememberWrittenDigest(any(), any(), any());
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) s.repo.node(file).props.get(VanthuModel.PROP_EDXML_PROBLEMS);
        assertTrue(problems.get(0).contains("Signature"), problems.toString());
    }

    @Test
    void theManifestHashOfEachAttachmentIsHandedToTheSignatureServiceByItsNodesContentUrl() throws Exception {
        EdxmlReceiver.Receipt receipt = s.inbox.receiveDropped(s.drop("goi.xml", decisionPackage(ID)));
        NodeRef doc = receipt.document();
        NodeRef other = receipt.attachments().get(0);

        ArgumentCaptor<NodeRef> nodes = ArgumentCaptor.forClass(NodeRef.class);
        ArgumentCaptor<String> urls = ArgumentCaptor.forClass(String.class);
        ArgumentCaptor<DigestCheckpoints> digests = ArgumentCaptor.forClass(DigestCheckpoints.class);
        verify(s.signatureService, times(2)).rememberWrittenDigest(nodes.capture(), urls.capture(), digests.capture());
        assertEquals(List.of(doc, other), nodes.getAllValues(), "every created node; the service keeps only what it will verify");
        // The URL the verification after the commit reads the node's content from.
        assertNotNull(s.repo.node(doc).contentUrl);
        assertEquals(s.repo.node(doc).contentUrl, urls.getAllValues().get(0));
        assertEquals(s.repo.contentService.getReader(doc, ContentModel.PROP_CONTENT).getContentUrl(), urls.getAllValues().get(0));
        assertEquals(s.repo.node(other).contentUrl, urls.getAllValues().get(1));
        assertFalse(urls.getAllValues().get(0).equals(urls.getAllValues().get(1)));
        // The checkpoints are those of the bytes stored: the PDF verifies the same with them.
        DigestCheckpoints d = digests.getAllValues().get(0);
        assertEquals(pdf.length, d.length());
        assertEquals(annex.length, digests.getAllValues().get(1).length());
        java.nio.file.Path stored = java.nio.file.Files.write(dir.resolve("stored.pdf"), s.repo.node(doc).content);
        SignatureVerifier verifier = new SignatureVerifier(s.pki.trustStore());
        VerificationResult plain = verifier.verifyPdf(stored);
        VerificationResult resumed = verifier.verifyPdf(stored, d);
        assertEquals("VALID", plain.verdict().name());
        assertEquals(plain.verdict(), resumed.verdict());
        assertEquals(plain.signatures().get(0).signerName(), resumed.signatures().get(0).signerName());
    }

    @Test
    void aPackageMissingItsCodeIsRefusedNamingTheField() throws Exception {
        String xml = new String(decisionPackage(ID), StandardCharsets.UTF_8)
                .replace("<CodeNumber>15</CodeNumber>", "");
        NodeRef file = s.drop("thieu-so.xml", xml.getBytes(StandardCharsets.UTF_8));

        assertNull(s.inbox.receiveDropped(file));

        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) s.repo.node(file).props.get(VanthuModel.PROP_EDXML_PROBLEMS);
        assertTrue(problems.stream().anyMatch(line -> line.contains("CodeNumber") || line.contains("Code")), problems.toString());
        assertEquals(List.of(), incoming());
    }

    @Test
    void aHandWrittenUnsignedPackageWithAPrefixAndIndentationIsReceived() throws Exception {
        String base64 = java.util.Base64.getMimeEncoder(40, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pdf);
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <e:edXML xmlns:e="http://www.mic.gov.vn/TBT/QCVN_102_2016">
                  <e:edXMLEnvelope>
                    <e:edXMLHeader>
                      <e:MessageHeader>
                        <e:From><e:OrganId>000.00.04.H15</e:OrganId><e:OrganName>Sở Nội vụ tỉnh Thừa Thiên Huế</e:OrganName></e:From>
                        <e:To><e:OrganId>000.12.34.H15</e:OrganId><e:OrganName>UBND xã Phú Hồ</e:OrganName></e:To>
                        <e:Code><e:CodeNumber>208</e:CodeNumber><e:CodeNotation>SNV-CCVC</e:CodeNotation></e:Code>
                        <e:PromulgationInfo><e:Place>Thừa Thiên Huế</e:Place><e:PromulgationDate>2023/02/28</e:PromulgationDate></e:PromulgationInfo>
                        <e:DocumentType><e:Type>1</e:Type><e:TypeDetail>0</e:TypeDetail><e:TypeName>Công văn</e:TypeName></e:DocumentType>
                        <e:Subject>V/v báo cáo số lượng cán bộ, công chức cấp xã</e:Subject>
                        <e:OtherInfo><e:Priority>0</e:Priority><e:PageAmount>2</e:PageAmount></e:OtherInfo>
                        <e:DocumentId>000.00.04.H15,2023/02/28,208/SNV-CCVC</e:DocumentId>
                      </e:MessageHeader>
                    </e:edXMLHeader>
                  </e:edXMLEnvelope>
                  <e:AttachmentEncoded>
                    <e:Attachment>
                      <e:ContentId>cv208</e:ContentId>
                      <e:AttachmentName>208-SNV-CCVC.pdf</e:AttachmentName>
                      <e:ContentType>application/pdf</e:ContentType>
                      <e:ContentTransferEncoded>%s</e:ContentTransferEncoded>
                    </e:Attachment>
                  </e:AttachmentEncoded>
                </e:edXML>
                """.formatted(base64);
        NodeRef file = s.drop("cv-208.xml", xml.getBytes(StandardCharsets.UTF_8));

        EdxmlReceiver.Receipt receipt = s.inbox.receiveDropped(file);

        assertNotNull(receipt, () -> String.valueOf(s.repo.node(file).props.get(VanthuModel.PROP_EDXML_PROBLEMS)));
        Map<QName, Serializable> p = s.repo.node(receipt.document()).props;
        assertEquals("Sở Nội vụ tỉnh Thừa Thiên Huế", p.get(VanthuModel.PROP_ORGAN_NAME));
        assertEquals(208, p.get(VanthuModel.PROP_CODE_NUMBER));
        assertEquals("Công văn", p.get(VanthuModel.PROP_TYPE_NAME));
        assertEquals("normal", p.get(VanthuModel.PROP_PRIORITY));
        assertEquals("UNSIGNED", p.get(VanthuModel.PROP_EDXML_PACKAGE_SIGNATURE));
        assertArrayEquals(pdf, s.repo.node(receipt.document()).content);
    }

    @Test
    void aSecondDocumentWithTheSameFileNameGetsAFreeName() throws Exception {
        s.inbox.receiveDropped(s.drop("a.xml", decisionPackage(ID)));
        NodeRef second = s.inbox.receiveDropped(s.drop("b.xml", decisionPackage(ID + "-2"))).document();
        assertEquals("15-QD-UBND (2).pdf", s.repo.node(second).props.get(ContentModel.PROP_NAME));
        assertEquals(2, s.repo.node(second).props.get(VanthuModel.PROP_ARRIVAL_NUMBER));
    }

    @Test
    void aFileThatWasReceivedIsNotReceivedAgain() throws Exception {
        NodeRef file = s.drop("goi.xml", decisionPackage(ID));
        assertNotNull(s.inbox.receiveDropped(file));
        assertNull(s.inbox.receiveDropped(file), "the action queued twice does nothing the second time");
        assertEquals("IMPORTED", s.repo.node(file).props.get(VanthuModel.PROP_EDXML_PACKAGE_STATE));
        assertEquals(1, incoming().size());
    }
}
