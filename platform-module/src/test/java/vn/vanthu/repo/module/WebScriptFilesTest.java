package vn.vanthu.repo.module;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Surf does with the web script files when it registers and runs them: descriptor elements and
 * values it accepts, templates it can find, and msg("...") keys it can resolve in Vietnamese and
 * English. (Descriptor, bean and bundle presence: WebScriptDescriptorsTest.)
 */
class WebScriptFilesTest {
    /** Share's site web scripts, checked from here as the build's one place for Surf descriptors. */
    static final Path SHARE_RESOURCES = Path.of("..", "share-module", "src", "main", "resources");

    @Test
    void descriptorsOfTheModuleAreValidAndUnderVanthu() throws IOException {
        ModuleFiles module = ModuleFiles.onClasspath();
        assertEquals(List.of(), ResourceChecks.descriptorProblems(module.root(), module.descriptors(), "/vanthu/"));
    }

    @Test
    void descriptorsOfShareAreValid() throws IOException {
        List<Path> descriptors = ResourceChecks.files(SHARE_RESOURCES, p -> p.toString().endsWith(".desc.xml"));
        assertEquals(List.of(), ResourceChecks.descriptorProblems(SHARE_RESOURCES, descriptors, "/"));
    }

    @Test
    void templatesAndMessageKeysOfTheModuleResolve() throws IOException {
        ModuleFiles module = ModuleFiles.onClasspath();
        assertEquals(List.of(), ResourceChecks.templateProblems(module));
        assertEquals(List.of(), ResourceChecks.messageKeyProblems(module));
    }

    @Test
    void badDescriptorsTemplatesAndKeysAreReported(@TempDir Path dir) throws IOException {
        Path scripts = dir.resolve(ModuleFiles.WEBSCRIPTS_DIR + "/vn/vanthu/x");
        Files.createDirectories(scripts);
        Files.createDirectories(dir.resolve(ModuleFiles.MODULE_DIR + "/messages"));
        Files.writeString(dir.resolve(ModuleFiles.MODULE_DIR + "/messages/vanthu-x.properties"), "common.ok=OK\n");
        Files.writeString(dir.resolve(ModuleFiles.MODULE_DIR + "/messages/vanthu-x_vi.properties"), "common.ok=\\u0110\\u01b0\\u1ee3c\n");
        Files.writeString(scripts.resolve("list.get.desc.xml"), """
                <webscript>
                  <shortname>List</shortname>
                  <url>/api/vanthu/list</url>
                  <format default="pdf">argument</format>
                  <authentication runas="">users</authentication>
                  <transaction allow="read">required</transaction>
                  <lifecycle>beta</lifecycle>
                  <famly>Vanthu</famly>
                </webscript>""");
        Files.writeString(scripts.resolve("list.get.html.ftl"), "${msg(\"list.title\")} ${msg('common.ok')} ${msg(\"list.empty\", 3)} ${msg(\"list.status.\" + s)}");
        Files.writeString(scripts.resolve("list.get.htm.ftl"), "");
        Files.writeString(scripts.resolve("lists.get.html.ftl"), "");
        Files.writeString(scripts.resolve("list.html.ftl"), "");
        Files.writeString(scripts.resolve("list.get.properties"), "list.title=List\nlist.empty=Nothing\n");
        Files.writeString(scripts.resolve("list.get_vi.properties"), "list.title=Danh s\\u00e1ch\n");
        ModuleFiles module = new ModuleFiles(dir);
        String desc = ModuleFiles.WEBSCRIPTS_DIR + "/vn/vanthu/x/list.get.desc.xml";
        assertEquals(List.of(
                desc + ": unknown element <famly>",
                desc + ": <url>/api/vanthu/list</url> does not start with /vanthu/",
                desc + ": <authentication> \"users\" is not one of [none, guest, user, admin]",
                desc + ": <authentication runas=\"\"> is empty",
                desc + ": <transaction allow> \"read\" is not one of [readonly, readwrite]",
                desc + ": <format default=\"pdf\"> is not a format Surf knows " + new java.util.TreeSet<>(ResourceChecks.FORMATS),
                desc + ": <lifecycle> \"beta\" is not one of [none, sample, draft, draft_public_api, public_api, deprecated, internal]"),
                ResourceChecks.descriptorProblems(dir, module.descriptors(), "/vanthu/"));
        String base = ModuleFiles.WEBSCRIPTS_DIR + "/vn/vanthu/x/";
        assertEquals(List.of(
                base + "list.get.htm.ftl: format htm is not one Surf knows " + new java.util.TreeSet<>(ResourceChecks.FORMATS),
                base + "list.html.ftl: name is not <id>.<method>.<format>.ftl (nor *.lib.ftl)",
                base + "lists.get.html.ftl: there is no descriptor lists.get.desc.xml beside it",
                desc + ": default format pdf has no template list.get.pdf.ftl"),
                ResourceChecks.templateProblems(module));
        assertEquals(List.of(base + "list.get.html.ftl: msg key \"list.empty\" is missing from list.get_vi.properties"),
                ResourceChecks.messageKeyProblems(module));
    }
}
