package vn.vanthu.repo.module;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the module's Spring context files and web script descriptors from a resources root
 * (target/classes in the build, a temporary folder in the tests of these checks) and reports
 * what would break the repository at start-up: bean classes that do not exist, imports of files
 * that do not exist, web scripts without their bean, template or message bundles.
 */
final class ModuleFiles {
    static final String MODULE_DIR = "alfresco/module/vanthu-platform";
    static final String WEBSCRIPTS_DIR = "alfresco/extension/templates/webscripts";
    private static final Pattern DESCRIPTOR = Pattern.compile("(.+)\\.(get|post|put|delete)\\.desc\\.xml");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(:[^}]*)?}");

    /** A bean definition: the file it is in, its id and its class (either may be empty). */
    record Bean(String file, String id, String className, String parent) {
    }

    private final Path root;

    ModuleFiles(Path root) {
        this.root = root;
    }

    /** The resources root of the built module (target/classes). */
    static ModuleFiles onClasspath() throws IOException {
        URL url = ModuleFiles.class.getClassLoader().getResource(MODULE_DIR + "/module.properties");
        if (url == null) {
            throw new IOException(MODULE_DIR + "/module.properties is not on the classpath");
        }
        try {
            return new ModuleFiles(Paths.get(url.toURI()).getParent().getParent().getParent().getParent());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    Path root() {
        return root;
    }

    /** Every Spring XML file of the module (module-context.xml and everything under context/). */
    List<Path> contextFiles() throws IOException {
        Path moduleDir = root.resolve(MODULE_DIR);
        List<Path> files = new ArrayList<>();
        for (String name : List.of("module-context.xml", "module-bootstrap-context.xml", "module-uninstall-context.xml")) {
            if (Files.isRegularFile(moduleDir.resolve(name))) {
                files.add(moduleDir.resolve(name));
            }
        }
        Path contextDir = moduleDir.resolve("context");
        if (Files.isDirectory(contextDir)) {
            try (Stream<Path> s = Files.walk(contextDir)) {
                s.filter(p -> p.toString().endsWith(".xml")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** All beans (top level and nested) of all context files. */
    List<Bean> beans() throws IOException {
        List<Bean> beans = new ArrayList<>();
        for (Path file : contextFiles()) {
            NodeList nodes = parse(file).getElementsByTagNameNS("*", "bean");
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                beans.add(new Bean(root.relativize(file).toString(), e.getAttribute("id"), e.getAttribute("class"),
                        e.getAttribute("parent")));
            }
        }
        return beans;
    }

    /** Bean classes that cannot be loaded, as "file: bean -> class". */
    List<String> missingBeanClasses(ClassLoader loader) throws IOException {
        List<String> missing = new ArrayList<>();
        for (Bean bean : beans()) {
            if (!bean.className().isEmpty() && !loadable(bean.className(), loader)) {
                missing.add(bean.file() + ": " + bean.id() + " -> " + bean.className());
            }
        }
        return missing;
    }

    /** Imports (classpath:... or relative) that point at no file. */
    List<String> brokenImports() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path file : contextFiles()) {
            NodeList nodes = parse(file).getElementsByTagNameNS("*", "import");
            for (int i = 0; i < nodes.getLength(); i++) {
                String resource = ((Element) nodes.item(i)).getAttribute("resource");
                Path target = resource.startsWith("classpath:")
                        ? root.resolve(resource.substring("classpath:".length()).replaceFirst("^/", ""))
                        : file.getParent().resolve(resource);
                if (!Files.isRegularFile(target)) {
                    broken.add(root.relativize(file) + " imports missing " + resource);
                }
            }
        }
        return broken;
    }

    /** ${placeholders} used in context files, with whether each has a default in the file itself. */
    Map<String, Boolean> placeholders() throws IOException {
        Map<String, Boolean> result = new LinkedHashMap<>();
        for (Path file : contextFiles()) {
            Matcher m = PLACEHOLDER.matcher(Files.readString(file));
            while (m.find()) {
                result.merge(m.group(1), m.group(2) != null, Boolean::logicalOr);
            }
        }
        return result;
    }

    /** A web script descriptor <id>.<method>.desc.xml and the id of its Java bean, if it has one. */
    record Script(Path descriptor, String id, String method, String beanId) {
        /** The script's files start with this: <id>.<method>. */
        String prefix() {
            return id + "." + method + ".";
        }
    }

    /** Every descriptor (*.desc.xml) under the web scripts folder, sorted. */
    List<Path> descriptors() throws IOException {
        Path scripts = root.resolve(WEBSCRIPTS_DIR);
        if (!Files.isDirectory(scripts)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(scripts)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".desc.xml")).sorted().toList();
        }
    }

    /** The descriptors named <id>.<get|post|put|delete>.desc.xml, with their bean ids. */
    List<Script> webScripts() throws IOException {
        Path scripts = root.resolve(WEBSCRIPTS_DIR);
        List<Script> result = new ArrayList<>();
        for (Path desc : descriptors()) {
            Matcher m = DESCRIPTOR.matcher(desc.getFileName().toString());
            if (m.matches()) {
                String pkg = scripts.relativize(desc.getParent()).toString().replace('\\', '/').replace('/', '.');
                result.add(new Script(desc, m.group(1), m.group(2), "webscript." + pkg + "." + m.group(1) + "." + m.group(2)));
            }
        }
        return result;
    }

    /** Problems of the web script descriptors: missing bean or template, missing bundles, bad XML. */
    List<String> webScriptProblems(ClassLoader loader, String declarativeBaseClass) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path desc : descriptors()) {
            if (!DESCRIPTOR.matcher(desc.getFileName().toString()).matches()) {
                problems.add(root.relativize(desc) + ": name is not <id>.<get|post|put|delete>.desc.xml");
            }
        }
        Map<String, Bean> beansById = new LinkedHashMap<>();
        beans().forEach(b -> beansById.put(b.id(), b));
        for (Script script : webScripts()) {
            Path desc = script.descriptor();
            String where = root.relativize(desc).toString();
            String beanId = script.beanId();
            problems.addAll(descriptorProblems(desc, where));
            Bean bean = beansById.get(beanId);
            boolean hasTemplate = hasFile(desc.getParent(), script.prefix(), ".ftl");
            if (bean == null && !hasTemplate) {
                problems.add(where + ": no bean " + beanId + " and no " + script.prefix() + "<format>.ftl");
            }
            if (bean != null && !hasTemplate && isDeclarative(bean, beansById, loader, declarativeBaseClass)) {
                problems.add(where + ": " + beanId + " is a declarative web script but has no template");
            }
            for (String bundle : List.of(script.prefix() + "properties", script.id() + "." + script.method() + "_vi.properties")) {
                if (!Files.isRegularFile(desc.getParent().resolve(bundle))) {
                    problems.add(where + ": missing message bundle " + bundle);
                }
            }
        }
        return problems;
    }

    private List<String> descriptorProblems(Path desc, String where) throws IOException {
        List<String> problems = new ArrayList<>();
        Element root;
        try {
            root = parse(desc).getDocumentElement();
        } catch (IOException e) {
            problems.add(where + ": " + e.getMessage());
            return problems;
        }
        if (!"webscript".equals(root.getLocalName())) {
            problems.add(where + ": root element is not <webscript>");
        }
        for (String required : List.of("shortname", "url", "authentication")) {
            if (root.getElementsByTagNameNS("*", required).getLength() == 0) {
                problems.add(where + ": no <" + required + ">");
            }
        }
        return problems;
    }

    private static boolean isDeclarative(Bean bean, Map<String, Bean> beansById, ClassLoader loader, String base) {
        Bean current = bean;
        while (current != null && current.className().isEmpty() && !current.parent().isEmpty()) {
            if ("webscript".equals(current.parent())) {
                return false;
            }
            current = beansById.get(current.parent());
        }
        if (current == null || current.className().isEmpty()) {
            return false;
        }
        try {
            return Class.forName(base, false, loader).isAssignableFrom(Class.forName(current.className(), false, loader));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static boolean hasFile(Path dir, String prefix, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).anyMatch(n -> n.startsWith(prefix) && n.endsWith(suffix));
        }
    }

    private static boolean loadable(String className, ClassLoader loader) {
        try {
            Class.forName(className.trim(), false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    static Document parse(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(file.getFileName() + " is not well formed: " + e.getMessage(), e);
        }
    }
}
