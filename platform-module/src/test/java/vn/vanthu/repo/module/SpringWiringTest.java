package vn.vanthu.repo.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.alfresco.repo.action.ParameterDefinitionImpl;
import org.alfresco.repo.action.RuntimeActionService;
import org.alfresco.repo.action.executer.ActionExecuterAbstractBase;
import org.alfresco.repo.module.AbstractModuleComponent;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.cmr.module.ModuleService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.extensions.surf.util.I18NUtil;

/**
 * The module's Spring context starts inside a stand-in of the repository (its parent beans and
 * a mock per Alfresco bean): every property has its setter, every reference and parent exists,
 * every placeholder resolves, every init-method runs; web script beans are web scripts with a
 * descriptor, and every action has its labels where the repository looks for them.
 */
class SpringWiringTest {
    private static ModuleFiles files;
    private static AlfrescoContext context;

    @BeforeAll
    static void load() throws IOException {
        files = ModuleFiles.onClasspath();
        context = AlfrescoContext.load(new ClassPathResource(ModuleFiles.MODULE_DIR + "/module-context.xml"), moduleDefaults());
    }

    @AfterAll
    static void close() {
        context.module().close();
    }

    @Test
    void moduleContextStartsInsideTheRepository() {
        assertEquals(List.of(), context.problems());
    }

    @Test
    void webScriptBeansAreWebScriptsWithADescriptor() throws IOException {
        assertEquals(List.of(), context.problems(), "the context must start first");
        assertEquals(List.of(), context.webScriptBeanProblems(files));
    }

    @Test
    void everyActionHasItsLabelsInARegisteredBundle() throws IOException {
        assertEquals(List.of(), context.problems(), "the context must start first");
        assertEquals(List.of(), context.actionLabelProblems(files.root()));
    }

    /**
     * Every module component (a child of module.baseComponent) is registered with the module service
     * under the module's id and its bean id, and its description key resolves in English and
     * Vietnamese: init replaces the key by the message, null when no registered bundle has it.
     */
    @Test
    void everyModuleComponentIsRegisteredWithADescriptionInBothLanguages() {
        assertEquals(List.of(), context.problems(), "the context must start first");
        ModuleService moduleService = context.module().getBean("ModuleService", ModuleService.class);
        Map<String, AbstractModuleComponent> components = context.module().getBeansOfType(AbstractModuleComponent.class);
        assertEquals(Set.of("vanthu-platform.groups", "vanthu-platform.trustFolder"), components.keySet());
        components.forEach((id, component) -> {
            verify(moduleService).registerComponent(component);
            assertEquals("vanthu-platform", component.getModuleId(), id);
            assertEquals(id, component.getName());
            String key = stringValue(context, id, "description");
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("vi"))) {
                String message = I18NUtil.getMessage(key, locale);
                assertNotNull(message, id + ": " + key + " in " + locale);
                assertNotEquals(key, message, id);
            }
            assertEquals(I18NUtil.getMessage(key), component.getDescription(), id);
        });
    }

    /** The trust folder component creates the folder the verifier reads: both take vanthu.signature.trustAnchors.folder. */
    @Test
    void theTrustFolderComponentAndTheVerifierShareTheConfiguredFolder() throws IOException {
        Properties props = moduleDefaults();
        props.setProperty("vanthu.signature.trustAnchors.folder", "Data Dictionary/Chứng thư tin cậy");
        AlfrescoContext ctx = AlfrescoContext.load(new ClassPathResource(ModuleFiles.MODULE_DIR + "/module-context.xml"), props);
        try {
            assertEquals(List.of(), ctx.problems());
            assertEquals("Data Dictionary/Chứng thư tin cậy", stringValue(ctx, "vanthu-platform.trustFolder", "path"));
            assertEquals("Data Dictionary/Chứng thư tin cậy",
                    stringValue(ctx, "vanthu.signatureVerificationService", "trustAnchorsFolder"));
        } finally {
            ctx.module().close();
        }
    }

    /**
     * edXML (issue 12): the agency's identifier and signing key reach the beans; the two internal
     * actions are executers under their action names (the action service finds a non-public action
     * by its bean id).
     */
    @Test
    void theEdxmlBeansGetTheAgencyAndTheSigningKeyFromTheConfiguration() throws IOException {
        Properties props = moduleDefaults();
        props.setProperty("vanthu.organ.id", "H15.50.05.13");
        props.setProperty("vanthu.edxml.signing.keystore", "/opt/alfresco/keys/ubnd-phu-ho.p12");
        AlfrescoContext ctx = AlfrescoContext.load(new ClassPathResource(ModuleFiles.MODULE_DIR + "/module-context.xml"), props);
        try {
            assertEquals(List.of(), ctx.problems());
            assertEquals("H15.50.05.13", stringValue(ctx, "vanthu.edxml.receiver", "organId"));
            assertEquals("H15.50.05.13", stringValue(ctx, "vanthu.edxml.outgoing", "organId"));
            assertEquals("/opt/alfresco/keys/ubnd-phu-ho.p12", stringValue(ctx, "vanthu.edxml.codec", "keystore"));
            assertEquals("vn.vanthu.repo.edxml.ReceivePackageActionExecuter",
                    ctx.module().getBean("vanthu-edxml-receive", ActionExecuterAbstractBase.class).getClass().getName());
            assertEquals("vn.vanthu.repo.edxml.PrepareStatusActionExecuter",
                    ctx.module().getBean("vanthu-edxml-status", ActionExecuterAbstractBase.class).getClass().getName());
        } finally {
            ctx.module().close();
        }
    }

    /** The long-term validation settings (issue 11) have defaults in the module and reach the verifier. */
    @Test
    void longTermValidationPropertiesReachTheVerifier() throws IOException {
        Properties props = moduleDefaults();
        assertEquals("shell", props.getProperty("vanthu.signature.validityModel"));
        assertEquals("P7D", props.getProperty("vanthu.signature.ocsp.maxAge"));
        assertEquals("", props.getProperty("vanthu.signature.tsaAnchors.dir"));
        assertEquals("", props.getProperty("vanthu.signature.tsaAnchors.folder"));
        assertEquals("true", props.getProperty("vanthu.signature.tsaAnchors.includeTrustAnchors"));
        props.setProperty("vanthu.signature.validityModel", "chain");
        props.setProperty("vanthu.signature.ocsp.maxAge", "PT36H");
        props.setProperty("vanthu.signature.tsaAnchors.dir", "/etc/vanthu/tsa");
        props.setProperty("vanthu.signature.tsaAnchors.folder", "Data Dictionary/Vanthu TSA Anchors");
        props.setProperty("vanthu.signature.tsaAnchors.includeTrustAnchors", "false");
        AlfrescoContext ctx = AlfrescoContext.load(new ClassPathResource(ModuleFiles.MODULE_DIR + "/module-context.xml"), props);
        try {
            assertEquals(List.of(), ctx.problems());
            String bean = "vanthu.signatureVerificationService";
            assertEquals("chain", stringValue(ctx, bean, "validityModel"));
            assertEquals("PT36H", stringValue(ctx, bean, "ocspMaxAge"));
            assertEquals("/etc/vanthu/tsa", stringValue(ctx, bean, "tsaAnchorsDir"));
            assertEquals("Data Dictionary/Vanthu TSA Anchors", stringValue(ctx, bean, "tsaAnchorsFolder"));
            assertEquals("false", stringValue(ctx, bean, "tsaIncludesTrustAnchors"));
        } finally {
            ctx.module().close();
        }
    }

    @Test
    void alfrescoBeansAreMocksOfTheSetterTypeAndInitRunsAgainstThem(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("fixture"));
        Files.writeString(dir.resolve("fixture/actions.properties"), """
                vanthu-fixture.title=Fixture
                vanthu-fixture.description=Does nothing
                vanthu-fixture.target.display-label=Target
                """);
        Files.writeString(dir.resolve("fixture/actions_vi.properties"), """
                vanthu-fixture.title=Th\\u1eed
                vanthu-fixture.target.display-label=\\u0110\\u00edch
                """);
        AlfrescoContext ctx = load(dir, """
                <bean id="vanthu-fixture" parent="action-executer" class="%s">
                  <property name="nodeService" ref="NodeService"/>
                  <property name="folder" value="${dir.root}/vanthu"/>
                </bean>
                <bean id="vanthu.fixture.labels" parent="actionResourceBundles">
                  <property name="resourceBundles"><list><value>fixture.actions</value></list></property>
                </bean>""".formatted(FixtureAction.class.getName()));
        assertEquals(List.of(), ctx.problems());
        FixtureAction action = ctx.module().getBean(FixtureAction.class);
        assertTrue(mockingDetails(action.nodeService).isMock(), "NodeService is a mock of the setter's type");
        assertEquals("/usr/local/tomcat/alf_data/vanthu", action.folder);
        RuntimeActionService actionService = ctx.module().getBean("actionService", RuntimeActionService.class);
        verify(actionService).registerActionExecuter(action);
        assertSame(actionService, ctx.module().getBean("actionService"));
        assertEquals(List.of(dir.resolve("fixture-context.xml") + ": bean vanthu-fixture: action label"
                + " vanthu-fixture.description is not in the Vietnamese file of any bundle the module registers"),
                ctx.actionLabelProblems(dir));
        ctx.module().close();
    }

    @Test
    void unknownParentsAndUnresolvablePlaceholdersAreReported(@TempDir Path dir) throws IOException {
        List<String> problems = load(dir, """
                <bean id="vanthu.a" parent="baseJavaScriptExtension" class="%1$s"/>
                <bean id="vanthu.b" class="%1$s">
                  <property name="folder" value="${vanthu.fixture.name:x}"/>
                </bean>
                <bean id="vanthu.c" class="%1$s">
                  <property name="folder" value="${vanthu.fixture.undefined}"/>
                </bean>
                <bean id="vanthu.d" class="%1$s">
                  <property name="folder" value="${db.password}"/>
                </bean>""".formatted(FixtureAction.class.getName())).problems();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).endsWith("bean vanthu.b: ${vanthu.fixture.name:x} has a default after ':', which the"
                + " repository's placeholder configurer does not support (no value separator): put the default in"
                + " alfresco-global.properties"), problems.get(0));
        assertTrue(problems.get(1).endsWith("bean vanthu.c: ${vanthu.fixture.undefined} has no default in the module's"
                + " alfresco-global.properties"), problems.get(1));
        assertTrue(problems.get(2).endsWith("bean vanthu.d: ${db.password} is neither a vanthu. property nor a known"
                + " Alfresco property"), problems.get(2));
        assertTrue(problems.get(3).contains("fixture-context.xml") && problems.get(3).contains("bean vanthu.a has parent"
                + " \"baseJavaScriptExtension\", which is neither a bean of the module nor a repository parent"), problems.get(3));
    }

    @Test
    void misspeltReferencesPropertiesAndInitMethodsAreReported(@TempDir Path dir) throws IOException {
        String action = FixtureAction.class.getName();
        assertEquals(List.of("bean \"nodeServce\" is referred to but neither the module nor the repository defines it"
                + " (typo? if it is a real repository bean id, add it to AlfrescoContext.ALFRESCO_BEANS)"),
                load(dir, "<bean id=\"vanthu.a\" class=\"" + action + "\"><property name=\"nodeService\" ref=\"nodeServce\"/></bean>").problems());
        assertEquals(List.of(dir.resolve("fixture-context.xml") + ": bean vanthu.a: " + action + " has no setter for property \"nodeServices\""),
                load(dir, "<bean id=\"vanthu.a\" parent=\"action-executer\" class=\"" + action + "\">"
                        + "<property name=\"nodeServices\" ref=\"nodeService\"/></bean>").problems());
        String init = String.join("", load(dir, "<bean id=\"vanthu.a\" class=\"" + action + "\" init-method=\"start\"/>").problems());
        assertTrue(init.contains("'vanthu.a'") && init.contains("start"), init);
    }

    private static AlfrescoContext load(Path dir, String beans) throws IOException {
        Path file = dir.resolve("fixture-context.xml");
        Files.writeString(file, """
                <beans xmlns="http://www.springframework.org/schema/beans"
                       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                       xsi:schemaLocation="http://www.springframework.org/schema/beans
                                           http://www.springframework.org/schema/beans/spring-beans.xsd">
                """ + beans + "</beans>");
        return AlfrescoContext.load(new FileSystemResource(file), new Properties());
    }

    /** The value a bean's definition gives a property, before init (placeholders resolved). */
    static String stringValue(AlfrescoContext ctx, String bean, String property) {
        return AlfrescoContext.stringValues(ctx.beans().getMergedBeanDefinition(bean), property).get(0);
    }

    /** The module's alfresco-global.properties, read as the repository reads it: ISO-8859-1, trailing blanks trimmed. */
    static Properties moduleDefaults() throws IOException {
        Properties p = new Properties();
        try (InputStream in = SpringWiringTest.class.getClassLoader()
                .getResourceAsStream(ModuleFiles.MODULE_DIR + "/alfresco-global.properties")) {
            p.load(in);
        }
        p.replaceAll((k, v) -> v.toString().stripTrailing());
        return p;
    }

    /** A public action with one parameter and an injected Alfresco service. */
    public static class FixtureAction extends ActionExecuterAbstractBase {
        NodeService nodeService;
        String folder;

        public void setNodeService(NodeService nodeService) {
            this.nodeService = nodeService;
        }

        public void setFolder(String folder) {
            this.folder = folder;
        }

        @Override
        protected void addParameterDefinitions(List<ParameterDefinition> paramList) {
            paramList.add(new ParameterDefinitionImpl("target", null, false, "target"));
        }

        @Override
        protected void executeImpl(Action action, NodeRef actionedUponNodeRef) {
        }
    }
}
