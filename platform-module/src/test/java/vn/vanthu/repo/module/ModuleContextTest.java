package vn.vanthu.repo.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the repository needs to load the module: a complete module.properties, Spring context
 * files whose imports and bean classes exist (all context files, including those other features
 * add), the model bootstrapped with both label bundles, and a default for every placeholder.
 */
class ModuleContextTest {
    private static ModuleFiles module;

    @BeforeAll
    static void load() throws IOException {
        module = ModuleFiles.onClasspath();
    }

    @Test
    void modulePropertiesAreCompleteAndFiltered() throws IOException {
        Properties p = properties(ModuleFiles.MODULE_DIR + "/module.properties", StandardCharsets.ISO_8859_1);
        assertEquals("vanthu-platform", p.getProperty("module.id"));
        assertTrue(p.getProperty("module.version", "").matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), p.getProperty("module.version"));
        for (String key : List.of("module.title", "module.description", "module.repo.version.min", "module.repo.version.max")) {
            assertFalse(p.getProperty(key, "").isBlank(), key + " is required");
            assertFalse(p.getProperty(key).contains("${"), key + " was not filtered: " + p.getProperty(key));
        }
        double min = Double.parseDouble(p.getProperty("module.repo.version.min"));
        double max = Double.parseDouble(p.getProperty("module.repo.version.max"));
        assertTrue(min >= 25 && min < 26 && max >= 26 && max < 27, "supports ACS 25 and 26: " + min + " - " + max);
    }

    @Test
    void moduleContextImportsEveryConcernAndEveryImportExists() throws IOException {
        assertEquals(List.of(), module.brokenImports());
        NodeList imports = ModuleFiles.parse(module.root().resolve(ModuleFiles.MODULE_DIR + "/module-context.xml"))
                .getElementsByTagNameNS("*", "import");
        List<String> resources = new ArrayList<>();
        for (int i = 0; i < imports.getLength(); i++) {
            resources.add(((Element) imports.item(i)).getAttribute("resource"));
        }
        for (String concern : List.of("bootstrap", "signature", "registers", "dossier", "reports", "groups", "edxml")) {
            assertTrue(resources.contains("classpath:alfresco/module/vanthu-platform/context/" + concern + "-context.xml"),
                    concern + "-context.xml is not imported: " + resources);
        }
        assertEquals("classpath:alfresco/module/vanthu-platform/context/bootstrap-context.xml", resources.get(0),
                "the model must be bootstrapped before the services that use it");
    }

    @Test
    void everyBeanClassInEveryContextFileExists() throws IOException {
        assertEquals(List.of(), module.missingBeanClasses(getClass().getClassLoader()));
    }

    @Test
    void beanIdsAreUniqueAndCarryTheModulePrefix() throws IOException {
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (ModuleFiles.Bean bean : module.beans()) {
            if (bean.id().isEmpty()) {
                continue;
            }
            if (!seen.add(bean.id())) {
                problems.add("duplicate id " + bean.id() + " in " + bean.file());
            }
            if (!bean.id().startsWith("vanthu") && !bean.id().startsWith("webscript.vn.vanthu.")) {
                problems.add(bean.file() + ": id " + bean.id() + " does not start with vanthu or webscript.vn.vanthu.");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void modelIsBootstrappedWithBothLabelBundles() throws IOException {
        Path bootstrap = module.root().resolve(ModuleFiles.MODULE_DIR + "/context/bootstrap-context.xml");
        Element bean = (Element) ModuleFiles.parse(bootstrap).getElementsByTagNameNS("*", "bean").item(0);
        assertEquals("dictionaryModelBootstrap", bean.getAttribute("parent"));
        assertEquals("dictionaryBootstrap", bean.getAttribute("depends-on"));
        NodeList props = bean.getElementsByTagNameNS("*", "property");
        List<String> models = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < props.getLength(); i++) {
            Element prop = (Element) props.item(i);
            NodeList values = prop.getElementsByTagNameNS("*", "value");
            for (int j = 0; j < values.getLength(); j++) {
                String v = values.item(j).getTextContent().trim();
                ("models".equals(prop.getAttribute("name")) ? models : labels).add(v);
            }
        }
        assertEquals(List.of("alfresco/module/vanthu-platform/model/vanthu-model.xml"), models);
        assertFalse(labels.isEmpty());
        for (String path : models) {
            assertTrue(Files.isRegularFile(module.root().resolve(path)), path);
        }
        for (String base : labels) {
            assertTrue(Files.isRegularFile(module.root().resolve(base + ".properties")), base + ".properties");
            assertTrue(Files.isRegularFile(module.root().resolve(base + "_vi.properties")), base + "_vi.properties");
        }
    }

    @Test
    void everyMessageBundleOfTheModuleHasAVietnameseTwin() throws IOException {
        List<String> missing = new ArrayList<>();
        try (var files = Files.walk(module.root().resolve(ModuleFiles.MODULE_DIR + "/messages"))) {
            files.map(Path::toString).filter(n -> n.endsWith(".properties") && !n.matches(".*_[a-z]{2}(_[A-Z]{2})?\\.properties"))
                    .filter(n -> !Files.isRegularFile(Path.of(n.replace(".properties", "_vi.properties"))))
                    .forEach(missing::add);
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void moduleDefaultsAreVanthuKeysAndCoverEveryPlaceholder() throws IOException {
        Properties defaults = properties(ModuleFiles.MODULE_DIR + "/alfresco-global.properties", StandardCharsets.ISO_8859_1);
        List<String> foreign = defaults.stringPropertyNames().stream().filter(k -> !k.startsWith("vanthu.")).sorted().toList();
        assertEquals(List.of(), foreign, "module defaults must start with vanthu.");
        List<String> undefined = new ArrayList<>();
        for (Map.Entry<String, Boolean> e : module.placeholders().entrySet()) {
            if (e.getKey().startsWith("vanthu.") && !e.getValue() && !defaults.containsKey(e.getKey())) {
                undefined.add(e.getKey());
            }
        }
        assertEquals(List.of(), undefined, "placeholders without a module default");
        assertEquals("Ủy ban nhân dân xã", defaults.getProperty("vanthu.organ.name"), "non-ASCII must be \\u-escaped");
    }

    @Test
    void checksReportMissingClassesAndImports(@TempDir Path dir) throws IOException {
        Path context = dir.resolve(ModuleFiles.MODULE_DIR + "/context");
        Files.createDirectories(context);
        Files.writeString(dir.resolve(ModuleFiles.MODULE_DIR + "/module-context.xml"), """
                <beans xmlns="http://www.springframework.org/schema/beans">
                  <import resource="classpath:alfresco/module/vanthu-platform/context/a-context.xml"/>
                  <import resource="classpath:alfresco/module/vanthu-platform/context/gone-context.xml"/>
                </beans>""");
        Files.writeString(context.resolve("a-context.xml"), """
                <beans xmlns="http://www.springframework.org/schema/beans">
                  <bean id="vanthu.ok" class="java.lang.String"/>
                  <bean id="vanthu.typo" class="vn.vanthu.repo.behaviour.NoSuchBehaviour">
                    <property name="inner"><bean class="vn.vanthu.NoSuchInner"/></property>
                  </bean>
                  <bean id="vanthu.x" class="${vanthu.missing.default}"/>
                </beans>""");
        ModuleFiles fixture = new ModuleFiles(dir);
        assertEquals(List.of(ModuleFiles.MODULE_DIR + "/module-context.xml imports missing "
                + "classpath:alfresco/module/vanthu-platform/context/gone-context.xml"), fixture.brokenImports());
        List<String> missing = fixture.missingBeanClasses(getClass().getClassLoader());
        assertEquals(3, missing.size(), missing.toString());
        assertTrue(missing.get(0).endsWith("vanthu.typo -> vn.vanthu.repo.behaviour.NoSuchBehaviour"), missing.get(0));
        assertTrue(missing.get(1).endsWith("-> vn.vanthu.NoSuchInner"), missing.get(1));
        assertEquals(Map.of("vanthu.missing.default", false), fixture.placeholders());
    }

    private static Properties properties(String path, java.nio.charset.Charset charset) throws IOException {
        try (InputStream in = ModuleContextTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException(path + " is not on the classpath");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, charset));
            return p;
        }
    }
}
