package vn.vanthu.repo.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every type, aspect, property, constraint and allowed LIST value of the model has a label in the
 * English and in the Vietnamese bundle, under the keys the repository's dictionary looks up, and
 * no label is left over for something the model no longer has.
 */
class ModelLabelsTest {
    static final String BUNDLE = "alfresco/module/vanthu-platform/messages/vanthu-model";

    private static ModelXml model;
    private static Properties english;
    private static Properties vietnamese;

    @BeforeAll
    static void load() throws IOException {
        model = ModelXml.load();
        english = read(BUNDLE + ".properties");
        vietnamese = read(BUNDLE + "_vi.properties");
    }

    /** The keys the dictionary asks for: model.kind.item.title and listconstraint.item.value. */
    static Set<String> expectedKeys(ModelXml model) {
        String prefix = key(model.modelName) + ".";
        Set<String> keys = new LinkedHashSet<>();
        for (ModelXml.ClassDef c : model.classes.values()) {
            keys.add(prefix + c.kind() + "." + key(c.name()) + ".title");
            keys.add(prefix + c.kind() + "." + key(c.name()) + ".description");
            for (ModelXml.PropertyDef p : c.properties()) {
                keys.add(prefix + "property." + key(p.name()) + ".title");
            }
        }
        for (ModelXml.ConstraintDef c : model.constraints.values()) {
            keys.add(prefix + "constraint." + key(c.name()) + ".title");
            for (String value : c.allowedValues()) {
                keys.add("listconstraint." + key(c.name()) + "." + value);
            }
        }
        return keys;
    }

    @Test
    void everyModelItemHasAnEnglishAndAVietnameseLabel() {
        List<String> missing = new ArrayList<>();
        for (String key : expectedKeys(model)) {
            if (english.getProperty(key, "").isBlank()) {
                missing.add("en " + key);
            }
            if (vietnamese.getProperty(key, "").isBlank()) {
                missing.add("vi " + key);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void noLabelForSomethingTheModelDoesNotHave() {
        Set<String> expected = expectedKeys(model);
        expected.add(key(model.modelName) + ".description");
        List<String> extra = new ArrayList<>();
        english.stringPropertyNames().stream().filter(k -> !expected.contains(k)).forEach(k -> extra.add("en " + k));
        vietnamese.stringPropertyNames().stream().filter(k -> !expected.contains(k)).forEach(k -> extra.add("vi " + k));
        assertEquals(List.of(), extra);
    }

    @Test
    void vietnameseLabelsAreTranslatedNotCopied() {
        for (ModelXml.ClassDef c : model.classes.values()) {
            String k = key(model.modelName) + "." + c.kind() + "." + key(c.name()) + ".title";
            assertNotEquals(english.getProperty(k), vietnamese.getProperty(k), k);
        }
        long same = expectedKeys(model).stream().filter(k -> k.contains(".property."))
                .filter(k -> english.getProperty(k).equals(vietnamese.getProperty(k))).count();
        assertEquals(0, same, "property labels identical in both languages");
    }

    @Test
    void bundlesAreReadAsUtf8TheWayTheRepositoryLoadsThem() {
        ResourceBundle vi = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag("vi"));
        assertEquals("Văn bản đến", vi.getString("vt_vanthuModel.type.vt_incomingDocument.title"));
        assertEquals("Hỏa tốc", vi.getString("listconstraint.vt_priorityList.hỏa tốc"));
        ResourceBundle en = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        assertEquals("Very urgent", en.getString("listconstraint.vt_priorityList.thượng khẩn"));
    }

    @Test
    void listValueLabelsSayWhatTheCodeMeans() {
        assertTrue(vietnamese.getProperty("listconstraint.vt_dossierStatusList.5").contains("bổ sung"));
        assertTrue(english.getProperty("listconstraint.vt_signatureStatusList.MODIFIED_AFTER_SIGNING")
                .contains("Modified"));
    }

    private static String key(String prefixedName) {
        return prefixedName.replace(':', '_');
    }

    private static Properties read(String path) throws IOException {
        try (InputStream in = ModelLabelsTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("Missing bundle " + path);
            }
            Properties p = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
            return p;
        }
    }
}
