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
            if (!expression.endsWith("?html") && !expression.endsWith("?url") && !expression.equals("url.context")
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

    @Test
    void theControllerReadsTheRepositoryQueueInTheUsersLanguage() throws IOException
    {
        String js = Files.readString(DIR.resolve("feedback-queue.get.js"));
        assertTrue(js.contains("remote.call(\"/vanthu/feedback/queue?lang=\" + lang)"), js);
        String desc = Files.readString(DIR.resolve("feedback-queue.get.desc.xml"));
        assertTrue(desc.contains("<family>site-dashlet</family>") && desc.contains("<family>user-dashlet</family>"));
    }
}
