package vn.vanthu.repo.webscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.search.LimitBy;
import org.alfresco.service.cmr.search.QueryConsistency;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.namespace.QName;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.extensions.webscripts.Match;
import org.springframework.extensions.webscripts.WebScriptException;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

import vn.vanthu.repo.behaviour.RepositoryFixture;
import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.repo.registers.RegisterQuery;

class RegisterGetTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private final RepositoryFixture repo = new RepositoryFixture("single");
    private final SearchService searchService = mock(SearchService.class);
    private final AuthorityService authorityService = mock(AuthorityService.class);
    private final List<SearchParameters> queries = new ArrayList<>();
    private final Map<String, List<NodeRef>> byQuery = new HashMap<>();
    private final RegisterGet script = new RegisterGet();

    @BeforeEach
    void setUp() {
        RegisterQuery query = new RegisterQuery();
        query.setSearchService(searchService);
        query.setNodeService(repo.nodeService);
        query.setZone("Asia/Ho_Chi_Minh");
        script.setRegisterQuery(query);
        script.setAuthorityService(authorityService);
        script.setOrganName("ỦY BAN NHÂN DÂN XÃ PHÚ HỒ");
        when(searchService.query(any(SearchParameters.class))).thenAnswer(i -> {
            SearchParameters sp = i.getArgument(0);
            queries.add(sp);
            ResultSet rs = mock(ResultSet.class);
            List<NodeRef> all = byQuery.getOrDefault(sp.getQuery(), List.of());
            int from = Math.min(sp.getSkipCount(), all.size());
            when(rs.getNodeRefs()).thenReturn(all.subList(from, Math.min(all.size(), from + sp.getMaxItems())));
            return rs;
        });
        when(authorityService.getAuthoritiesForUser("clerk")).thenReturn(Set.of("GROUP_EVERYONE", "GROUP_VANTHU_RECORDS"));
        when(authorityService.getAuthoritiesForUser("citizen")).thenReturn(Set.of("GROUP_EVERYONE"));
    }

    private NodeRef incoming(int number, String arrival, String notation, String subject) {
        Map<QName, Serializable> p = new HashMap<>();
        p.put(VanthuModel.PROP_ARRIVAL_NUMBER, number);
        p.put(VanthuModel.PROP_ARRIVAL_DATE, Date.from(Instant.parse(arrival)));
        p.put(VanthuModel.PROP_CODE_NOTATION, notation);
        p.put(VanthuModel.PROP_ISSUED_DATE, Date.from(LocalDate.of(2023, 3, 1).atStartOfDay(VN).toInstant()));
        p.put(VanthuModel.PROP_TYPE_NAME, "Công văn");
        p.put(VanthuModel.PROP_SUBJECT, subject);
        p.put(VanthuModel.PROP_ORGAN_NAME, "SỞ NỘI VỤ");
        p.put(VanthuModel.PROP_TO_PLACES, new ArrayList<>(List.of("Văn phòng", "Tư pháp")));
        p.put(VanthuModel.PROP_HANDLER, "Hồ Thị Lan");
        p.put(VanthuModel.PROP_REGISTER_YEAR, 2023);
        return repo.create(VanthuModel.TYPE_INCOMING_DOCUMENT, p).getChildRef();
    }

    private WebScriptRequest request(String register, Map<String, String> params) {
        WebScriptRequest req = mock(WebScriptRequest.class);
        when(req.getServiceMatch()).thenReturn(new Match("/vanthu/registers/{register}", Map.of("register", register),
                "/vanthu/registers/" + register));
        params.forEach((k, v) -> when(req.getParameter(k)).thenReturn(v));
        when(req.getFormat()).thenReturn(params.get("format"));
        return req;
    }

    private byte[] run(String user, WebScriptRequest req) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WebScriptResponse res = mock(WebScriptResponse.class);
        when(res.getOutputStream()).thenReturn(out);
        AuthenticationUtil.runAs(() -> {
            script.execute(req, res);
            return null;
        }, user);
        return out.toByteArray();
    }

    @Test
    void theRecordsOfficeGetsTheIncomingRegisterOfAYearFromATransactionalQuery() throws Exception {
        NodeRef second = incoming(2, "2023-03-05T02:00:00Z", "45/SNV-VP", "V/v cử công chức dự tập huấn");
        NodeRef first = incoming(1, "2023-03-02T02:00:00Z", "40/SNV-VP", "V/v báo cáo biên chế");
        byQuery.put("TYPE:\"vt:incomingDocument\" AND =vt:registerYear:2023", List.of(second, first));

        byte[] xlsx = run("clerk", request("incoming", Map.of("year", "2023", "format", "xlsx", "lang", "vi")));

        assertEquals(1, queries.size());
        assertEquals(SearchService.LANGUAGE_FTS_ALFRESCO, queries.get(0).getLanguage());
        assertEquals(QueryConsistency.TRANSACTIONAL, queries.get(0).getQueryConsistency());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("ỦY BAN NHÂN DÂN XÃ PHÚ HỒ", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(1.0, sheet.getRow(5).getCell(1).getNumericCellValue());
            assertEquals(LocalDate.of(2023, 3, 2), sheet.getRow(5).getCell(0).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("40/SNV-VP", sheet.getRow(5).getCell(3).getStringCellValue());
            assertEquals("V/v báo cáo biên chế", sheet.getRow(5).getCell(5).getStringCellValue());
            assertEquals("Văn phòng; Tư pháp", sheet.getRow(5).getCell(6).getStringCellValue());
            assertEquals(2.0, sheet.getRow(6).getCell(1).getNumericCellValue());
            assertEquals(6, sheet.getLastRowNum());
        }
    }

    @Test
    void followUpRegisterOverTwoYearsInCsvPagesThroughLargeResults() throws Exception {
        List<NodeRef> many = new ArrayList<>();
        for (int i = 1; i <= RegisterQuery.PAGE + 5; i++) {
            many.add(incoming(i, "2023-12-20T02:00:00Z", i + "/SNV", "V/v số " + i));
        }
        byQuery.put("TYPE:\"vt:incomingDocument\" AND =vt:registerYear:2023", many);
        byte[] csv = run("admin-user", requestAsAdmin("follow-up", Map.of("from", "2023-12-15", "to", "2024-01-10", "format", "csv")));
        String text = new String(csv, StandardCharsets.UTF_8);
        List<String> lines = text.substring(1).lines().toList();
        assertEquals("SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN / INCOMING DOCUMENTS FOLLOW-UP REGISTER", lines.get(0));
        assertEquals("Từ ngày 15/12/2023 đến ngày 10/01/2024 / From 15/12/2023 to 10/01/2024", lines.get(1));
        assertEquals("1,Công văn số 1/SNV ngày 01/03/2023 của SỞ NỘI VỤ,Hồ Thị Lan,,,,", lines.get(4));
        assertEquals(4 + RegisterQuery.PAGE + 5, lines.size());
        assertTrue(queries.stream().anyMatch(q -> q.getQuery().endsWith(":2024")), "each year is queried");
        assertTrue(queries.stream().allMatch(q -> q.getQueryConsistency() == QueryConsistency.TRANSACTIONAL
                && q.getLimitBy() == LimitBy.UNLIMITED && q.getMaxPermissionChecks() == Integer.MAX_VALUE),
                "database queries, never cut short by the permission-check limit");
    }

    private NodeRef outgoing(String notation, LocalDate issued, int registerYear) {
        Map<QName, Serializable> p = new HashMap<>();
        p.put(VanthuModel.PROP_CODE_NOTATION, notation);
        p.put(VanthuModel.PROP_ISSUED_DATE, Date.from(issued.atStartOfDay(VN).toInstant()));
        p.put(VanthuModel.PROP_REGISTER_YEAR, registerYear);
        return repo.create(VanthuModel.TYPE_OUTGOING_DOCUMENT, p).getChildRef();
    }

    private NodeRef due(NodeRef node, LocalDate due, String reply) {
        repo.properties.get(node).put(VanthuModel.PROP_DUE_DATE, Date.from(due.atStartOfDay(VN).toInstant()));
        if (reply != null) {
            repo.properties.get(node).put(VanthuModel.PROP_REPLY_NOTATION, reply);
        }
        return node;
    }

    @Test
    void followUpProgressComesFromTheDeadlineAndTheDateOfTheReplyInTheRegisterLanguage() throws Exception {
        NodeRef resolved = due(incoming(1, "2023-03-02T02:00:00Z", "40/SNV-VP", "V/v báo cáo biên chế"), LocalDate.of(2023, 3, 25),
                "15/UBND-VP");
        NodeRef overdue = due(incoming(2, "2023-03-05T02:00:00Z", "45/SNV-VP", "V/v tập huấn"), LocalDate.of(2023, 3, 25), null);
        NodeRef open = due(incoming(3, "2023-03-06T02:00:00Z", "46/SNV-VP", "V/v kiểm tra"), LocalDate.of(2023, 4, 5), null);
        byQuery.put("TYPE:\"vt:incomingDocument\" AND =vt:registerYear:2023", List.of(resolved, overdue, open));
        byQuery.put("TYPE:\"vt:outgoingDocument\" AND =vt:registerYear:2023", List.of(outgoing("15/UBND-VP", LocalDate.of(2023, 3, 20), 2023)));
        script.setClock(java.time.Clock.fixed(Instant.parse("2023-03-28T03:00:00Z"), VN));

        String en = new String(run("clerk", request("follow-up", Map.of("year", "2023", "format", "csv", "lang", "en"))),
                StandardCharsets.UTF_8);
        List<String> lines = en.substring(1).lines().toList();
        assertTrue(lines.get(3).endsWith(",25/03/2023,Resolved 20/03/2023,15/UBND-VP,"), lines.get(3));
        assertTrue(lines.get(4).endsWith(",25/03/2023,3 days overdue,,"), lines.get(4));
        assertTrue(lines.get(5).endsWith(",05/04/2023,Within deadline (due 05/04/2023),,"), lines.get(5));
        assertTrue(queries.stream().anyMatch(q -> q.getQuery().equals("TYPE:\"vt:outgoingDocument\" AND =vt:registerYear:2024")),
                "a reply may be issued the year after");

        byte[] xlsx = run("clerk", request("follow-up", Map.of("year", "2023", "format", "xlsx", "lang", "vi")));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Đã giải quyết 20/03/2023", sheet.getRow(5).getCell(4).getStringCellValue());
            assertEquals("Quá hạn 3 ngày", sheet.getRow(6).getCell(4).getStringCellValue());
            assertEquals("Trong hạn (hạn 05/04/2023)", sheet.getRow(7).getCell(4).getStringCellValue());
        }
    }

    private WebScriptRequest requestAsAdmin(String register, Map<String, String> params) {
        when(authorityService.isAdminAuthority("admin-user")).thenReturn(true);
        when(authorityService.getAuthoritiesForUser("admin-user")).thenReturn(Set.of("GROUP_ALFRESCO_ADMINISTRATORS"));
        return request(register, params);
    }

    @Test
    void othersAreRefusedAndBadRequestsNamed() {
        WebScriptException forbidden = assertThrows(WebScriptException.class,
                () -> run("citizen", request("incoming", Map.of("year", "2023"))));
        assertEquals(403, forbidden.getStatus());
        assertTrue(forbidden.getMessage().contains("GROUP_VANTHU_RECORDS"));
        verify(searchService, never()).query(any(SearchParameters.class));

        assertEquals(404, assertThrows(WebScriptException.class,
                () -> run("clerk", request("archive", Map.of("year", "2023")))).getStatus());
        assertEquals(400, assertThrows(WebScriptException.class,
                () -> run("clerk", request("outgoing", Map.of("year", "năm nay")))).getStatus());
        assertEquals(400, assertThrows(WebScriptException.class,
                () -> run("clerk", request("outgoing", Map.of("from", "2023-02-01")))).getStatus());
        assertEquals(400, assertThrows(WebScriptException.class,
                () -> run("clerk", request("outgoing", Map.of("from", "2023-02-01", "to", "2023-01-01")))).getStatus());
        assertEquals(400, assertThrows(WebScriptException.class,
                () -> run("clerk", request("outgoing", Map.of("year", "2023", "format", "pdf")))).getStatus());
        assertEquals(400, assertThrows(WebScriptException.class,
                () -> run("clerk", request("outgoing", Map.of("year", "2023", "lang", "fr")))).getStatus());
        ArgumentCaptor<SearchParameters> none = ArgumentCaptor.forClass(SearchParameters.class);
        verify(searchService, never()).query(none.capture());
        verify(authorityService, atLeastOnce()).getAuthoritiesForUser("clerk");
    }
}
