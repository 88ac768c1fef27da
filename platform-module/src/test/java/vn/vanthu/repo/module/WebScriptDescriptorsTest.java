package vn.vanthu.repo.module;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.extensions.webscripts.DeclarativeWebScript;

/**
 * Every web script descriptor under alfresco/extension/templates/webscripts has its Java bean
 * (webscript.&lt;package&gt;.&lt;id&gt;.&lt;method&gt;) or a FreeMarker template, a declarative one has
 * its template, and each script has an English and a Vietnamese message bundle.
 */
class WebScriptDescriptorsTest {
    private static final String DECLARATIVE = DeclarativeWebScript.class.getName();

    @Test
    void everyDescriptorOfTheModuleIsComplete() throws IOException {
        assertEquals(List.of(), ModuleFiles.onClasspath().webScriptProblems(getClass().getClassLoader(), DECLARATIVE));
    }

    @Test
    void incompleteScriptsAreReported(@TempDir Path dir) throws IOException {
        Path context = dir.resolve(ModuleFiles.MODULE_DIR + "/context");
        Files.createDirectories(context);
        Files.writeString(context.resolve("reports-context.xml"), """
                <beans xmlns="http://www.springframework.org/schema/beans">
                  <bean id="webscript.vn.vanthu.report.summary.get" parent="webscript"
                        class="org.springframework.extensions.webscripts.DeclarativeWebScript"/>
                  <bean id="webscript.vn.vanthu.report.export.get" parent="webscript"
                        class="org.springframework.extensions.webscripts.AbstractWebScript"/>
                </beans>""");
        Path scripts = dir.resolve(ModuleFiles.WEBSCRIPTS_DIR + "/vn/vanthu/report");
        Files.createDirectories(scripts);
        String desc = """
                <webscript><shortname>x</shortname><url>/vanthu/x</url><authentication>user</authentication></webscript>""";
        // Java-backed, streams its own output: needs no template.
        Files.writeString(scripts.resolve("export.get.desc.xml"), desc);
        Files.writeString(scripts.resolve("export.get.properties"), "");
        Files.writeString(scripts.resolve("export.get_vi.properties"), "");
        // Declarative without its template.
        Files.writeString(scripts.resolve("summary.get.desc.xml"), desc);
        Files.writeString(scripts.resolve("summary.get.properties"), "");
        // No bean, no template, no Vietnamese bundle, no authentication.
        Files.writeString(scripts.resolve("orphan.post.desc.xml"),
                "<webscript><shortname>o</shortname><url>/vanthu/o</url></webscript>");
        Files.writeString(scripts.resolve("orphan.post.properties"), "");

        String base = ModuleFiles.WEBSCRIPTS_DIR + "/vn/vanthu/report/";
        assertEquals(List.of(
                base + "orphan.post.desc.xml: no <authentication>",
                base + "orphan.post.desc.xml: no bean webscript.vn.vanthu.report.orphan.post and no orphan.post.<format>.ftl",
                base + "orphan.post.desc.xml: missing message bundle orphan.post_vi.properties",
                base + "summary.get.desc.xml: webscript.vn.vanthu.report.summary.get is a declarative web script but has no template",
                base + "summary.get.desc.xml: missing message bundle summary.get_vi.properties"),
                new ModuleFiles(dir).webScriptProblems(getClass().getClassLoader(), DECLARATIVE));
    }
}
