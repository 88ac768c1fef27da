package vn.vanthu.repo.edxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
import org.springframework.extensions.surf.util.Content;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;
import org.springframework.extensions.webscripts.servlet.FormData;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vanthu.edxml.AttachmentSource;
import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.repo.registers.Props;

/** The four web scripts as the container calls them: parameters and body in, status, headers and body out. */
class EdxmlWebScriptsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = "000.00.12.H15,2023/03/15,15/QĐ-UBND";

    private EdxmlScenario s;
    private final PermissionService permissions = mock(PermissionService.class);
    private final WebScriptResponse res = mock(WebScriptResponse.class);
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final Map<String, String> headers = new HashMap<>();
    private int[] status = {0};
    private ReceivePost receive;
    private byte[] pkg;

    @BeforeEach
    void setUp() throws Exception {
        s = new EdxmlScenario();
        s.outgoing.setPermissionService(permissions);
        lenient().when(permissions.hasPermission(any(), anyString())).thenReturn(AccessStatus.ALLOWED);
        lenient().when(res.getOutputStream()).thenReturn(body);
        lenient().doAnswer(i -> status[0] = i.getArgument(0)).when(res).setStatus(org.mockito.ArgumentMatchers.anyInt());
        lenient().doAnswer(i -> headers.put(i.getArgument(0), i.getArgument(1))).when(res).setHeader(anyString(), anyString());
        receive = new ReceivePost();
        receive.setContentService(s.repo.contentService);
        receive.setFolders(s.folders);
        receive.setInbox(s.inbox);
        pkg = s.pack(EdxmlScenario.decision(ID).build(),
                List.of(AttachmentSource.ofBytes(s.signedPdf(8_000, 5), "15-QD-UBND.pdf", "application/pdf")));
    }

    private WebScriptRequest request(Map<String, String> params, byte[] content) {
        WebScriptRequest req = mock(WebScriptRequest.class);
        lenient().when(req.getParameter(anyString())).thenAnswer(i -> params.get(i.<String>getArgument(0)));
        if (content != null) {
            Content c = mock(Content.class);
            lenient().when(c.getInputStream()).thenAnswer(i -> new ByteArrayInputStream(content));
            lenient().when(req.getContent()).thenReturn(c);
            lenient().when(req.getContentType()).thenReturn("application/xml");
        }
        return req;
    }

    private JsonNode json() throws Exception {
        return JSON.readTree(body.toByteArray());
    }

    @Test
    void receivingThroughTheWebScriptAnswers201WithTheNewDocument() throws Exception {
        receive.execute(request(Map.of("site", "phu-ho", "name", "goi-15.xml"), pkg), res);

        assertEquals(201, status[0]);
        JsonNode answer = json();
        NodeRef doc = new NodeRef(answer.get("nodeRef").asText());
        assertEquals(VanthuModel.TYPE_INCOMING_DOCUMENT, s.repo.node(doc).type);
        assertEquals(ID, answer.get("documentId").asText());
        NodeRef file = new NodeRef(answer.get("package").asText());
        assertEquals("goi-15.xml", s.repo.node(file).props.get(ContentModel.PROP_NAME));
        assertEquals(s.inbox(), s.repo.node(file).parent, "the inbox was created on demand and keeps the package");
        assertEquals("IMPORTED", s.repo.node(file).props.get(VanthuModel.PROP_EDXML_PACKAGE_STATE));
        assertEquals(s.outbox(), s.repo.node(new NodeRef(answer.get("statusPackage").asText())).parent);
    }

    @Test
    void anInvalidPackageAnswers400WithEveryProblemAndStoresNothing() throws Exception {
        s.inbox();
        int before = s.repo.nodes.size();
        byte[] broken = new String(pkg, StandardCharsets.UTF_8).replace("<CodeNotation>QĐ-UBND</CodeNotation>", "")
                .replace("2023/03/15</PromulgationDate>", "2023/02/30</PromulgationDate>").getBytes(StandardCharsets.UTF_8);

        receive.execute(request(Map.of("site", "phu-ho"), broken), res);

        assertEquals(400, status[0]);
        JsonNode problems = json().get("problems");
        assertTrue(problems.size() >= 2, problems.toString());
        for (JsonNode problem : problems) {
            assertTrue(problem.hasNonNull("code") && problem.hasNonNull("vi") && problem.hasNonNull("en"), problem.toString());
        }
        assertEquals(before, s.repo.nodes.size(), "not even the package is kept");
    }

    @Test
    void theSameDocumentIdAgainAnswers409NamingTheFirstDocument() throws Exception {
        receive.execute(request(Map.of("site", "phu-ho"), pkg), res);
        String first = json().get("nodeRef").asText();
        body.reset();

        receive.execute(request(Map.of("site", "phu-ho"), pkg), res);

        assertEquals(409, status[0]);
        JsonNode problem = json().get("problems").get(0);
        assertEquals("DUPLICATE_DOCUMENT_ID", problem.get("code").asText());
        assertTrue(problem.get("en").asText().contains(first), problem.toString());
    }

    @Test
    void aMultipartUploadIsReceivedUnderItsFileName() throws Exception {
        WebScriptRequest req = request(Map.of("site", "phu-ho"), null);
        when(req.getContentType()).thenReturn("multipart/form-data; boundary=x");
        FormData form = mock(FormData.class);
        FormData.FormField text = mock(FormData.FormField.class);
        FormData.FormField file = mock(FormData.FormField.class);
        when(text.getIsFile()).thenReturn(false);
        when(file.getIsFile()).thenReturn(true);
        when(file.getInputStream()).thenReturn(new ByteArrayInputStream(pkg));
        when(file.getFilename()).thenReturn("QD 15 huyen.xml");
        when(form.getFields()).thenReturn(new FormData.FormField[] {text, file});
        when(req.parseContent()).thenReturn(form);

        receive.execute(req, res);

        assertEquals(201, status[0]);
        assertEquals("QD 15 huyen.xml", s.repo.node(new NodeRef(json().get("package").asText())).props.get(ContentModel.PROP_NAME));
        // The upload is opened once (a second stream of a file kept on disk would stay open).
        verify(file, times(1)).getInputStream();
        verify(text, never()).getInputStream();
    }

    @Test
    void siteOrFolderIsRequiredAndAFolderMustBeAnInbox() throws Exception {
        receive.execute(request(Map.of(), pkg), res);
        assertEquals(400, status[0]);
        assertTrue(json().get("message").asText().contains("site or folder"));
        body.reset();
        receive.execute(request(Map.of("folder", s.documentLibrary.toString()), pkg), res);
        assertEquals(404, status[0]);
        body.reset();
        receive.execute(request(Map.of("site", "khong-co"), pkg), res);
        assertEquals(404, status[0]);
        assertTrue(json().get("message").asText().contains("No such site khong-co"));
        body.reset();
        receive.execute(request(Map.of("folder", s.inbox().toString()), pkg), res);
        assertEquals(201, status[0]);
    }

    private NodeRef issuedOutgoing() {
        Map<QName, Serializable> p = new HashMap<>();
        p.put(ContentModel.PROP_NAME, "04-QD-UBND.pdf");
        p.put(VanthuModel.PROP_TYPE_NAME, "Quyết định");
        p.put(VanthuModel.PROP_CODE_NUMBER, 4);
        p.put(VanthuModel.PROP_CODE_NOTATION, "04/QĐ-UBND");
        p.put(VanthuModel.PROP_ISSUED_DATE, Props.date(LocalDate.of(2023, 3, 10), ZoneId.of("Asia/Ho_Chi_Minh")));
        p.put(VanthuModel.PROP_SUBJECT, "Về việc thành lập Tổ công tác chuyển đổi số cộng đồng");
        p.put(VanthuModel.PROP_RECIPIENTS, new ArrayList<>(List.of("000.00.12.H15 | UBND huyện Phú Vang")));
        NodeRef doc = s.repo.add(s.documentLibrary, VanthuModel.TYPE_OUTGOING_DOCUMENT, p);
        s.repo.node(doc).content = "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII);
        return doc;
    }

    @Test
    void thePackageIsADownloadNamedByItsDocumentId() throws Exception {
        PackageGet get = new PackageGet();
        get.setOutgoing(s.outgoing);
        NodeRef doc = issuedOutgoing();

        get.execute(request(Map.of("nodeRef", doc.toString()), null), res);

        assertEquals(200, status[0]);
        verify(res).setContentType("application/xml;charset=UTF-8");
        String disposition = headers.get("Content-Disposition");
        assertTrue(disposition.startsWith("attachment; filename=\"000.12.34.H15,2023_03_10,04_Q_-UBND.edxml\""), disposition);
        assertTrue(disposition.contains("filename*=UTF-8''000.12.34.H15%2C2023_03_10%2C04_Q%C4%90-UBND.edxml"), disposition);
        assertTrue(body.toString(StandardCharsets.UTF_8).contains("<DocumentId>000.12.34.H15,2023/03/10,04/QĐ-UBND</DocumentId>"));
    }

    @Test
    void aDocumentTheUserMayNotReadAnswers403InBothLanguages() throws Exception {
        PackageGet get = new PackageGet();
        get.setOutgoing(s.outgoing);
        NodeRef doc = issuedOutgoing();
        when(permissions.hasPermission(doc, PermissionService.READ)).thenReturn(AccessStatus.DENIED);

        get.execute(request(Map.of("nodeRef", doc.toString()), null), res);

        assertEquals(403, status[0]);
        assertTrue(json().get("message").asText().contains("không có quyền đọc"));
        get.execute(request(Map.of("nodeRef", "not-a-node"), null), res);
        assertEquals(400, status[0]);
    }

    @Test
    void sendingAnswersTheDocumentIdAndTheOutboxPackage() throws Exception {
        SendPost send = new SendPost();
        send.setOutgoing(s.outgoing);
        NodeRef doc = issuedOutgoing();

        send.execute(request(Map.of("nodeRef", doc.toString()), null), res);

        assertEquals(200, status[0]);
        JsonNode answer = json();
        assertEquals("000.12.34.H15,2023/03/10,04/QĐ-UBND", answer.get("documentId").asText());
        assertEquals("2023-03-16T02:00:00Z", answer.get("transmittedAt").asText());
        assertEquals(s.outbox(), s.repo.node(new NodeRef(answer.get("package").asText())).parent);
        assertEquals(Boolean.TRUE, s.repo.node(doc).props.get(VanthuModel.PROP_TRANSMITTED_ELECTRONICALLY));
    }

    @Test
    void theInboxScriptCreatesBothFoldersOnce() throws Exception {
        InboxPost inbox = new InboxPost();
        inbox.setFolders(s.folders);
        inbox.execute(request(Map.of("site", "phu-ho"), null), res);
        JsonNode first = json();
        body.reset();
        inbox.execute(request(Map.of("site", "phu-ho"), null), res);
        assertEquals(first, json());
        assertEquals("edXML Inbox", s.repo.node(new NodeRef(first.get("inbox").asText())).props.get(ContentModel.PROP_NAME));
        assertEquals("edXML Outbox", s.repo.node(new NodeRef(first.get("outbox").asText())).props.get(ContentModel.PROP_NAME));
        assertTrue(s.repo.node(new NodeRef(first.get("outbox").asText())).aspects.contains(VanthuModel.ASPECT_EDXML_OUTBOX));
    }
}
