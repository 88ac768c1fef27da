package vn.vanthu.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The clerk's queue dashlet (issue 13): its template prints every value of the repository answer
 * escaped, uses only message keys of both bundles, and reads the repository queue script.
 */
class FeedbackDashletTest
{
    private static final Path DIR = Resources.DASHLET_DIR;

    @Test
    void everyValueIsEscapedAndEveryKeyIsInBothBundles() throws IOException
    {
        String ftl = Files.readString(DIR.resolve("feedback-queue.get.html.ftl"));
        List<String> raw = new ArrayList<>();
        Matcher value = Pattern.compile("\\$\\{([^}]*)}").matcher(ftl);
        while (value.find())
        {
            String expression = value.group(1);
            if (!expression.endsWith("?html") && !expression.endsWith("?url('UTF-8')") && !expression.equals("url.context")
                    && !expression.equals("el")) // el is args.htmlid?html
            {
                raw.add(expression);
            }
        }
        assertEquals(List.of(), raw, "unescaped values");
        Properties en = Resources.properties(DIR.resolve("feedback-queue.get.properties"));
        Properties vi = Resources.properties(DIR.resolve("feedback-queue.get_vi.properties"));
        Matcher key = Pattern.compile("msg\\(\"([^\"]+)\"").matcher(ftl);
        int keys = 0;
        while (key.find())
        {
            keys++;
            assertTrue(en.containsKey(key.group(1)) && vi.containsKey(key.group(1)), key.group(1));
        }
        assertTrue(keys >= 7, "the dashlet's texts come from the bundles");
        assertEquals(en.keySet(), vi.keySet());
    }

    /** Renders the template with FreeMarker, Surf's directives standing in as "render the body". */
    private static String render(java.util.Map<String, Object> model, Properties bundle) throws Exception
    {
        freemarker.template.Configuration cfg = new freemarker.template.Configuration(freemarker.template.Configuration.VERSION_2_3_32);
        freemarker.template.TemplateDirectiveModel body = (env, params, loopVars, nested) ->
        {
            if (nested != null)
            {
                nested.render(env.getOut());
            }
        };
        java.util.Map<String, Object> root = new java.util.HashMap<>(model);
        for (String directive : List.of("markup", "createWidgets", "uniqueIdDiv"))
        {
            root.put(directive, body);
        }
        root.put("msg", (freemarker.template.TemplateMethodModelEx) arguments ->
        {
            String pattern = bundle.getProperty(arguments.get(0).toString());
            Object[] values = arguments.subList(1, arguments.size()).stream().map(Object::toString).toArray();
            return new java.text.MessageFormat(pattern).format(values);
        });
        root.put("url", java.util.Map.of("context", "/share"));
        root.put("args", java.util.Map.of("htmlid", "page_x002e_component-1"));
        freemarker.template.Template template = new freemarker.template.Template("feedback-queue.get.html.ftl",
                new java.io.StringReader(Files.readString(DIR.resolve("feedback-queue.get.html.ftl"))), cfg);
        java.io.StringWriter out = new java.io.StringWriter();
        template.process(root, out);
        return out.toString();
    }

    @Test
    void theQueueMarksOverdueItemsAndEscapesWhatTheRepositorySends() throws Exception
    {
        Properties vi = Resources.properties(DIR.resolve("feedback-queue.get_vi.properties"));
        java.util.Map<String, Object> overdue = new java.util.HashMap<>();
        overdue.put("nodeRef", "workspace://SpacesStore/abc");
        overdue.put("code", "PAKN-230118-0001");
        overdue.put("submitter", "<script>alert(1)</script>");
        overdue.put("channel", "Cổng thông tin điện tử");
        overdue.put("field", "Hộ tịch");
        overdue.put("statusText", "Đủ điều kiện xử lý");
        overdue.put("handler", "");
        overdue.put("dueAtText", "17 giờ 00 phút, thứ Tư ngày 08/02/2023");
        overdue.put("overdue", true);
        java.util.Map<String, Object> open = new java.util.HashMap<>(overdue);
        open.put("code", "PAKN-991231-0001");
        open.put("submitter", "Lê Văn C");
        open.put("overdue", false);
        String html = render(java.util.Map.of("status", 200, "total", 2, "overdue", 1, "items", List.of(overdue, open)), vi);
        assertTrue(html.contains("2 đang xử lý, 1 quá hạn"), html);
        assertTrue(html.contains("href=\"/share/page/document-details?nodeRef=workspace%3A%2F%2FSpacesStore%2Fabc\">PAKN-230118-0001</a>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !html.contains("<script>"), html);
        assertEquals(1, html.split("QUÁ HẠN", -1).length - 1, "only the overdue one is marked");
        assertTrue(html.contains("Hạn xử lý: 17 giờ 00 phút, thứ Tư ngày 08/02/2023"));

        String empty = render(java.util.Map.of("status", 200, "total", 0, "overdue", 0, "items", List.of()), vi);
        assertTrue(empty.contains("Không có phản ánh, kiến nghị nào đang chờ xử lý."), empty);
        String failed = render(java.util.Map.of("status", 401), Resources.properties(DIR.resolve("feedback-queue.get.properties")));
        assertTrue(failed.contains("The queue could not be loaded (HTTP 401)."), failed);
    }

    @Test
    void theControllerReadsTheRepositoryQueueInTheUsersLanguage() throws IOException
    {
        String js = Files.readString(DIR.resolve("feedback-queue.get.js"));
        assertTrue(js.contains("remote.call(\"/vanthu/feedback/queue?lang=\" + lang)"), js);
        // remote.call answers a Response whose status is a ResponseStatus object; the template's
        // "status != 200" needs its numeric code.
        assertTrue(js.contains("model.status = result.status.code;"), js);
        assertTrue(!js.matches("(?s).*model\\.status = result\\.status;.*"), js);
        String desc = Files.readString(DIR.resolve("feedback-queue.get.desc.xml"));
        assertTrue(desc.contains("<family>site-dashlet</family>") && desc.contains("<family>user-dashlet</family>"));
    }
}
