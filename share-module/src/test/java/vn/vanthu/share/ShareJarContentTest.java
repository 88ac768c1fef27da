package vn.vanthu.share;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The Share JAR holds only Vanthu resources: every file it adds is named for Vanthu, so none can
 * replace one of Share's own (the build rule in the pom already refuses non-Vanthu classes). The one
 * fixed name is META-INF/share-config-custom.xml, which Share reads from every JAR.
 */
class ShareJarContentTest
{
    @Test
    void everyResourceIsNamedForVanthu() throws IOException
    {
        try (Stream<Path> files = Files.walk(Resources.SHARE_RES))
        {
            List<String> foreign = files.filter(Files::isRegularFile)
                    .map(f -> Resources.SHARE_RES.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> !p.equals("META-INF/share-config-custom.xml"))
                    .filter(p -> !p.contains("vanthu"))
                    .sorted().toList();
            assertEquals(List.of(), foreign);
        }
    }

    @Test
    void moduleIsDeclaredWithItsIdAndVersion() throws IOException
    {
        Path built = Resources.SHARE.resolve("target/classes/alfresco/module/vanthu-share/module.properties");
        java.util.Properties module = Resources.properties(built);
        assertEquals("vanthu-share", module.getProperty("module.id"));
        for (String key : new String[] { "module.version", "module.title", "module.description" })
        {
            String value = module.getProperty(key, "");
            org.junit.jupiter.api.Assertions.assertTrue(!value.isBlank() && !value.contains("${"), key + " = " + value);
        }
    }
}
