package vn.vanthu.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Field accuracy of the header parser on the test set in src/test/resources/headers: headers
 * written after the models of Decree 30 (commune, district, province, ministry and Government
 * issuers, every common type, công văn, legal normative documents and copies) in the three
 * layouts text extraction produces. Each file holds the page text, a line "#### EXPECTED" and the
 * expected fields (empty value: the page does not show the field; form=NFD: the test feeds the
 * text decomposed).
 */
class HeaderParserAccuracyTest {

    static final String[] FIELDS = {"typeName", "codeNumber", "codeNotation", "issuedDate", "place", "organName",
        "subject", "signerPosition", "signerFullName"};

    record Case(String name, String text, Map<String, String> expected) {
    }

    static List<Case> cases() throws IOException, URISyntaxException {
        Path dir = Path.of(HeaderParserAccuracyTest.class.getResource("/headers").toURI());
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String content = Files.readString(file, StandardCharsets.UTF_8);
                int split = content.indexOf("#### EXPECTED");
                Map<String, String> expected = new LinkedHashMap<>();
                for (String line : content.substring(split).split("\n")) {
                    int eq = line.indexOf('=');
                    if (eq > 0) {
                        expected.put(line.substring(0, eq), line.substring(eq + 1).strip());
                    }
                }
                String text = content.substring(0, split);
                if ("NFD".equals(expected.get("form"))) {
                    text = Normalizer.normalize(text, Normalizer.Form.NFD);
                }
                cases.add(new Case(file.getFileName().toString(), text, expected));
            }
        }
        return cases;
    }

    static Map<String, String> actual(HeaderFields f) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("typeName", f.typeName());
        m.put("codeNumber", f.codeNumber() == null ? null : f.codeNumber().toString());
        m.put("codeNotation", f.codeNotation());
        m.put("issuedDate", f.issuedDate() == null ? null : f.issuedDate().toString());
        m.put("place", f.place());
        m.put("organName", f.organName());
        m.put("subject", f.subject());
        m.put("signerPosition", f.signerPosition());
        m.put("signerFullName", f.signerFullName());
        return m;
    }

    @Test
    void fieldAccuracyIsAtLeast95Percent() throws Exception {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 40, "at least 40 headers in the test set, found " + cases.size());
        HeaderParser parser = new HeaderParser();
        int counted = 0;
        int right = 0;
        StringBuilder misses = new StringBuilder();
        for (Case c : cases) {
            Map<String, String> actual = actual(parser.parse(c.text()));
            for (String field : FIELDS) {
                String expected = c.expected().get(field);
                assertTrue(expected != null, c.name() + " lacks the expected " + field);
                String want = expected.isEmpty() ? null : expected;
                String got = actual.get(field);
                if (want == null && got == null) {
                    continue; // a field absent from the page and not invented is not counted
                }
                counted++;
                if (Objects.equals(want, got == null ? null : Normalizer.normalize(got, Normalizer.Form.NFC))) {
                    right++;
                } else {
                    misses.append(String.format("  %s %s: expected [%s] got [%s]%n", c.name(), field, want, got));
                }
            }
        }
        double accuracy = 100.0 * right / counted;
        System.out.printf("Header parser field accuracy: %d/%d = %.1f %% on %d headers%n%s", right, counted,
                accuracy, cases.size(), misses);
        assertTrue(accuracy >= 95.0, String.format("accuracy %.1f %% below 95 %%:%n%s", accuracy, misses));
    }

    @Test
    void nfdAndNfcGiveTheSameFields() throws Exception {
        HeaderParser parser = new HeaderParser();
        for (Case c : cases()) {
            String nfc = Normalizer.normalize(c.text(), Normalizer.Form.NFC);
            String nfd = Normalizer.normalize(c.text(), Normalizer.Form.NFD);
            assertEquals(parser.parse(nfc), parser.parse(nfd), c.name());
        }
    }
}
