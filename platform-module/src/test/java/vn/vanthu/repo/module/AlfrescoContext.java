package vn.vanthu.repo.module;

import java.beans.PropertyDescriptor;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alfresco.i18n.ResourceBundleBootstrapComponent;
import org.alfresco.repo.action.ParameterizedItemAbstractBase;
import org.alfresco.repo.action.executer.ActionExecuterAbstractBase;
import org.alfresco.repo.dictionary.DictionaryBootstrap;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.mockito.Mockito;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.PropertyValue;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanDefinitionHolder;
import org.springframework.beans.factory.config.BeanDefinitionVisitor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.ConstructorArgumentValues;
import org.springframework.beans.factory.config.ConstructorArgumentValues.ValueHolder;
import org.springframework.beans.factory.config.RuntimeBeanNameReference;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.config.TypedStringValue;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.context.support.PropertySourcesPlaceholderConfigurer;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.extensions.webscripts.AbstractWebScript;

/**
 * Loads the module's Spring files the way the repository does and reports what would stop the
 * repository from starting: the module's context (module-context.xml and every file it imports) is
 * a child of a context holding what Alfresco provides, namely the repository's parent beans
 * (alfresco-parent-beans.xml) and a Mockito mock for every Alfresco bean the module refers to, of
 * the type the referring setter (or constructor) takes. Placeholders resolve as in the repository:
 * module defaults from alfresco-global.properties, a few Alfresco properties with sample values,
 * and no ":default" syntax (the repository's configurer has no value separator). Then refresh()
 * creates every bean: property names, setter types, constructor arguments and init-methods are all
 * exercised; init code runs against the mocks.
 */
final class AlfrescoContext {
    static final String PARENT_BEANS = "classpath:vn/vanthu/repo/module/alfresco-parent-beans.xml";

    /**
     * Ids of repository beans a module may refer to. Read in action-services-context.xml and
     * core-services-context.xml of ACS: actionService, LockService, nodeService, NodeService,
     * mlAwareNodeService, dictionaryService, DictionaryService, dictionaryDAO, tenantService,
     * global-properties, dictionaryBootstrap, resourceBundles, messageService, policyComponent,
     * policyBehaviourFilter, searchService, namespaceService, contentService, lockService,
     * versionService, permissionService, transactionService, TransactionService,
     * retryingTransactionHelper, repositoryHelper, ServiceRegistry, authenticationService,
     * mimetypeService, ruleService, taggingService; module-context.xml (module.baseComponent):
     * AuthenticationComponent, ModuleService, tenantAdminService. The public service proxies of
     * public-services-context.xml (capitalised ids) and the lower-case internal services beside
     * them complete the list; synchronousTransformClient is the id the repository's own tests look
     * the SynchronousTransformClient up by. A name outside it is most likely a typo: the repository would fail
     * with "No bean named ... available".
     */
    static final Set<String> ALFRESCO_BEANS = Set.of(
            "actionService", "ActionService", "LockService", "lockService", "nodeService", "NodeService",
            "mlAwareNodeService", "dictionaryService", "DictionaryService", "dictionaryDAO", "tenantService",
            "global-properties", "dictionaryBootstrap", "resourceBundles", "messageService", "policyComponent",
            "policyBehaviourFilter", "searchService", "SearchService", "namespaceService", "NamespaceService",
            "contentService", "ContentService", "versionService", "VersionService", "permissionService",
            "PermissionService", "transactionService", "TransactionService", "retryingTransactionHelper",
            "repositoryHelper", "ServiceRegistry", "authenticationService", "AuthenticationService",
            "mimetypeService", "MimetypeService", "ruleService", "taggingService", "attributeService",
            "AttributeService", "authorityService", "AuthorityService", "personService", "PersonService",
            "fileFolderService", "FileFolderService", "jobLockService", "JobLockService", "actionTrackingService",
            "synchronousTransformClient", "AuthenticationComponent", "ModuleService", "tenantAdminService",
            // edXML inbox and outbox folders live in a site's document library (public-services-context.xml).
            "SiteService", "siteService");

    /** Alfresco properties (repository.properties) the module may use in ${...}, with sample values. */
    static final Map<String, String> ALFRESCO_PROPERTIES = Map.of(
            "dir.root", "/usr/local/tomcat/alf_data",
            "dir.contentstore", "/usr/local/tomcat/alf_data/contentstore",
            "alfresco.host", "localhost",
            "alfresco.port", "8080",
            "alfresco.protocol", "http",
            "alfresco.context", "alfresco",
            "share.host", "localhost",
            "share.port", "8080",
            "share.protocol", "http",
            "share.context", "share");

    /**
     * Beans created lazily because their init genuinely needs repository state a mock cannot give.
     * Empty: every bean of the module starts against mocks. Add a bean only with the reason.
     */
    static final Map<String, String> LAZY_INIT_ALLOWLIST = Map.of();

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    private final List<String> problems = new ArrayList<>();
    private final GenericApplicationContext alfresco = new GenericApplicationContext();
    private final GenericApplicationContext module = new GenericApplicationContext(alfresco);
    private final Properties properties = new Properties();

    private AlfrescoContext() {
    }

    /** Loads and refreshes the module context; problems() lists what went wrong, empty if nothing. */
    static AlfrescoContext load(Resource moduleContext, Properties moduleDefaults) {
        AlfrescoContext ctx = new AlfrescoContext();
        ctx.properties.putAll(ALFRESCO_PROPERTIES);
        ctx.properties.putAll(moduleDefaults);
        ctx.start(moduleContext, moduleDefaults);
        return ctx;
    }

    List<String> problems() {
        return problems;
    }

    GenericApplicationContext module() {
        return module;
    }

    ConfigurableListableBeanFactory beans() {
        return module.getBeanFactory();
    }

    private void start(Resource moduleContext, Properties moduleDefaults) {
        new XmlBeanDefinitionReader(alfresco).loadBeanDefinitions(PARENT_BEANS);
        try {
            new XmlBeanDefinitionReader(module).loadBeanDefinitions(moduleContext);
        } catch (BeansException e) {
            problems.add(moduleContext.getDescription() + " cannot be read: " + causes(e));
            return;
        }
        checkPlaceholders(moduleDefaults);
        checkParents();
        if (!problems.isEmpty()) {
            return;
        }
        registerAlfrescoBeans(referencedAlfrescoBeans());
        if (!problems.isEmpty()) {
            return;
        }
        LAZY_INIT_ALLOWLIST.keySet().forEach(name -> module.getBeanDefinition(name).setLazyInit(true));
        PropertySourcesPlaceholderConfigurer placeholders = new PropertySourcesPlaceholderConfigurer();
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new PropertiesPropertySource("alfresco-global", properties));
        placeholders.setPropertySources(sources);
        placeholders.setValueSeparator(null);
        placeholders.setIgnoreUnresolvablePlaceholders(false);
        module.addBeanFactoryPostProcessor(placeholders);
        try {
            alfresco.refresh();
            module.refresh();
        } catch (BeansException e) {
            problems.add("the module context does not start: " + causes(e));
        }
    }

    /** Every ${...}: no ":default" (not supported by the repository), and a value to resolve to. */
    private void checkPlaceholders(Properties moduleDefaults) {
        for (String name : module.getBeanDefinitionNames()) {
            BeanDefinition bd = module.getBeanDefinition(name);
            Set<String> keys = new LinkedHashSet<>();
            new BeanDefinitionVisitor(value -> {
                Matcher m = PLACEHOLDER.matcher(value);
                while (m.find()) {
                    keys.add(m.group(1));
                }
                return value;
            }).visitBeanDefinition(bd);
            for (String key : keys) {
                String where = where(name, bd) + ": ${" + key + "}";
                if (key.contains(":")) {
                    problems.add(where + " has a default after ':', which the repository's placeholder configurer"
                            + " does not support (no value separator): put the default in alfresco-global.properties");
                } else if (key.startsWith("vanthu.") && !moduleDefaults.containsKey(key)) {
                    problems.add(where + " has no default in the module's alfresco-global.properties");
                } else if (!key.startsWith("vanthu.") && !ALFRESCO_PROPERTIES.containsKey(key)) {
                    problems.add(where + " is neither a vanthu. property nor a known Alfresco property");
                }
            }
        }
    }

    /** parent="..." must name a bean of the module or a repository parent of alfresco-parent-beans.xml. */
    private void checkParents() {
        for (String name : module.getBeanDefinitionNames()) {
            BeanDefinition bd = module.getBeanDefinition(name);
            String parent = bd.getParentName();
            if (parent != null && !module.containsBeanDefinition(parent) && !alfresco.containsBeanDefinition(parent)) {
                problems.add(where(name, bd) + " has parent \"" + parent + "\", which is neither a bean of the module nor"
                        + " a repository parent known to " + PARENT_BEANS + " (add it there after reading its real definition)");
            }
        }
    }

    /** Names the module refers to but does not define, with the types the referring setters take. */
    private Map<String, Set<Class<?>>> referencedAlfrescoBeans() {
        Map<String, Set<Class<?>>> refs = new LinkedHashMap<>();
        for (String name : module.getBeanDefinitionNames()) {
            BeanDefinition merged = beans().getMergedBeanDefinition(name);
            collect(where(name, merged), merged, refs);
        }
        for (String name : refs.keySet()) {
            if (!ALFRESCO_BEANS.contains(name)) {
                problems.add("bean \"" + name + "\" is referred to but neither the module nor the repository defines it"
                        + " (typo? if it is a real repository bean id, add it to AlfrescoContext.ALFRESCO_BEANS)");
            }
        }
        return refs;
    }

    private void collect(String where, BeanDefinition bd, Map<String, Set<Class<?>>> refs) {
        Class<?> type = classOf(bd);
        if (bd.getDependsOn() != null) {
            Arrays.stream(bd.getDependsOn()).filter(this::undefined).forEach(d -> refs.computeIfAbsent(d, k -> new LinkedHashSet<>()));
        }
        for (PropertyValue pv : bd.getPropertyValues().getPropertyValues()) {
            Class<?> setterType = null;
            if (type != null) {
                PropertyDescriptor pd = BeanUtils.getPropertyDescriptor(type, pv.getName());
                if (pd == null || pd.getWriteMethod() == null) {
                    problems.add(where + ": " + type.getName() + " has no setter for property \"" + pv.getName() + "\"");
                    continue;
                }
                setterType = pd.getWriteMethod().getParameterTypes()[0];
            }
            collectValue(where + ", property " + pv.getName(), pv.getValue(), setterType, refs);
        }
        ConstructorArgumentValues args = bd.getConstructorArgumentValues();
        int count = args.getArgumentCount();
        args.getIndexedArgumentValues().forEach((i, holder) -> collectValue(where + ", constructor argument " + i,
                holder.getValue(), constructorParameter(type, count, i), refs));
        List<ValueHolder> generic = args.getGenericArgumentValues();
        for (int i = 0; i < generic.size(); i++) {
            collectValue(where + ", constructor argument " + i, generic.get(i).getValue(),
                    constructorParameter(type, count, i), refs);
        }
    }

    private void collectValue(String where, Object value, Class<?> expected, Map<String, Set<Class<?>>> refs) {
        if (value instanceof RuntimeBeanReference ref && undefined(ref.getBeanName())) {
            Set<Class<?>> types = refs.computeIfAbsent(ref.getBeanName(), k -> new LinkedHashSet<>());
            if (expected == null) {
                problems.add(where + " refers to Alfresco bean \"" + ref.getBeanName() + "\" but its type cannot be"
                        + " inferred (no setter or single constructor of that arity)");
            } else {
                types.add(expected);
            }
        } else if (value instanceof RuntimeBeanNameReference ref && undefined(ref.getBeanName())) {
            refs.computeIfAbsent(ref.getBeanName(), k -> new LinkedHashSet<>());
        } else if (value instanceof BeanDefinitionHolder inner) {
            collect(where + " (inner bean)", inner.getBeanDefinition(), refs);
        } else if (value instanceof BeanDefinition inner) {
            collect(where + " (inner bean)", inner, refs);
        } else if (value instanceof Collection<?> values) {
            values.forEach(v -> collectValue(where, v, null, refs));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collectValue(where, v, null, refs));
        }
    }

    private boolean undefined(String name) {
        return !module.containsBean(name);
    }

    private static Class<?> constructorParameter(Class<?> type, int count, int index) {
        if (type == null) {
            return null;
        }
        List<Constructor<?>> candidates = Arrays.stream(type.getConstructors()).filter(c -> c.getParameterCount() == count).toList();
        return candidates.size() == 1 && index < count ? candidates.get(0).getParameterTypes()[index] : null;
    }

    private Class<?> classOf(BeanDefinition bd) {
        String className = bd.getBeanClassName();
        if (className == null || className.contains("${")) {
            return null;
        }
        try {
            return Class.forName(className, false, getClass().getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null; // ModuleContextTest reports classes that do not exist
        }
    }

    /** One mock per referenced Alfresco bean, of the most specific type its referrers ask for. */
    private void registerAlfrescoBeans(Map<String, Set<Class<?>>> refs) {
        for (Map.Entry<String, Set<Class<?>>> e : refs.entrySet()) {
            Set<Class<?>> types = e.getValue();
            Object bean;
            if (types.isEmpty()) {
                bean = new Object(); // only named in depends-on or idref
            } else if (types.contains(Properties.class)) {
                bean = properties;
            } else {
                Class<?> mostSpecific = types.stream().filter(t -> types.stream().allMatch(o -> o.isAssignableFrom(t)))
                        .findFirst().orElse(null);
                if (mostSpecific != null) {
                    bean = Mockito.mock(mostSpecific);
                } else if (types.stream().allMatch(Class::isInterface)) {
                    Class<?>[] all = types.toArray(new Class<?>[0]);
                    bean = Mockito.mock(all[0], Mockito.withSettings().extraInterfaces(Arrays.copyOfRange(all, 1, all.length)));
                } else {
                    problems.add("Alfresco bean \"" + e.getKey() + "\" is injected as incompatible types " + types);
                    continue;
                }
            }
            alfresco.getBeanFactory().registerSingleton(e.getKey(), bean);
        }
    }

    private static String where(String name, BeanDefinition bd) {
        String resource = bd.getResourceDescription();
        return (resource == null ? "" : resource.replaceFirst("^(class path resource|file|URL) \\[(.*)]$", "$2") + ": ") + "bean " + name;
    }

    private static String causes(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (sb.indexOf(String.valueOf(t.getMessage())) < 0) {
                sb.append(sb.length() == 0 ? "" : " <- ").append(t.getMessage());
            }
        }
        return sb.toString();
    }

    /**
     * Every action executer bean (a subclass of ActionExecuterAbstractBase, named after its bean id)
     * has "&lt;id&gt;.title", "&lt;id&gt;.description" and "&lt;id&gt;.&lt;parameter&gt;.display-label" in the
     * English and the Vietnamese file of a bundle the module registers with I18NUtil, which is where
     * the repository looks them up: through a child of "actionResourceBundles"
     * (ResourceBundleBootstrapComponent.resourceBundles) or the labels of a "dictionaryModelBootstrap"
     * child. Bundles are looked up under root as ResourceBundle does (dots become slashes).
     */
    List<String> actionLabelProblems(Path root) throws IOException {
        List<String> found = new ArrayList<>();
        Set<String> en = new HashSet<>();
        Set<String> vi = new HashSet<>();
        for (String name : module.getBeanDefinitionNames()) {
            BeanDefinition bd = beans().getMergedBeanDefinition(name);
            Class<?> type = classOf(bd);
            List<String> bundles = type == DictionaryBootstrap.class ? stringValues(bd, "labels")
                    : type == ResourceBundleBootstrapComponent.class ? stringValues(bd, "resourceBundles") : List.of();
            for (String base : bundles) {
                if (base.startsWith("alfresco.messages.")) {
                    continue; // the repository's own, inherited with merge="true"
                }
                Path file = root.resolve(base.replace('.', '/') + ".properties");
                Path viFile = root.resolve(base.replace('.', '/') + "_vi.properties");
                if (!Files.isRegularFile(file) || !Files.isRegularFile(viFile)) {
                    found.add(where(name, bd) + " registers bundle " + base + " but " + root.relativize(file) + " or its _vi twin is missing");
                }
                en.addAll(ResourceChecks.keys(file));
                vi.addAll(ResourceChecks.keys(viFile));
            }
        }
        for (String name : beans().getBeanNamesForType(ActionExecuterAbstractBase.class, true, false)) {
            List<String> keys = new ArrayList<>(List.of(name + ".title", name + ".description"));
            for (ParameterDefinition param : parameters((ActionExecuterAbstractBase) module.getBean(name))) {
                keys.add(name + "." + param.getName() + ".display-label");
            }
            for (String key : keys) {
                if (!en.contains(key) || !vi.contains(key)) {
                    found.add(where(name, beans().getMergedBeanDefinition(name)) + ": action label " + key + " is not in the "
                            + (en.contains(key) ? "Vietnamese" : "English") + " file of any bundle the module registers");
                }
            }
        }
        return found;
    }

    /** Beans named webscript.* are web scripts (AbstractWebScript) with a descriptor that names them. */
    List<String> webScriptBeanProblems(ModuleFiles files) throws IOException {
        Set<String> described = new HashSet<>();
        files.webScripts().forEach(s -> described.add(s.beanId()));
        List<String> found = new ArrayList<>();
        for (String name : module.getBeanDefinitionNames()) {
            BeanDefinition bd = beans().getMergedBeanDefinition(name);
            if (!name.startsWith("webscript.") || !concrete(bd)) {
                continue;
            }
            Class<?> type = beans().getType(name);
            if (type == null || !AbstractWebScript.class.isAssignableFrom(type)) {
                found.add(where(name, bd) + ": class " + type + " does not extend " + AbstractWebScript.class.getName());
            }
            if (!described.contains(name)) {
                found.add(where(name, bd) + ": no descriptor under " + ModuleFiles.WEBSCRIPTS_DIR
                        + " has this bean id (webscript.<package>.<id>.<method> of <package path>/<id>.<method>.desc.xml)");
            }
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static List<ParameterDefinition> parameters(ActionExecuterAbstractBase executer) {
        try {
            Method m = ParameterizedItemAbstractBase.class.getDeclaredMethod("getParameterDefintions");
            m.setAccessible(true);
            return (List<ParameterDefinition>) m.invoke(executer);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot list the parameters of " + executer.getClass().getName(), e);
        }
    }

    /** The string values of a property of a merged bean definition (a list of values or one value). */
    static List<String> stringValues(BeanDefinition bd, String property) {
        PropertyValue pv = bd.getPropertyValues().getPropertyValue(property);
        List<String> values = new ArrayList<>();
        if (pv != null) {
            Object v = pv.getValue();
            for (Object item : v instanceof Collection<?> c ? c : List.of(v)) {
                values.add(item instanceof TypedStringValue t ? t.getValue() : String.valueOf(item));
            }
        }
        return values;
    }

    /** Whether a bean definition is one the repository instantiates (not abstract). */
    static boolean concrete(BeanDefinition bd) {
        return !(bd instanceof AbstractBeanDefinition abd && abd.isAbstract());
    }
}
