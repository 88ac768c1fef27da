package vn.vanthu.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every Vanthu UI text exists in English and Vietnamese: each bundle of the Share module and of the
 * admin console script has a _vi twin with the same keys, no empty value, valid UTF-8, and every key a
 * template, script or facet names is present in both.
 */
class MessagesTest
{
    private static final Pattern FTL_MSG = Pattern.compile("msg\\(\"([\\w.-]+)\"\\)");
    private static final Pattern JS_MSG = Pattern.compile("msg\\.get\\(\"([\\w.-]+)\"\\)");

    @Test
    void everyBundleHasAVietnameseTwinWithTheSameKeys()
    {
        List<Path> bundles = new ArrayList<>(Resources.englishBundles(Resources.SHARE_RES));
        bundles.addAll(Resources.englishBundles(Resources.ADMIN_DIR));
        assertTrue(bundles.size() >= 3, "Share messages, dashlet and admin console bundles: " + bundles);
        for (Path english : bundles)
        {
            Path vietnamese = Resources.vi(english);
            assertTrue(Files.isRegularFile(vietnamese), "missing " + vietnamese);
            Properties en = Resources.properties(english);
            Properties vi = Resources.properties(vietnamese);
            assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(vi.stringPropertyNames()),
                    "keys of " + english.getFileName() + " and its _vi twin");
            List<String> empty = new ArrayList<>();
            int translated = 0;
            for (String key : en.stringPropertyNames())
            {
                if (en.getProperty(key).isBlank() || vi.getProperty(key).isBlank())
                {
                    empty.add(key);
                }
                if (!en.getProperty(key).equals(vi.getProperty(key)))
                {
                    translated++;
                }
            }
            assertEquals(List.of(), empty, "empty messages in " + english.getFileName());
            assertTrue(translated * 10 >= en.size() * 8, vietnamese.getFileName() + " is mostly an untranslated copy");
            assertTrue(Resources.utf8(vietnamese).matches("(?s).*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ].*"),
                    vietnamese.getFileName() + " has Vietnamese text");
        }
    }

    @Test
    void dashletTemplateAndScriptsUseOnlyKeysOfBothBundles()
    {
        Properties en = Resources.properties(Resources.DASHLET_MESSAGES);
        Properties vi = Resources.properties(Resources.vi(Resources.DASHLET_MESSAGES));
        Set<String> used = new LinkedHashSet<>();
        used.addAll(matches(FTL_MSG, Resources.utf8(Resources.DASHLET_FTL)));
        used.addAll(matches(JS_MSG, Resources.utf8(Resources.DASHLET_DIR.resolve("signatures-dossiers.get.js"))));
        Set<String> clientKeys = DashletBrowserTest.clientKeys();
        used.addAll(clientKeys);
        assertTrue(used.size() > 30, "keys found: " + used);
        for (String key : used)
        {
            assertTrue(en.containsKey(key) && vi.containsKey(key), "dashlet message " + key + " in both bundles");
        }
        // the browser script only asks for keys the template hands it
        Matcher m = Pattern.compile("\\bt\\.m\\(\"([\\w.]+)\"\\s*[,)]").matcher(Resources.utf8(Resources.COVERAGE_JS));
        while (m.find())
        {
            assertTrue(clientKeys.contains(m.group(1)), "vanthu-coverage.js uses " + m.group(1) + " which the template does not pass");
        }
    }

    @Test
    void documentLibraryScriptUsesKeysOfBothShareBundles()
    {
        Properties en = Resources.properties(Resources.SHARE_MESSAGES);
        Properties vi = Resources.properties(Resources.vi(Resources.SHARE_MESSAGES));
        Set<String> keys = matches(Pattern.compile("this\\.msg\\(\"([\\w.-]+)\"\\)"), Resources.utf8(Resources.DOCLIB_JS));
        assertEquals(Set.of("vanthu.link.earlierDocument"), keys);
        keys.forEach(key -> assertTrue(en.containsKey(key) && vi.containsKey(key), key + " in both Share bundles"));
    }

    @Test
    void facetNamesAreShareMessagesAndFacetsAreFacetableModelProperties()
    {
        VanthuModel model = VanthuModel.load();
        // the repository loads this file with java.util.Properties (ISO-8859-1): ASCII only
        assertTrue(Resources.utf8(Resources.FACETS).chars().allMatch(c -> c < 128), "facet configuration is ASCII");
        Properties facets = Resources.properties(Resources.FACETS);
        Properties en = Resources.properties(Resources.SHARE_MESSAGES);
        Properties vi = Resources.properties(Resources.vi(Resources.SHARE_MESSAGES));
        Set<String> fields = new TreeSet<>();
        for (String key : facets.stringPropertyNames())
        {
            assertTrue(key.startsWith("custom."), key);
            String field = key.substring("custom.".length(), key.lastIndexOf('.'));
            fields.add(field);
            if (key.endsWith(".displayName"))
            {
                String name = facets.getProperty(key);
                assertTrue(en.containsKey(name) && vi.containsKey(name), "facet display name " + name + " in both Share bundles");
            }
        }
        assertEquals(Set.of("vt:typeName", "vt:signatureStatus", "vt:field", "vt:handlingUnit", "vt:dossierStatus", "vt:timeliness"),
                fields);
        for (String field : fields)
        {
            VanthuModel.Property p = model.property(field);
            assertTrue(p != null, field + " is a property of the model");
            assertEquals(Boolean.TRUE, p.facetable().orElse(null), field + " is declared facetable in the model");
            for (String setting : new String[] { "filterID", "displayName", "displayControl", "maxFilters", "hitThreshold",
                    "minFilterValueLength", "sortBy", "scope", "scopedSites", "isEnabled" })
            {
                assertTrue(facets.containsKey("custom." + field + "." + setting), field + " sets " + setting);
            }
            // the repository parses these as integers at start-up; a typo would stop it
            Integer.parseInt(facets.getProperty("custom." + field + ".maxFilters"));
            Integer.parseInt(facets.getProperty("custom." + field + ".hitThreshold"));
            Integer.parseInt(facets.getProperty("custom." + field + ".minFilterValueLength"));
        }
    }

    static Set<String> matches(Pattern pattern, String text)
    {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find())
        {
            found.add(m.group(1));
        }
        return found;
    }
}
