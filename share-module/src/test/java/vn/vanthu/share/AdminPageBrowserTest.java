package vn.vanthu.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StringTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;

/**
 * The Admin Console page rendered for real: FreeMarker processes signatures.get.html.ftl with the
 * Vietnamese bundle (the repository's admin template replaced by a test stand-in with the same
 * helpers), headless Chromium runs the page against a sample signature-coverage report, and the
 * test reads back the tables it drew and the requests it made, including the re-verify action
 * posted when the administrator clicks the first "Kiểm tra lại".
 */
class AdminPageBrowserTest
{
    private static final Path OUT = Resources.SHARE.resolve("target/admin-harness");
    private static final Path TEST_DIR = Resources.SHARE.resolve("src/test/resources/admin");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode report;
    private static Properties vi;
    private static HtmlTree.Element page;

    @BeforeAll
    static void render() throws Exception
    {
        Chromium chromium = Chromium.requireInstalled(OUT, "AdminPageBrowserTest");
        report = JSON.readTree(TEST_DIR.resolve("signature-coverage-sample.json").toFile());
        vi = Resources.properties(Resources.vi(Resources.ADMIN_DIR.resolve("signatures.get.properties")));

        StringTemplateLoader stub = new StringTemplateLoader();
        stub.putTemplate("org/alfresco/repository/admin/admin-template.ftl", Resources.utf8(TEST_DIR.resolve("admin-template-stub.ftl"))
                .replace("@SAMPLE_JSON@", JSON.writeValueAsString(report)));
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_32);
        cfg.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] { stub, new FileTemplateLoader(Resources.ADMIN_DIR.toFile()) }));
        cfg.setDefaultEncoding("UTF-8");
        TemplateMethodModelEx msg = args ->
        {
            String key = args.get(0).toString();
            if (!vi.containsKey(key))
            {
                throw new TemplateModelException("no Vietnamese message " + key);
            }
            return vi.getProperty(key);
        };
        StringWriter html = new StringWriter();
        cfg.getTemplate("signatures.get.html.ftl").process(
                Map.of("msg", msg, "url", Map.of("serviceContext", "/alfresco/s", "context", "/alfresco")), html);
        Path file = OUT.resolve("signatures.html");
        Files.writeString(file, html.toString(), StandardCharsets.UTF_8);

        String dom = chromium.dumpDom(file);
        Files.writeString(OUT.resolve("dom.html"), dom, StandardCharsets.UTF_8);
        page = HtmlTree.parse(dom);
    }

    @Test
    void readsTheReportForTheReportingYearToDate() throws Exception
    {
        LocalDate today = LocalDate.now();
        int startYear = today.getMonthValue() == 12 && today.getDayOfMonth() >= 15 ? today.getYear() : today.getYear() - 1;
        JsonNode before = JSON.readTree(page.byId("requests-before-click").text());
        assertEquals(1, before.size());
        assertEquals("GET", before.get(0).get("method").asText());
        assertEquals("/alfresco/s/vanthu/reports/signature-coverage?format=json&from=" + startYear + "-12-15&to=" + today
                + "&skipCount=0&maxItems=50", before.get(0).get("url").asText());
        assertEquals(vi.getProperty("vanthu-signatures.title"), page.byId("page-title").text());
    }

    @Test
    void coverageTableHasEveryStatusTotalsAndTheValidShare()
    {
        List<List<String>> rows = rows("vt-coverage");
        List<String> statuses = new ArrayList<>();
        report.get("outgoing").fieldNames().forEachRemaining(statuses::add);
        assertEquals(statuses.size() + 2, rows.size(), "one row per status, the total and the valid share");
        long totalOut = 0, totalIn = 0;
        for (List<String> row : rows.subList(0, statuses.size()))
        {
            String status = statuses.stream().filter(s -> vi.getProperty("vanthu-signatures.status." + s).equals(row.get(0)))
                    .findFirst().orElseThrow(() -> new AssertionError("unknown status label " + row.get(0)));
            assertEquals(report.at("/outgoing/" + status).asText(), row.get(1), status);
            assertEquals(report.at("/incoming/" + status).asText(), row.get(2), status);
            totalOut += report.at("/outgoing/" + status).asLong();
            totalIn += report.at("/incoming/" + status).asLong();
        }
        assertEquals(List.of(vi.getProperty("vanthu-signatures.total"), String.valueOf(totalOut), String.valueOf(totalIn)),
                rows.get(statuses.size()));
        assertEquals(List.of(vi.getProperty("vanthu-signatures.validShare"),
                share(report.at("/outgoing/VALID").asLong(), totalOut), share(report.at("/incoming/VALID").asLong(), totalIn)),
                rows.get(statuses.size() + 1));
        assertEquals("99.5 %", rows.get(statuses.size() + 1).get(1), "637 of 640 outgoing documents validly signed");
    }

    @Test
    void listsTheDocumentsNotValidWithTheirReason()
    {
        List<List<String>> rows = rows("vt-not-valid");
        JsonNode items = report.at("/notValid/items");
        assertEquals(items.size(), rows.size());
        for (int i = 0; i < items.size(); i++)
        {
            JsonNode item = items.get(i);
            LocalDate issued = LocalDate.parse(item.get("issuedDate").asText());
            assertEquals(List.of(item.get("name").asText(), item.get("notation").asText(),
                    String.format(Locale.ROOT, "%02d/%02d/%d", issued.getDayOfMonth(), issued.getMonthValue(), issued.getYear()),
                    vi.getProperty("vanthu-signatures.status." + item.get("status").asText()), item.get("reason").asText(),
                    vi.getProperty("vanthu-signatures.reverify")), rows.get(i));
        }
        assertEquals(Resources.format(vi, "vanthu-signatures.pageInfo", 1, items.size(), report.at("/notValid/total").asInt()),
                page.byId("vt-page-info").text());
        assertEquals("", page.byId("vt-previous").attr("disabled"), "first page: Previous is disabled");
        assertTrue(page.byId("vt-previous").attrs.containsKey("disabled"));
        assertTrue(page.byId("vt-next").attrs.containsKey("disabled"), "no more items: Next is disabled");
    }

    @Test
    void verifyAgainQueuesTheActionForThatDocumentWithTheCsrfToken() throws Exception
    {
        JsonNode requests = JSON.readTree(page.byId("requests").text());
        assertEquals(2, requests.size(), "the report, then one action execution");
        JsonNode post = requests.get(1);
        assertEquals("POST", post.get("method").asText());
        assertEquals("/alfresco/api/-default-/public/alfresco/versions/1/action-executions", post.get("url").asText());
        assertEquals("token-from-cookie", post.at("/headers/Alfresco-CSRFToken").asText());
        assertEquals("application/json", post.at("/headers/Content-Type").asText());
        String nodeRef = report.at("/notValid/items/0/id").asText();
        assertEquals(JSON.readTree("{\"actionDefinitionId\":\"vanthu-reverify-signatures\",\"targetId\":\""
                + nodeRef.substring(nodeRef.lastIndexOf('/') + 1) + "\"}"), JSON.readTree(post.get("body").asText()));
        assertEquals(Resources.format(vi, "vanthu-signatures.queued", 1), page.byId("vt-message").text());
    }

    private static List<List<String>> rows(String tableId)
    {
        HtmlTree.Element body = page.byId(tableId).find(e -> e.tag.equals("tbody")).get(0);
        return body.find(e -> e.tag.equals("tr")).stream()
                .map(tr -> tr.find(e -> e.tag.equals("td")).stream().map(td -> td.text().trim()).toList()).toList();
    }

    private static String share(long valid, long total)
    {
        return String.format(Locale.ROOT, "%.1f %%", Math.round(valid * 1000.0 / total) / 10.0);
    }
}
