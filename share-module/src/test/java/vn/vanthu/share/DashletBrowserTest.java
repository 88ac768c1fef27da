package vn.vanthu.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The dashlet's script rendered in a real browser: a harness page loads vanthu-coverage.js with the
 * recorded seed reports (documents and dossiers by unit, 15/12/2022 - 06/12/2023) and the Vietnamese
 * bundle, headless Chromium prints the resulting DOM, and the drawn bars and labels are checked
 * against the report JSON. A screenshot is kept as target/dashlet.png (docs/dashlet.png in the README).
 *
 * Needs Debian's chromium (.ci/run installs it); without it the test is skipped and says so.
 */
class DashletBrowserTest
{
    private static final double CHART_WIDTH = 560;
    private static final Path TEST_DIR = Resources.SHARE.resolve("src/test/resources/dashlet");
    private static final Path OUT = Resources.SHARE.resolve("target/dashlet-harness");
    private static final Path SCREENSHOT = Resources.SHARE.resolve("target/dashlet.png");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode documents;
    private static JsonNode dossiers;
    private static Properties vi;
    private static HtmlTree.Element page;

    @BeforeAll
    static void render() throws Exception
    {
        Chromium chromium = Chromium.requireInstalled(OUT, "DashletBrowserTest");
        documents = JSON.readTree(TEST_DIR.resolve("documents-2022-12-15_2023-12-06.json").toFile());
        dossiers = JSON.readTree(TEST_DIR.resolve("dossiers-unit-2022-12-15_2023-12-06.json").toFile());
        vi = Resources.properties(Resources.vi(Resources.DASHLET_MESSAGES));

        Path harness = OUT.resolve("harness.html");
        Files.writeString(harness, harness(), StandardCharsets.UTF_8);
        String dom = chromium.dumpDom(harness);
        Files.writeString(OUT.resolve("dom.html"), dom, StandardCharsets.UTF_8);
        page = HtmlTree.parse(dom);
        chromium.screenshot(harness, SCREENSHOT, 680, 650);
    }

    @Test
    void asksTheReportWebScriptsThroughShareProxyForTheSeedPeriod() throws IOException
    {
        List<String> requests = new ArrayList<>();
        JSON.readTree(page.byId("requests").text()).forEach(n -> requests.add(n.asText()));
        String period = "from=" + documents.get("from").asText() + "&to=" + documents.get("to").asText() + "&lang=vi";
        assertEquals(List.of("/share/proxy/alfresco/vanthu/reports/documents?" + period,
                "/share/proxy/alfresco/vanthu/reports/dossiers?" + period + "&groupBy=unit&electronic=true"), requests);
        HtmlTree.Element seed = page.byId("seed-body");
        assertEquals("true", seed.attr("data-vanthu-rendered"));
        assertEquals(message("period.summary", "15/12/2022", "06/12/2023"), seed.byClass("vt-period").get(0).text());
    }

    @Test
    void drawsTheThreeDocumentSharesWithVietnameseNumbers()
    {
        Map<String, long[]> expected = new LinkedHashMap<>();
        expected.put("outgoingSigned", new long[] { documents.at("/outgoing/signed").asLong(), documents.at("/outgoing/issued").asLong() });
        expected.put("outgoingTransmitted", new long[] { documents.at("/outgoing/transmittedElectronically").asLong(),
                documents.at("/outgoing/issued").asLong() });
        expected.put("incomingEntered", new long[] { documents.at("/incoming/enteredElectronically").asLong(),
                documents.at("/incoming/received").asLong() });

        List<HtmlTree.Element> rows = page.byId("seed-body").byClass("vt-doc-row");
        assertEquals(List.copyOf(expected.keySet()), rows.stream().map(r -> r.attr("data-key")).toList());
        for (HtmlTree.Element row : rows)
        {
            long[] pw = expected.get(row.attr("data-key"));
            double share = Math.round(pw[0] * 1000.0 / pw[1]) / 10.0;
            assertEquals(String.valueOf(pw[0]), row.attr("data-part"));
            assertEquals(String.valueOf(pw[1]), row.attr("data-whole"));
            assertEquals(String.format(java.util.Locale.ROOT, "%.1f", share), row.attr("data-share"));
            assertEquals(CHART_WIDTH, number(row.byClass("vt-track").get(0), "width"), 0.001);
            assertEquals(CHART_WIDTH * share / 100, number(row.byClass("vt-fill").get(0), "width"), 0.01, row.attr("data-key"));
            assertEquals(vi.getProperty("doc." + row.attr("data-key")), row.byClass("vt-label").get(0).text());
            assertEquals(message("doc.value", vietnamese(pw[0]), vietnamese(pw[1]), percent(share)),
                    row.byClass("vt-value").get(0).text());
        }
        // the seed year: 640 of 640 signed, as the report's own signedShare says
        assertEquals(documents.at("/outgoing/signedShare").asDouble(), Double.parseDouble(rows.get(0).attr("data-share")), 0.0001);
        assertEquals("640/640 · 100,0 %", rows.get(0).byClass("vt-value").get(0).text());
        assertEquals("2.283/2.283 · 100,0 %", rows.get(2).byClass("vt-value").get(0).text());
    }

    @Test
    void drawsOneStackedBarPerUnitWithItsTimeliness()
    {
        List<HtmlTree.Element> rows = page.byId("seed-body").byClass("vt-unit-row");
        JsonNode groups = dossiers.get("groups");
        assertEquals(groups.size() + 1, rows.size(), "one row per unit and the total");
        for (int i = 0; i < groups.size(); i++)
        {
            JsonNode g = groups.get(i);
            HtmlTree.Element row = rows.get(i);
            assertEquals(g.get("label").asText(), row.attr("data-unit"));
            assertEquals(g.get("label").asText(), row.byClass("vt-label").get(0).text());
            checkBar(row, g);
        }
        HtmlTree.Element total = rows.get(groups.size());
        assertTrue(total.hasClass("vt-total-row"));
        assertEquals(vi.getProperty("unit.total"), total.byClass("vt-label").get(0).text());
        checkBar(total, dossiers.get("total"));
    }

    @Test
    void totalsAreTheSeedYearFiguresAndAddUp()
    {
        JsonNode total = dossiers.get("total");
        Map<String, Long> drawn = segments(page.byId("seed-body").byClass("vt-total-row").get(0));
        assertEquals(Map.of("early", 1228L, "onTime", 246L, "late", 28L, "withinDeadline", 12L), drawn);
        for (String series : drawn.keySet())
        {
            long sumOfUnits = page.byId("seed-body").byClass("vt-unit-row").stream().filter(r -> !r.hasClass("vt-total-row"))
                    .mapToLong(r -> segments(r).getOrDefault(series, 0L)).sum();
            assertEquals(drawn.get(series).longValue(), sumOfUnits, "units add up to the total for " + series);
        }
        assertEquals(1514L, drawn.values().stream().mapToLong(Long::longValue).sum(), "handled = settled + in progress");
        assertEquals(message("summary.dossiers", vietnamese(total.at("/settled/early").asLong()),
                vietnamese(total.at("/settled/onTime").asLong()), vietnamese(total.at("/settled/late").asLong()),
                vietnamese(total.at("/inProgress/total").asLong())), page.byId("seed-body").byClass("vt-summary").get(0).text());
    }

    @Test
    void everyTextIsVietnameseAndNoMessageKeyLeaks()
    {
        HtmlTree.Element seed = page.byId("seed-body");
        String text = seed.text();
        for (String key : clientKeys())
        {
            assertFalse(text.contains(key), "raw message key " + key + " shown");
        }
        List<String> legend = seed.byClass("vt-legend").stream().map(HtmlTree.Element::text).toList();
        assertEquals(List.of("Trước hạn", "Đúng hạn", "Trễ hạn", "Đang giải quyết", "Quá hạn"), legend);
        List<String> headings = seed.find(e -> e.tag.equals("h4")).stream().map(HtmlTree.Element::text).toList();
        assertEquals(List.of(vi.getProperty("section.documents"), vi.getProperty("section.dossiers")), headings);
        assertTrue(page.text().contains("Ký số và xử lý hồ sơ"));
        HtmlTree.Element preset = seed.byClass("vt-preset").get(0);
        assertEquals(vi.getProperty("period.annual"), preset.find(e -> e.tag.equals("option")).get(0).text());
    }

    @Test
    void aRefusedReportShowsTheReasonAndNoChart()
    {
        HtmlTree.Element forbidden = page.byId("forbidden-body");
        assertEquals(vi.getProperty("error.forbidden"), forbidden.byClass("vt-status").get(0).text());
        assertTrue(forbidden.byClass("vt-status").get(0).hasClass("vt-error"));
        assertEquals(List.of(), forbidden.find(e -> e.tag.equals("svg")));
        assertEquals("", forbidden.attr("data-vanthu-rendered"));
    }

    @Test
    void aReportOfAnotherShapeIsNamedNotDrawn()
    {
        HtmlTree.Element unexpected = page.byId("unexpected-body");
        String status = unexpected.byClass("vt-status").get(0).text();
        String prefix = vi.getProperty("error.format").substring(0, vi.getProperty("error.format").indexOf("{0}"));
        assertTrue(status.startsWith(prefix), status);
        assertEquals(List.of(), unexpected.find(e -> e.tag.equals("svg")));
        assertEquals("", unexpected.attr("data-vanthu-rendered"));
    }

    @Test
    void aBadPeriodIsRefusedWithAClearMessageAndNoRequest() throws IOException
    {
        JsonNode validation = JSON.readTree(page.byId("validation").text());
        assertEquals(vi.getProperty("error.dates"), validation.get("empty").asText());
        assertEquals(message("error.date", "31/02/2023"), validation.get("impossibleDay").asText());
        assertEquals(message("error.date", "2023-01-01"), validation.get("isoForm").asText());
        assertEquals(vi.getProperty("error.period"), validation.get("reversed").asText());
        assertEquals(0, validation.get("requests").asInt(), "no report is requested for a bad period");
    }

    @Test
    void periodPresetsFollowTheNationalReportingYear() throws IOException
    {
        JsonNode presets = JSON.readTree(page.byId("presets").text());
        assertPeriod(presets, "annual@2023-12-06", "2022-12-15", "2023-12-06");
        assertPeriod(presets, "annual@2023-12-20", "2023-12-15", "2023-12-20");
        assertPeriod(presets, "year@2023-07-01", "2023-01-01", "2023-12-31");
        assertPeriod(presets, "quarter@2023-05-10", "2023-04-01", "2023-06-30");
        assertPeriod(presets, "month@2024-02-10", "2024-02-01", "2024-02-29");
    }

    @Test
    void documentLibraryRenderersWriteDecree30Numbers() throws IOException
    {
        JsonNode doclib = JSON.readTree(page.byId("doclib").text());
        assertEquals("04/QĐ-UBND", doclib.get("numberNotation4").asText());
        assertEquals("12/UBND-VX", doclib.get("numberNotation12").asText());
        assertEquals("34/2019/NĐ-CP", doclib.get("numberNotationLegal").asText());
        assertEquals("<span class=\"item\"><em>Số</em>: 04/QĐ-UBND, 06/01/2023</span>", doclib.get("renderedNumber").asText());
        assertEquals("<span class=\"item\"><em>Số đến</em>: 125 (09/01/2023 08:30)</span>", doclib.get("renderedArrival").asText());
        assertEquals("<span class=\"item\"><em>Có thể trùng với</em>: <a href=\"/share/page/document-details?nodeRef="
                + "workspace%3A%2F%2FSpacesStore%2F6f1c2e0a-5b7d-4c1e-9a1f-0d2c3b4a5e61\">văn bản đã vào sổ trước</a></span>",
                doclib.get("renderedDuplicate").asText());
        assertEquals("", doclib.get("renderedNotDuplicate").asText());
    }

    @Test
    void screenshotIsKept() throws IOException
    {
        assertTrue(Files.isRegularFile(SCREENSHOT), "screenshot " + SCREENSHOT);
        byte[] png = Files.readAllBytes(SCREENSHOT);
        assertEquals(0x89, png[0] & 0xff);
        assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII));
        int width = ((png[16] & 0xff) << 24) | ((png[17] & 0xff) << 16) | ((png[18] & 0xff) << 8) | (png[19] & 0xff);
        assertEquals(680, width);
        assertTrue(png.length > 20_000, "the screenshot has content, " + png.length + " bytes");
    }

    // ------------------------------------------------------------------------------------------

    /** The keys the dashlet template hands to the browser script (its clientKeys list). */
    static Set<String> clientKeys()
    {
        String ftl = Resources.utf8(Resources.DASHLET_FTL);
        Matcher list = Pattern.compile("clientKeys = \\[(.*?)\\]", Pattern.DOTALL).matcher(ftl);
        assertTrue(list.find(), "clientKeys list in the dashlet template");
        return MessagesTest.matches(Pattern.compile("\"([\\w.]+)\""), list.group(1));
    }

    private static String harness() throws IOException
    {
        Map<String, String> messages = new LinkedHashMap<>();
        for (String key : clientKeys())
        {
            messages.put(key, vi.getProperty(key));
        }
        Path components = Resources.SHARE_RES.resolve("META-INF/vanthu/components");
        return Resources.utf8(TEST_DIR.resolve("harness.html"))
                .replace("@CSS_URL@", Resources.COVERAGE_CSS.toUri().toString())
                .replace("@COVERAGE_JS_URL@", Resources.COVERAGE_JS.toUri().toString())
                .replace("@DOCLIB_JS_URL@", components.resolve("documentlibrary/vanthu-doclib.js").toUri().toString())
                .replace("@TITLE@", vi.getProperty("dashlet.title"))
                .replace("@MESSAGES_JSON@", JSON.writeValueAsString(messages))
                .replace("@SHARE_MESSAGES_JSON@", JSON.writeValueAsString(Resources.properties(Resources.vi(Resources.SHARE_MESSAGES))))
                .replace("@DOCUMENTS_JSON@", JSON.writeValueAsString(documents))
                .replace("@DOSSIERS_JSON@", JSON.writeValueAsString(dossiers));
    }

    private static void checkBar(HtmlTree.Element row, JsonNode g)
    {
        long total = g.at("/settled/total").asLong() + g.at("/inProgress/total").asLong();
        assertEquals(String.valueOf(total), row.attr("data-total"));
        assertEquals(message("unit.count", vietnamese(total)), row.byClass("vt-value").get(0).text());
        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("early", g.at("/settled/early").asLong());
        expected.put("onTime", g.at("/settled/onTime").asLong());
        expected.put("late", g.at("/settled/late").asLong());
        expected.put("withinDeadline", g.at("/inProgress/withinDeadline").asLong());
        expected.put("overdue", g.at("/inProgress/overdue").asLong());
        expected.values().removeIf(v -> v == 0);
        assertEquals(expected, segments(row), row.attr("data-unit"));
        double x = 0;
        for (HtmlTree.Element seg : row.byClass("vt-seg"))
        {
            double width = CHART_WIDTH * Long.parseLong(seg.attr("data-value")) / total;
            assertEquals(x, number(seg, "x"), 0.02, "segments are contiguous");
            assertEquals(width, number(seg, "width"), 0.01, row.attr("data-unit") + " " + seg.attr("data-series"));
            x += width;
        }
        assertEquals(CHART_WIDTH, x, 0.02, "each bar spans the chart");
    }

    private static Map<String, Long> segments(HtmlTree.Element row)
    {
        Map<String, Long> values = new LinkedHashMap<>();
        row.byClass("vt-seg").forEach(s -> values.put(s.attr("data-series"), Long.parseLong(s.attr("data-value"))));
        return values;
    }

    private static void assertPeriod(JsonNode presets, String key, String from, String to)
    {
        assertEquals(from, presets.at("/" + key + "/from").asText(), key);
        assertEquals(to, presets.at("/" + key + "/to").asText(), key);
    }

    private static double number(HtmlTree.Element e, String attr)
    {
        return Double.parseDouble(e.attr(attr));
    }

    private static String message(String key, String... args)
    {
        return Resources.format(vi, key, (Object[]) args);
    }

    /** Vietnamese grouping: 2283 -> "2.283". */
    private static String vietnamese(long n)
    {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0", symbols).format(n);
    }

    private static String percent(double p)
    {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("0.0", symbols).format(p) + " %";
    }
}
