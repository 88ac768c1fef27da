package vn.vanthu.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanthu.share.Resources.all;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import freemarker.template.Configuration;
import freemarker.template.Template;

/**
 * The repository Admin Console page (platform module) and the Share dashlet templates: descriptors
 * as the Admin Console and Share expect them, FreeMarker syntax, every message in both languages,
 * and the statuses, report and action the page uses.
 */
class AdminConsoleScriptTest
{
    private static final Path DESC = Resources.ADMIN_DIR.resolve("signatures.get.desc.xml");
    private static final Path FTL = Resources.ADMIN_DIR.resolve("signatures.get.html.ftl");
    private static final Path MESSAGES = Resources.ADMIN_DIR.resolve("signatures.get.properties");

    @Test
    void descriptorIsAnAdminOnlyReadOnlyAdminConsolePage()
    {
        Document desc = Resources.xml(DESC);
        assertEquals(List.of("AdminConsole"), texts(desc, "family"));
        assertEquals(List.of("admin"), texts(desc, "authentication"));
        assertEquals("readonly", all(desc, "transaction").get(0).getAttribute("allow"));
        assertEquals(List.of("/vanthu/admin/signatures"), texts(desc, "url"));
        assertEquals("html", all(desc, "format").get(0).getAttribute("default"));
    }

    @Test
    void pageUsesTheCommunityAdminTemplateTheReportAndTheReverifyAction()
    {
        String ftl = Resources.utf8(FTL);
        assertTrue(ftl.contains("<#include \"/org/alfresco/repository/admin/admin-template.ftl\" />"));
        assertTrue(ftl.contains("\"${url.serviceContext?js_string}/vanthu/reports/signature-coverage\""));
        assertTrue(ftl.contains("/api/-default-/public/alfresco/versions/1/action-executions\""));
        assertTrue(ftl.contains("var ACTION_ID = \"vanthu-reverify-signatures\";"));
        assertTrue(ftl.contains("actionDefinitionId: ACTION_ID, targetId: nodeId(list[i])"));
    }

    @Test
    void statusesAreTheModelVerdictsAndEveryMessageExistsInBothLanguages()
    {
        String ftl = Resources.utf8(FTL);
        Properties en = Resources.properties(MESSAGES);
        Properties vi = Resources.properties(Resources.vi(MESSAGES));

        Matcher statuses = Pattern.compile("<#assign statuses = \\[(.*?)\\]>").matcher(ftl);
        assertTrue(statuses.find());
        Set<String> listed = MessagesTest.matches(Pattern.compile("\"(\\w+)\""), statuses.group(1));
        Set<String> verdicts = new java.util.HashSet<>(VanthuModel.load().property("vt:signatureStatus").allowedValues());
        verdicts.add("NOT_CHECKED"); // the report's key for documents without vt:signatureInfo
        assertEquals(verdicts, listed);

        Set<String> keys = MessagesTest.matches(Pattern.compile("msg\\(\"([\\w.-]+)\"\\)"), ftl);
        listed.forEach(s -> keys.add("vanthu-signatures.status." + s));
        Matcher clientList = Pattern.compile("<#assign clientKeys = \\[(.*?)\\]>", Pattern.DOTALL).matcher(ftl);
        assertTrue(clientList.find());
        Set<String> clientKeys = MessagesTest.matches(Pattern.compile("\"([\\w.-]+)\""), clientList.group(1));
        keys.addAll(clientKeys);
        for (String key : keys)
        {
            assertTrue(en.containsKey(key) && vi.containsKey(key), key + " in both bundles");
        }
        for (String used : MessagesTest.matches(Pattern.compile("\\bm\\(\"([\\w.-]+)\"\\s*[,)]"), ftl))
        {
            assertTrue(clientKeys.contains(used), "the page script uses " + used + " which the template does not pass");
        }
    }

    @Test
    void templatesAreValidFreeMarker() throws IOException
    {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_32);
        for (Path ftl : new Path[] { FTL, Resources.DASHLET_FTL })
        {
            // parsing checks the syntax; Surf's directives and the admin macros are only needed to render
            new Template(ftl.getFileName().toString(), new StringReader(Resources.utf8(ftl)), cfg);
        }
    }

    private static List<String> texts(Document doc, String tag)
    {
        return all(doc, tag).stream().map(e -> e.getTextContent().trim()).toList();
    }
}
