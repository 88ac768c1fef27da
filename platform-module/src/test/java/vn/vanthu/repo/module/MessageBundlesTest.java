package vn.vanthu.repo.module;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every .properties file of the platform JAR and of Share reads, in the charset its loader uses,
 * as the Vietnamese text it was written as (see ResourceChecks for which loader reads what), and
 * every English bundle and its Vietnamese twin have the same keys.
 */
class MessageBundlesTest {

    @Test
    void platformFilesReadInTheirLoadersCharset() throws IOException {
        assertEquals(List.of(), ResourceChecks.charsetProblems(ModuleFiles.onClasspath().root()));
    }

    @Test
    void shareFilesReadInTheirLoadersCharset() throws IOException {
        assertEquals(List.of(), ResourceChecks.charsetProblems(WebScriptFilesTest.SHARE_RESOURCES));
    }

    @Test
    void englishAndVietnameseBundlesHaveTheSameKeys() throws IOException {
        assertEquals(List.of(), ResourceChecks.twinKeyProblems(ModuleFiles.onClasspath().root()));
    }

    @Test
    void filesTheLoaderWouldGarbleAreReported(@TempDir Path dir) throws IOException {
        String organ = "Ủy ban nhân dân xã";
        Path module = dir.resolve("alfresco/module/m");
        Files.createDirectories(module);
        // Read with Properties.load(InputStream): ISO-8859-1, raw UTF-8 would be garbled.
        Files.writeString(module.resolve("alfresco-global.properties"), "m.ok=\\u1ee6y ban\nm.organ=" + organ + "\n");
        // Message bundles: raw UTF-8 and \\u escapes both read right.
        Files.writeString(module.resolve("raw.properties"), "organ=" + organ + "\n");
        Files.writeString(module.resolve("escaped.properties"), "organ=\\u1ee6y ban nh\\u00e2n d\\u00e2n x\\u00e3\n");
        // Saved in the Vietnamese Windows code page: not UTF-8, the JDK falls back to ISO-8859-1.
        Files.write(module.resolve("cp1258.properties"), ("organ=nh\u00e2n d\u00e2n").getBytes(Charset.forName("windows-1258")));
        // UTF-8 that was once read as ISO-8859-1 and saved again.
        Files.writeString(module.resolve("twice.properties"),
                "organ=" + new String(organ.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1) + "\n");
        // Twins with different keys.
        Files.writeString(module.resolve("raw_vi.properties"), "organ=" + organ + "\nextra=x\n");
        assertEquals(List.of(
                "alfresco/module/m/alfresco-global.properties:2: raw non-ASCII in a file read with Properties.load(InputStream),"
                        + " i.e. as ISO-8859-1: write it as \\uXXXX",
                "alfresco/module/m/cp1258.properties: not valid UTF-8, so PropertyResourceBundle falls back to ISO-8859-1 and"
                        + " Vietnamese turns into mojibake: save it as UTF-8 or write non-ASCII as \\uXXXX",
                "alfresco/module/m/twice.properties: organ is double-encoded (UTF-8 read as ISO-8859-1 and saved again): \""
                        + new String(organ.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1) + "\" should be \"" + organ + "\""),
                ResourceChecks.charsetProblems(dir));
        assertEquals(List.of("alfresco/module/m/raw.properties: missing extra (in raw_vi.properties)"),
                ResourceChecks.twinKeyProblems(dir));
    }
}
