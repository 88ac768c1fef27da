package vn.vanthu.repo.webscript;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.transaction.TransactionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.extensions.surf.util.Content;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;
import org.springframework.extensions.webscripts.servlet.WebScriptServletRequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import vn.vanthu.repo.config.DossierConfiguration;
import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.repo.portal.FeedbackFolder;
import vn.vanthu.repo.portal.PortalSettings;
import vn.vanthu.repo.store.NodeQueries;

/** The public web scripts with Mockito stand-ins for Surf and the repository. */
class PublicWebScriptsTest {

    private final Map<String, String> parameters = new HashMap<>();
    private final Map<String, String> headers = new HashMap<>();
    private final Map<String, String> responseHeaders = new HashMap<>();
    private final WebScriptServletRequest request = mock(WebScriptServletRequest.class);
    private final HttpServletRequest servlet = mock(HttpServletRequest.class);
    private final WebScriptResponse response = mock(WebScriptResponse.class);
    private ByteArrayOutputStream body = new ByteArrayOutputStream();
    private int[] status = new int[1];
    private final PortalSettings settings = new PortalSettings();
    private final DossierConfiguration configuration = new DossierConfiguration();
    private final NodeQueries nodeQueries = mock(NodeQueries.class);
    private final NodeService nodeService = mock(NodeService.class);

    @BeforeEach
    void setUp() throws IOException {
        settings.setFeedbackAddress("Số 1 Trần Hưng Đạo, xã Phú Hồ");
        settings.setFeedbackPhone("0234 3861 234");
        settings.setFeedbackEmail("ubnd@phuho.gov.vn");
        settings.setChallengeSecret("test-secret");
        settings.setChallengeMinSeconds(0);
        settings.setLookupSlowAfter(2);
        settings.setLookupRefuseAfter(4);
        settings.init();
        configuration.setOrganName("Ủy ban nhân dân xã Phú Hồ");
        when(request.getParameter(anyString())).thenAnswer(c -> parameters.get(c.getArgument(0)));
        when(request.getParameterNames()).thenAnswer(c -> parameters.keySet().toArray(new String[0]));
        when(request.getParameterValues(anyString())).thenAnswer(c -> parameters.containsKey(c.getArgument(0))
                ? new String[] {parameters.get(c.getArgument(0))} : null);
        when(request.getHeader(anyString())).thenAnswer(c -> headers.get(c.getArgument(0)));
        when(request.getHttpServletRequest()).thenReturn(servlet);
        when(servlet.getRemoteAddr()).thenReturn("203.0.113.9");
        when(response.getOutputStream()).thenAnswer(c -> body);
        org.mockito.Mockito.doAnswer(c -> status[0] = c.getArgument(0)).when(response).setStatus(anyInt());
        org.mockito.Mockito.doAnswer(c -> responseHeaders.put(c.getArgument(0), c.getArgument(1))).when(response)
                .setHeader(anyString(), anyString());
    }

    private <T extends PublicWebScript> T wired(T script) {
        script.setSettings(settings);
        return script;
    }

    private JsonNode json() throws IOException {
        return new ObjectMapper().readTree(body.toByteArray());
    }

    private String text() {
        return body.toString(StandardCharsets.UTF_8);
    }

    private void reset() {
        body = new ByteArrayOutputStream();
        responseHeaders.clear();
        status[0] = 0;
    }

    private PublicProceduresGet procedures() {
        PublicProceduresGet script = wired(new PublicProceduresGet());
        script.setConfiguration(configuration);
        return script;
    }

    private void assertSecurityHeaders(String cache) {
        assertTrue(responseHeaders.get("Content-Security-Policy").contains("default-src 'none'"), responseHeaders.toString());
        assertTrue(responseHeaders.get("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertEquals("nosniff", responseHeaders.get("X-Content-Type-Options"));
        assertEquals("DENY", responseHeaders.get("X-Frame-Options"));
        assertEquals("no-referrer", responseHeaders.get("Referrer-Policy"));
        assertEquals(cache, responseHeaders.get("Cache-Control"));
    }

    // ---- procedures ----

    @Test
    void proceduresAnswerTheCatalogueWithTheFeedbackContact() throws IOException {
        parameters.put("q", "dang ky khai tu");
        procedures().execute(request, response);
        assertEquals(200, status[0]);
        JsonNode json = json();
        assertEquals("vi", json.get("lang").asText());
        assertEquals(1, json.get("count").asInt());
        assertEquals("Đăng ký khai tử", json.get("procedures").get(0).get("name").asText());
        assertEquals("0234 3861 234", json.get("feedback").get("phone").asText());
        assertSecurityHeaders("public, max-age=300");
        // The catalogue only: no query, no node.
        org.mockito.Mockito.verifyNoInteractions(nodeQueries, nodeService);
    }

    @Test
    void englishIsGivenOnRequestByParameterOrHeader() throws IOException {
        headers.put("Accept-Language", "en-GB,en;q=0.8");
        parameters.put("q", "2.000884");
        procedures().execute(request, response);
        assertEquals("Certification of a signature", json().get("procedures").get(0).get("name").asText());
        reset();
        parameters.put("lang", "vi");
        procedures().execute(request, response);
        assertEquals("Chứng thực chữ ký trong các giấy tờ, văn bản", json().get("procedures").get(0).get("name").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}", "<#assign x=1>",
            "TYPE:\"vt:dossier\"", "=vt:applicantName:*", "PATH:\"/app:company_home//*\""})
    void injectionInQIsRefusedWithABilingual400(String q) throws IOException {
        parameters.put("q", q);
        procedures().execute(request, response);
        assertEquals(400, status[0]);
        JsonNode json = json();
        assertEquals("q", json.get("field").asText());
        assertTrue(json.get("message").get("vi").asText().contains("Chỉ nhập chữ, số"));
        assertTrue(json.get("message").get("en").asText().contains("Use only letters"));
        assertFalse(text().contains("<") || text().contains(">"), "nothing of the input echoed raw: " + text());
        assertSecurityHeaders("no-store");
    }

    @Test
    void theHtmlPageIsPrintableAndEscaped() throws IOException {
        parameters.put("format", "html");
        parameters.put("field", "Chứng thực");
        procedures().execute(request, response);
        assertEquals(200, status[0]);
        String page = text();
        assertTrue(page.contains("<h2>2.000815 &ndash; Chứng thực bản sao"), page);
        assertTrue(page.contains("Số 1 Trần Hưng Đạo"));
        assertFalse(page.contains("<script"));
        reset();
        parameters.put("format", "pdf");
        procedures().execute(request, response);
        assertEquals(400, status[0]);
        assertEquals("format", json().get("field").asText());
    }

    // ---- dossier look-up ----

    private final NodeRef dossier = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "d1");
    private final NodeRef root = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "root");

    private PublicDossierLookupGet lookup(List<Long> sleeps) {
        PublicDossierLookupGet script = wired(new PublicDossierLookupGet());
        script.setNodeQueries(nodeQueries);
        script.setNodeService(nodeService);
        script.setTransactionService(transactions(true));
        // A slowed caller waits outside any transaction (no database connection held meanwhile).
        script.setSleeper(millis -> {
            assertFalse(inTransaction, "the pause holds no transaction");
            sleeps.add(millis);
        });
        when(nodeQueries.page(anyString(), eq(0), eq(1))).thenAnswer(c -> ((String) c.getArgument(0)).contains("H15.50.05.13-230119-0007")
                ? List.of(dossier) : List.of());
        Map<QName, Serializable> p = new HashMap<>();
        p.put(VanthuModel.PROP_DOSSIER_CODE, "H15.50.05.13-230119-0007");
        p.put(VanthuModel.PROP_PROCEDURE_CODE, "1.001193");
        p.put(VanthuModel.PROP_PROCEDURE_NAME, "Đăng ký khai sinh");
        p.put(VanthuModel.PROP_RECEIVED_AT, Date.from(java.time.Instant.parse("2023-01-19T09:00:00Z")));
        p.put(VanthuModel.PROP_APPOINTMENT_AT, Date.from(java.time.Instant.parse("2023-01-27T10:00:00Z")));
        p.put(VanthuModel.PROP_DOSSIER_STATUS, "10");
        p.put(VanthuModel.PROP_FINISHED_AT, Date.from(java.time.Instant.parse("2023-01-26T03:00:00Z")));
        p.put(VanthuModel.PROP_TIMELINESS, "EARLY");
        p.put(VanthuModel.PROP_APPLICANT_PHONE, "0905 123 456");
        p.put(VanthuModel.PROP_APPLICANT_NAME, "Nguyễn Thị Lan");
        p.put(VanthuModel.PROP_APPLICANT_ADDRESS, "Thôn 3");
        when(nodeService.getRootNode(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE)).thenReturn(root);
        when(nodeService.getProperty(eq(dossier), any())).thenAnswer(c -> {
            assertEquals(AuthenticationUtil.SYSTEM_USER_NAME, AuthenticationUtil.getRunAsUser(), "read as system");
            assertTrue(inTransaction, "read inside the look-up's own transaction");
            return p.get(c.getArgument(1));
        });
        return script;
    }

    private byte[] lookUp(PublicDossierLookupGet script, String code, String check) throws IOException {
        reset();
        parameters.put("code", code);
        parameters.put("check", check);
        script.execute(request, response);
        return body.toByteArray();
    }

    @Test
    void theProcedureIsNamedInTheLanguageAsked() throws IOException {
        PublicDossierLookupGet script = lookup(new ArrayList<>());
        script.setConfiguration(configuration);
        parameters.put("lang", "en");
        lookUp(script, "H15.50.05.13-230119-0007", "3456");
        assertEquals("Birth registration", json().get("procedure").asText());
        assertEquals("Result returned", json().get("statusText").asText());
        assertEquals("Đã trả kết quả", json().get("statusWords").get("vi").asText());
    }

    @Test
    void theRightCheckShowsTheStatusAndNothingPersonal() throws IOException {
        lookUp(lookup(new ArrayList<>()), "H15.50.05.13-230119-0007", "3456");
        assertEquals(200, status[0]);
        JsonNode json = json();
        assertEquals("Đã trả kết quả", json.get("statusText").asText());
        assertFalse(json.get("late").asBoolean());
        assertFalse(text().contains("Nguyễn") || text().contains("Thôn") || text().contains("0905"), text());
        verify(nodeService, never()).getProperty(dossier, VanthuModel.PROP_APPLICANT_NAME);
        verify(nodeService, never()).getProperty(dossier, VanthuModel.PROP_APPLICANT_ADDRESS);
        verify(nodeService, never()).getProperties(any());
        assertSecurityHeaders("no-store");
    }

    @Test
    void aWrongCheckAndAnUnknownCodeAreIndistinguishable() throws IOException {
        PublicDossierLookupGet script = lookup(new ArrayList<>());
        byte[] wrong = lookUp(script, "H15.50.05.13-230119-0007", "0000");
        int wrongStatus = status[0];
        Map<String, String> wrongHeaders = new HashMap<>(responseHeaders);
        byte[] unknown = lookUp(script, "H15.50.05.13-230119-0008", "3456");
        assertEquals(404, wrongStatus);
        assertEquals(wrongStatus, status[0]);
        assertArrayEquals(wrong, unknown, new String(unknown, StandardCharsets.UTF_8));
        assertEquals(wrongHeaders, responseHeaders);
        // The same path: one exact query each, on the code only, and the same ten property reads
        // (of the dossier, or of the store's root for the unknown code).
        verify(nodeQueries, times(2)).page(anyString(), eq(0), eq(1));
        verify(nodeService, times(10)).getProperty(eq(dossier), any());
        verify(nodeService, times(10)).getProperty(eq(root), any());
        verify(nodeQueries).page("TYPE:\"vt:dossier\" AND =vt:dossierCode:\"H15.50.05.13-230119-0008\"", 0, 1);
        assertTrue(json().get("message").get("en").asText().startsWith("No dossier matches"));
    }

    @Test
    void repeatedFailuresAreSlowedThenRefusedAndForwardedForIsNotBelieved() throws IOException {
        List<Long> sleeps = new ArrayList<>();
        PublicDossierLookupGet script = lookup(sleeps);
        headers.put("X-Forwarded-For", "198.51.100.1");
        lookUp(script, "H15.50.05.13-230119-0001", "1111");
        lookUp(script, "H15.50.05.13-230119-0002", "1111");
        headers.put("X-Forwarded-For", "198.51.100.2"); // changing the header does not help
        lookUp(script, "H15.50.05.13-230119-0003", "1111");
        assertEquals(List.of(), sleeps, "two free failures");
        lookUp(script, "H15.50.05.13-230119-0004", "1111");
        assertEquals(List.of(1000L), sleeps, "the fourth look-up waits");
        lookUp(script, "H15.50.05.13-230119-0007", "3456");
        assertEquals(429, status[0], "refused even with the right check while locked");
        assertTrue(Long.parseLong(responseHeaders.get("Retry-After")) > 0);
        verify(nodeQueries, times(4)).page(anyString(), eq(0), eq(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<img src=x>", "H15' OR 1=1", "x\" OR TYPE:\"cm:content", "${code}"})
    void malformedCodesAreRefusedBeforeAnyQuery(String code) throws IOException {
        lookUp(lookup(new ArrayList<>()), code, "1234");
        assertEquals(400, status[0]);
        assertEquals("code", json().get("field").asText());
        verify(nodeQueries, never()).page(anyString(), anyInt(), anyInt());
    }

    @Test
    void theHtmlFormOpensWithTheCodeOfTheQrCode() throws IOException {
        parameters.put("format", "html");
        lookUp(lookup(new ArrayList<>()), "H15.50.05.13-230119-0007", null);
        assertEquals(200, status[0]);
        assertTrue(text().contains("value=\"H15.50.05.13-230119-0007\""), text());
        verify(nodeQueries, never()).page(anyString(), anyInt(), anyInt());
    }

    // ---- feedback ----

    private final NodeRef folder = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "folder");
    private final NodeRef created = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "f1");
    /** Who began each transaction of the intake, and whether one is open (the descriptor asks for none). */
    private final List<String> transactionsBegunBy = new ArrayList<>();
    private boolean inTransaction;

    private TransactionService transactions(boolean readOnlyExpected) {
        RetryingTransactionHelper helper = new RetryingTransactionHelper() {
            @Override
            public <R> R doInTransaction(RetryingTransactionCallback<R> cb, boolean readOnly, boolean requiresNew) {
                assertEquals(readOnlyExpected, readOnly, "read-only transaction");
                transactionsBegunBy.add(AuthenticationUtil.getRunAsUser());
                inTransaction = true;
                try {
                    // Runs the callback itself (not the helper's own code, which needs a real transaction service).
                    return cb.execute();
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                } finally {
                    inTransaction = false;
                }
            }
        };
        TransactionService service = mock(TransactionService.class);
        when(service.getRetryingTransactionHelper()).thenReturn(helper);
        return service;
    }

    private PublicFeedbackPost feedback() {
        FeedbackFolder feedbackFolder = mock(FeedbackFolder.class);
        when(feedbackFolder.getOrCreate()).thenReturn(folder);
        PublicFeedbackPost script = wired(new PublicFeedbackPost());
        script.setNodeService(nodeService);
        script.setFeedbackFolder(feedbackFolder);
        script.setConfiguration(configuration);
        script.setTransactionService(transactions(false));
        when(nodeService.createNode(eq(folder), eq(ContentModel.ASSOC_CONTAINS), any(), eq(VanthuModel.TYPE_FEEDBACK), any()))
                .thenAnswer(c -> {
                    assertEquals(AuthenticationUtil.SYSTEM_USER_NAME, AuthenticationUtil.getRunAsUser(), "created as system");
                    // Inside the transaction the script begins as system: its commit never runs unauthenticated.
                    assertTrue(inTransaction, "created inside the script's own transaction");
                    assertEquals(List.of(AuthenticationUtil.SYSTEM_USER_NAME), transactionsBegunBy, "one transaction, begun as system");
                    return new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, folder, c.getArgument(2), created);
                });
        when(nodeService.getProperty(created, VanthuModel.PROP_FEEDBACK_CODE)).thenReturn("PAKN-230601-0001");
        when(nodeService.getProperty(created, VanthuModel.PROP_ADMISSIBLE)).thenReturn(Boolean.TRUE);
        return script;
    }

    private void postJson(PublicFeedbackPost script, String json) throws IOException {
        reset();
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        Content content = mock(Content.class);
        when(content.getInputStream()).thenReturn(new ByteArrayInputStream(bytes));
        when(request.getContentType()).thenReturn("application/json");
        when(request.getContent()).thenReturn(content);
        headers.put("Content-Length", Integer.toString(bytes.length));
        script.execute(request, response);
    }

    private String token() {
        return settings.challenge().issue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPublicFeedbackBecomesOneNodeInItsFolderAndGetsItsTrackingCode() throws IOException {
        PublicFeedbackPost script = feedback();
        postJson(script, "{\"name\":\"Nguyễn Văn An\",\"address\":\"Thôn 3, xã Phú Hồ\",\"phone\":\"0905 123 456\","
                + "\"procedureCode\":\"1.001193\",\"content\":\"Thời hạn đăng ký khai sinh chưa được niêm yết.\",\"token\":\"" + token() + "\"}");
        assertEquals(201, status[0], text());
        assertEquals("PAKN-230601-0001", json().get("code").asText());
        assertTrue(json().get("reasons").isEmpty());
        org.mockito.ArgumentCaptor<Map<QName, Serializable>> props = org.mockito.ArgumentCaptor.forClass(Map.class);
        verify(nodeService).createNode(eq(folder), eq(ContentModel.ASSOC_CONTAINS), any(), eq(VanthuModel.TYPE_FEEDBACK), props.capture());
        assertEquals("PORTAL", props.getValue().get(VanthuModel.PROP_FEEDBACK_CHANNEL));
        assertEquals("Nguyễn Văn An", props.getValue().get(VanthuModel.PROP_SUBMITTER_NAME));
        verify(nodeService).setProperty(created, ContentModel.PROP_NAME, "PAKN-230601-0001");
        assertSecurityHeaders("no-store");
    }

    @Test
    void aFormPostWithoutContactIsRecordedAsNotAdmissibleWithTheReason() throws IOException {
        PublicFeedbackPost script = feedback();
        when(nodeService.getProperty(created, VanthuModel.PROP_ADMISSIBLE)).thenReturn(Boolean.FALSE);
        when(request.getContentType()).thenReturn("application/x-www-form-urlencoded; charset=UTF-8");
        parameters.put("name", "Trần B");
        parameters.put("content", "Phí chứng thực thu không đúng.");
        parameters.put("token", token());
        script.execute(request, response);
        assertEquals(201, status[0], text());
        JsonNode reasons = json().get("reasons");
        assertEquals("NO_ADDRESS", reasons.get(0).get("code").asText());
        assertEquals("NO_CONTACT", reasons.get(1).get("code").asText());
        assertFalse(json().get("admissible").asBoolean());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"name\":\"<script>alert(1)</script>\",\"content\":\"x\",\"token\":\"%s\"}",
        "{\"name\":\"A\",\"content\":\"${7*7}\",\"token\":\"%s\"}",
        "{\"name\":\"A\",\"content\":\"<#assign x=1>\",\"token\":\"%s\"}",
        "{\"name\":\"A\",\"content\":\"x\",\"token\":\"%s\",\"website\":\"http://spam\"}",
        "{\"name\":\"A\",\"content\":\"x\",\"token\":\"forged.1.2.3\"}",
        "{\"name\":\"A\",\"content\":\"x\"}",
        "{\"name\":\"A\",\"content\":\"x\",\"token\":\"%s\",\"isAdmin\":\"true\"}",
        "{\"name\":[\"A\"],\"token\":\"%s\"}",
        "{\"name\":\"A\",\"email\":\"not an address\",\"token\":\"%s\"}",
        "{\"name\":\"A\",\"procedureCode\":\"9.999999\",\"token\":\"%s\"}",
        "[1,2]",
        "{\"name\": ",
    })
    void badSubmissionsAreRefusedAndNothingIsWritten(String template) throws IOException {
        PublicFeedbackPost script = feedback();
        postJson(script, template.replace("%s", token()));
        assertEquals(400, status[0], text());
        assertTrue(json().get("message").has("vi") && json().get("message").has("en"));
        verify(nodeService, never()).createNode(any(), any(), any(), any(), any());
        verify(nodeService, never()).setProperty(any(), any(), any());
    }

    @Test
    void oversizedBodiesAndUploadsAreRefused() throws IOException {
        PublicFeedbackPost script = feedback();
        postJson(script, "{\"content\":\"" + "a".repeat(20_000) + "\",\"token\":\"" + token() + "\"}");
        assertEquals(400, status[0]);
        assertTrue(json().get("message").get("en").asText().contains("larger than 16384"));
        reset();
        headers.remove("Content-Length");
        when(request.getContentType()).thenReturn("multipart/form-data");
        script.execute(request, response);
        assertEquals(400, status[0]);
        assertTrue(json().get("message").get("en").asText().contains("File uploads"));
        verify(nodeService, never()).createNode(any(), any(), any(), any(), any());
    }

    @Test
    void theFormPagePostsItsTokenAndAnswersWithAPage() throws IOException {
        when(request.getServiceContextPath()).thenReturn("/alfresco/s");
        parameters.put("format", "html");
        PublicFeedbackGet get = wired(new PublicFeedbackGet());
        get.setConfiguration(configuration);
        get.execute(request, response);
        String page = text();
        assertTrue(page.contains("action=\"/alfresco/s/vanthu/public/feedback\""), page);
        assertTrue(page.contains("<option value=\"1.001193\">1.001193 - Đăng ký khai sinh</option>"));
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(token.find());
        settings.challenge().verify(token.group(1));
        assertFalse(page.contains("<script"));

        reset();
        parameters.clear();
        PublicFeedbackPost post = feedback();
        when(request.getContentType()).thenReturn("application/x-www-form-urlencoded");
        parameters.put("format", "html");
        parameters.put("token", token.group(1));
        parameters.put("name", "Lê Văn C");
        parameters.put("address", "Thôn 1");
        parameters.put("email", "c@example.vn");
        parameters.put("content", "Niêm yết thủ tục chưa đầy đủ.");
        parameters.put("website", "");
        post.execute(request, response);
        assertEquals(201, status[0], text());
        assertTrue(text().contains("PAKN-230601-0001"), text());
        reset();
        parameters.put("content", "<b>x</b>");
        post.execute(request, response);
        assertEquals(400, status[0]);
        assertTrue(text().startsWith("<!DOCTYPE html>") && text().contains("không được chứa mã HTML"), text());
    }

    @Test
    void theChallengeIsAFreshSignedToken() throws IOException {
        PublicFeedbackGet get = wired(new PublicFeedbackGet());
        get.setConfiguration(configuration);
        get.execute(request, response);
        String issued = json().get("token").asText();
        settings.challenge().verify(issued);
        assertEquals("website", json().get("honeypot").asText());
        assertSecurityHeaders("no-store");
    }
}
