package vn.vanthu.repo.webscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alfresco.service.cmr.security.AuthorityService;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vanthu.report.DocumentFacts;
import vn.vanthu.report.DossierFacts;
import vn.vanthu.report.InMemoryStatisticsStore;
import vn.vanthu.report.Period;
import vn.vanthu.report.SignatureCoverage;
import vn.vanthu.report.StatisticsDelta;
import vn.vanthu.repo.store.NotValidListing;

class ReportWebScriptTest {

    private final AuthorityService authorityService = mock(AuthorityService.class);
    private final InMemoryStatisticsStore store = new InMemoryStatisticsStore();
    private final ReportAccess access = new ReportAccess();
    private final Map<String, String> parameters = new HashMap<>();
    private final WebScriptRequest request = mock(WebScriptRequest.class);
    private final WebScriptResponse response = mock(WebScriptResponse.class);
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() throws IOException {
        access.setAuthorityService(authorityService);
        when(request.getParameter(anyString())).thenAnswer(call -> parameters.get(call.getArgument(0)));
        when(response.getOutputStream()).thenReturn(body);
        LocalDate day = LocalDate.of(2023, 6, 1);
        for (int i = 0; i < 3015; i++) {
            store.apply(StatisticsDelta.between(null, new DossierFacts(day, DossierFacts.Channel.ONLINE, "Hộ tịch",
                    "Tư pháp - Hộ tịch", i < 1514, day.plusDays(2), day.plusDays(1), DossierFacts.Timeliness.EARLY)));
        }
        store.apply(StatisticsDelta.between(null, new DocumentFacts(DocumentFacts.Kind.OUTGOING, day, true, "VALID")));
    }

    private <T extends ReportWebScript> T script(T script) {
        script.setStatisticsStore(store);
        script.setReportAccess(access);
        return script;
    }

    private JsonNode run(ReportWebScript script, Map<String, String> values) throws IOException {
        parameters.putAll(values);
        script.execute(request, response);
        return new ObjectMapper().readTree(body.toByteArray());
    }

    private void admin() {
        when(authorityService.hasAdminAuthority()).thenReturn(true);
    }

    @Test
    void aUserOutsideTheGroupGets403() throws IOException {
        when(authorityService.getAuthorities()).thenReturn(Set.of("GROUP_EVERYONE", "GROUP_site_phuho_SiteConsumer"));
        JsonNode json = run(script(new DocumentsReportWebScript()),
                Map.of("from", "2022-12-15", "to", "2023-12-06", "lang", "en"));
        verify(response).setStatus(403);
        assertEquals("Reports are for administrators and members of GROUP_VANTHU_ADMINS only.", json.get("message").asText());
    }

    @Test
    void theRefusalNamesTheConfiguredGroup() throws IOException {
        access.setGroup("GROUP_PHUHO_LANHDAO");
        when(authorityService.getAuthorities()).thenReturn(Set.of("GROUP_EVERYONE", "GROUP_VANTHU_ADMINS"));
        JsonNode json = run(script(new SummaryReportWebScript()), Map.of("from", "2022-12-15", "to", "2023-12-06"));
        verify(response).setStatus(403);
        assertEquals("Chỉ quản trị viên và thành viên nhóm GROUP_PHUHO_LANHDAO được xem báo cáo.", json.get("message").asText());
    }

    @Test
    void aGroupMemberReadsTheDossierReport() throws IOException {
        when(authorityService.getAuthorities()).thenReturn(Set.of("GROUP_EVERYONE", "GROUP_VANTHU_ADMINS"));
        JsonNode json = run(script(new DossiersReportWebScript()), Map.of("from", "2022-12-15", "to", "2023-12-06",
                "groupBy", "unit", "electronic", "true"));
        verify(response).setStatus(200);
        verify(response).setContentType("application/json;charset=UTF-8");
        assertEquals("Tư pháp - Hộ tịch", json.at("/groups/0/key").asText());
        assertEquals(1514, json.at("/total/received/total").asLong());
        assertEquals(1514, json.at("/total/settled/early").asLong());
    }

    @Test
    void badParametersAre400WithTheReason() throws IOException {
        admin();
        JsonNode json = run(script(new DossiersReportWebScript()), Map.of("from", "2023-12-07", "to", "2023-12-06"));
        verify(response).setStatus(400);
        assertEquals("Kỳ báo cáo rỗng: ngày bắt đầu 2023-12-07 sau ngày kết thúc 2023-12-06.", json.get("message").asText());
        body.reset();
        parameters.clear();
        json = run(script(new DossiersReportWebScript()), Map.of("from", "2023-01-01", "to", "2023-12-06",
                "groupBy", "procedure", "lang", "en"));
        assertEquals("Unknown groupBy \"procedure\": use field or unit.", json.get("message").asText());
        body.reset();
        parameters.clear();
        json = run(script(new DocumentsReportWebScript()), Map.of("from", "2023-13-01", "to", "2023-12-06", "lang", "en"));
        assertEquals("The parameter \"from\" must be a date YYYY-MM-DD, not \"2023-13-01\".", json.get("message").asText());
    }

    @Test
    void xlsxIsADownload() throws IOException {
        admin();
        parameters.putAll(Map.of("from", "2023-01-01", "to", "2023-12-31", "format", "xlsx"));
        script(new SummaryReportWebScript()).execute(request, response);
        verify(response).setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        verify(response).setHeader("Content-Disposition", "attachment; filename=\"summary-2023-01-01-2023-12-31.xlsx\"");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body.toByteArray()))) {
            String paragraph = workbook.getSheetAt(0).getRow(5).getCell(0).getStringCellValue();
            assertTrue(paragraph.startsWith("- Hồ sơ thủ tục hành chính: tiếp nhận 3.015 hồ sơ"), paragraph);
        }
    }

    @Test
    void signatureCoverageAsksTheListingForTheRequestedPage() throws IOException {
        admin();
        NotValidListing listing = mock(NotValidListing.class);
        when(listing.page(any(Period.class), anyInt(), anyInt())).thenReturn(new SignatureCoverage.NotValidPage(
                List.of(new SignatureCoverage.NotValidDocument("workspace://SpacesStore/x", "cv-12.pdf", "12/UBND-VP",
                        "2023-06-01", "UNTRUSTED", "Chứng thư không thuộc gốc tin cậy")), 10, 5, true));
        SignatureCoverageReportWebScript script = script(new SignatureCoverageReportWebScript());
        script.setNotValidListing(listing);
        JsonNode json = run(script, Map.of("from", "2023-01-01", "to", "2023-12-31", "skipCount", "10", "maxItems", "5"));
        verify(listing).page(new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)), 10, 5);
        assertEquals(1, json.at("/outgoing/VALID").asLong());
        assertEquals("UNTRUSTED", json.at("/notValid/items/0/status").asText());
        assertTrue(json.at("/notValid/hasMoreItems").asBoolean());
        body.reset();
        parameters.clear();
        json = run(script, Map.of("from", "2023-01-01", "to", "2023-12-31", "maxItems", "5000", "lang", "en"));
        assertEquals("The parameter \"maxItems\" must be a whole number from 1 to 500, not \"5000\".",
                json.get("message").asText());
        verify(listing, never()).page(any(Period.class), anyInt(), org.mockito.ArgumentMatchers.eq(5000));
    }

    @Test
    void htmlInEnglish() throws IOException {
        admin();
        parameters.putAll(Map.of("from", "2023-01-01", "to", "2023-12-31", "format", "html", "lang", "en"));
        script(new DocumentsReportWebScript()).execute(request, response);
        verify(response).setContentType("text/html;charset=UTF-8");
        String html = body.toString(StandardCharsets.UTF_8);
        assertTrue(html.contains("<title>Documents from 01/01/2023 to 31/12/2023</title>"), html);
    }
}
