package vn.vanthu.repo.module;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.PropertyResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.extensions.webscripts.Description;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks of the module's resource files against what Surf and the repository do with them when
 * they load: web script descriptors against the descriptor elements and values Surf accepts,
 * templates against the naming rule Surf looks them up by, msg("...") keys against the bundles,
 * and every .properties file against the charset its loader reads it in.
 *
 * <p>Charsets, as read in the sources of ACS and Surf: web script bundles are loaded by
 * {@code WebScriptPropertyResourceBundle} through {@code new PropertyResourceBundle(InputStream)};
 * bundles registered with {@code I18NUtil.registerResourceBundle} (model labels through
 * dictionaryModelBootstrap, action labels through actionResourceBundles, Share's messages through
 * ResourceBundleBootstrapComponent) are loaded by {@code ResourceBundle.getBundle}, which uses the
 * same constructor. On Java 9+ it reads UTF-8 and, if the file is not valid UTF-8, silently re-reads
 * it as ISO-8859-1. So a message bundle may hold raw UTF-8 or \\uXXXX escapes, but a file that is
 * not valid UTF-8 turns Vietnamese into mojibake. alfresco-global.properties is read by
 * Alfresco's global-properties bean and module.properties by the module service, both through
 * {@code Properties.load(InputStream)}, which is always ISO-8859-1: there non-ASCII must be
 * \\uXXXX-escaped.
 */
final class ResourceChecks {
    /** Formats of Surf's webscripts.formats bean (spring-webscripts-application-context.xml). */
    static final Set<String> FORMATS = Set.of("html", "text", "xml", "xsd", "atom", "atomentry", "atomfeed", "atomsvc",
            "rss", "json", "opensearchdescription", "mediawiki", "portlet", "fbml", "php", "js", "calendar", "csv", "xls", "xlsx");
    /** Child elements of &lt;webscript&gt; that Surf's descriptor reader knows. */
    static final Set<String> DESCRIPTOR_ELEMENTS = Set.of("shortname", "description", "url", "format", "authentication",
            "transaction", "family", "cache", "negotiate", "lifecycle", "args", "requests", "responses", "formdata");
    /**
     * Files read with Properties.load(InputStream), i.e. ISO-8859-1: alfresco-global.properties by the
     * global-properties bean (AlfrescoPropertiesPersister, a DefaultPropertiesPersister that trims
     * trailing blanks), module.properties by ModuleDetailsHelper.createModuleDetailsFromPropertiesStream.
     */
    static final Set<String> ISO_8859_1_FILES = Set.of("alfresco-global.properties", "module.properties");

    private static final Pattern TEMPLATE = Pattern.compile("(.+)\\.(get|post|put|delete)\\.([a-z0-9]+)(\\.(\\d{3}|status))?\\.ftl");
    /** A literal key: msg("k"), msg('k'), msg.get("k"), msg("k", arg); not msg("prefix." + name). */
    private static final Pattern MSG = Pattern.compile("msg(?:\\.get)?\\(\\s*(?:\"([^\"$]+)\"|'([^'$]+)')\\s*[,)]");
    private static final Pattern LOCALE_SUFFIX = Pattern.compile(".*_[a-z]{2}(_[A-Z]{2})?\\.properties");

    private ResourceChecks() {
    }

    /** Values and elements of each descriptor; every URL must start with urlPrefix. */
    static List<String> descriptorProblems(Path root, List<Path> descriptors, String urlPrefix) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path desc : descriptors) {
            String where = root.relativize(desc).toString();
            Element ws;
            try {
                ws = ModuleFiles.parse(desc).getDocumentElement();
            } catch (IOException e) {
                problems.add(where + ": " + e.getMessage());
                continue;
            }
            for (Element child : children(ws)) {
                if (!DESCRIPTOR_ELEMENTS.contains(child.getTagName())) {
                    problems.add(where + ": unknown element <" + child.getTagName() + ">");
                }
            }
            List<Element> shortnames = children(ws, "shortname");
            if (shortnames.size() != 1 || shortnames.get(0).getTextContent().isBlank()) {
                problems.add(where + ": needs exactly one non-empty <shortname>");
            }
            for (Element url : children(ws, "url")) {
                if (!url.getTextContent().trim().startsWith(urlPrefix)) {
                    problems.add(where + ": <url>" + url.getTextContent().trim() + "</url> does not start with " + urlPrefix);
                }
            }
            for (Element auth : children(ws, "authentication")) {
                checkValue(problems, where, "authentication", text(auth), Description.RequiredAuthentication.values());
                if (auth.hasAttribute("runas") && auth.getAttribute("runas").isBlank()) {
                    problems.add(where + ": <authentication runas=\"\"> is empty");
                }
            }
            for (Element tx : children(ws, "transaction")) {
                checkValue(problems, where, "transaction", text(tx), Description.RequiredTransaction.values());
                if (tx.hasAttribute("allow")) {
                    checkValue(problems, where, "transaction allow", tx.getAttribute("allow"), Description.TransactionCapability.values());
                }
            }
            for (Element format : children(ws, "format")) {
                if (!text(format).isEmpty()) {
                    checkValue(problems, where, "format", text(format), Description.FormatStyle.values());
                }
                if (format.hasAttribute("default") && !FORMATS.contains(format.getAttribute("default"))) {
                    problems.add(where + ": <format default=\"" + format.getAttribute("default") + "\"> is not a format Surf knows " + new TreeSet<>(FORMATS));
                }
            }
            for (Element family : children(ws, "family")) {
                if (text(family).isEmpty()) {
                    problems.add(where + ": <family> is empty");
                }
            }
            for (Element lifecycle : children(ws, "lifecycle")) {
                checkValue(problems, where, "lifecycle", text(lifecycle), Description.Lifecycle.values());
            }
        }
        return problems;
    }

    /**
     * Templates: named &lt;id&gt;.&lt;method&gt;.&lt;format&gt;[.&lt;status&gt;].ftl (or *.lib.ftl for
     * includes), of an existing descriptor, in a known format; a script with templates has one for the
     * default format its descriptor declares.
     */
    static List<String> templateProblems(ModuleFiles module) throws IOException {
        Path root = module.root();
        List<String> problems = new ArrayList<>();
        Path scripts = root.resolve(ModuleFiles.WEBSCRIPTS_DIR);
        for (Path ftl : files(scripts, p -> p.toString().endsWith(".ftl"))) {
            String name = ftl.getFileName().toString();
            Matcher m = TEMPLATE.matcher(name);
            if (name.endsWith(".lib.ftl")) {
                continue;
            }
            if (!m.matches()) {
                problems.add(root.relativize(ftl) + ": name is not <id>.<method>.<format>.ftl (nor *.lib.ftl)");
            } else if (!Files.isRegularFile(ftl.resolveSibling(m.group(1) + "." + m.group(2) + ".desc.xml"))) {
                problems.add(root.relativize(ftl) + ": there is no descriptor " + m.group(1) + "." + m.group(2) + ".desc.xml beside it");
            } else if (!FORMATS.contains(m.group(3))) {
                problems.add(root.relativize(ftl) + ": format " + m.group(3) + " is not one Surf knows " + new TreeSet<>(FORMATS));
            }
        }
        for (ModuleFiles.Script script : module.webScripts()) {
            Path dir = script.descriptor().getParent();
            List<Path> templates = files(dir, p -> p.getParent().equals(dir) && TEMPLATE.matcher(p.getFileName().toString()).matches()
                    && p.getFileName().toString().startsWith(script.prefix()));
            for (Element format : children(ModuleFiles.parse(script.descriptor()).getDocumentElement(), "format")) {
                String def = format.getAttribute("default");
                if (!templates.isEmpty() && !def.isEmpty() && !Files.isRegularFile(dir.resolve(script.prefix() + def + ".ftl"))) {
                    problems.add(root.relativize(script.descriptor()) + ": default format " + def + " has no template "
                            + script.prefix() + def + ".ftl");
                }
            }
        }
        return problems;
    }

    /**
     * Every msg("key") of a script's templates and controllers is in the script's bundle, English and
     * Vietnamese, or in the module's message bundles (registered globally, msg() falls back to them).
     */
    static List<String> messageKeyProblems(ModuleFiles module) throws IOException {
        Path root = module.root();
        Path messages = root.resolve(ModuleFiles.MODULE_DIR + "/messages");
        Set<String> globalEn = new HashSet<>();
        Set<String> globalVi = new HashSet<>();
        for (Path bundle : files(messages, p -> p.toString().endsWith(".properties"))) {
            (bundle.getFileName().toString().endsWith("_vi.properties") ? globalVi : globalEn).addAll(keys(bundle));
        }
        List<String> problems = new ArrayList<>();
        for (ModuleFiles.Script script : module.webScripts()) {
            Path dir = script.descriptor().getParent();
            Set<String> en = keys(dir.resolve(script.prefix() + "properties"));
            Set<String> vi = keys(dir.resolve(script.id() + "." + script.method() + "_vi.properties"));
            for (Path file : files(dir, p -> p.getParent().equals(dir) && p.getFileName().toString().startsWith(script.prefix())
                    && (p.toString().endsWith(".ftl") || p.toString().endsWith(".js")))) {
                Matcher m = MSG.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!en.contains(key) && !globalEn.contains(key)) {
                        problems.add(root.relativize(file) + ": msg key \"" + key + "\" is missing from " + script.prefix() + "properties");
                    }
                    if (!vi.contains(key) && !globalVi.contains(key)) {
                        problems.add(root.relativize(file) + ": msg key \"" + key + "\" is missing from "
                                + script.id() + "." + script.method() + "_vi.properties");
                    }
                }
            }
        }
        return problems;
    }

    /** Each .properties file of the folder is readable, without loss, in the charset its loader uses. */
    static List<String> charsetProblems(Path root) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : files(root, p -> p.toString().endsWith(".properties"))) {
            String where = root.relativize(file).toString();
            byte[] bytes = Files.readAllBytes(file);
            if (ISO_8859_1_FILES.contains(file.getFileName().toString())) {
                String[] lines = new String(bytes, StandardCharsets.ISO_8859_1).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].chars().anyMatch(c -> c > 0x7F)) {
                        problems.add(where + ":" + (i + 1) + ": raw non-ASCII in a file read with Properties.load(InputStream),"
                                + " i.e. as ISO-8859-1: write it as \\uXXXX");
                    }
                }
                continue;
            }
            if (decodeUtf8(bytes) == null) {
                problems.add(where + ": not valid UTF-8, so PropertyResourceBundle falls back to ISO-8859-1 and Vietnamese"
                        + " turns into mojibake: save it as UTF-8 or write non-ASCII as \\uXXXX");
                continue;
            }
            PropertyResourceBundle bundle = bundle(file);
            for (String key : new TreeSet<>(bundle.keySet())) {
                String value = bundle.getString(key);
                String repaired = value.chars().allMatch(c -> c <= 0xFF) && value.chars().anyMatch(c -> c > 0x7F)
                        ? decodeUtf8(value.getBytes(StandardCharsets.ISO_8859_1)) : null;
                if (repaired != null) {
                    problems.add(where + ": " + key + " is double-encoded (UTF-8 read as ISO-8859-1 and saved again): \""
                            + value + "\" should be \"" + repaired + "\"");
                }
            }
        }
        return problems;
    }

    /** Every X.properties with an X_vi.properties twin has the same keys in both. */
    static List<String> twinKeyProblems(Path root) throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path en : files(root, p -> p.toString().endsWith(".properties") && !LOCALE_SUFFIX.matcher(p.getFileName().toString()).matches())) {
            Path vi = en.resolveSibling(en.getFileName().toString().replaceFirst("\\.properties$", "_vi.properties"));
            if (!Files.isRegularFile(vi) || ISO_8859_1_FILES.contains(en.getFileName().toString())) {
                continue;
            }
            Set<String> enKeys = keys(en);
            Set<String> viKeys = keys(vi);
            for (String key : new TreeSet<>(enKeys)) {
                if (!viKeys.contains(key)) {
                    problems.add(root.relativize(vi) + ": missing " + key + " (in " + en.getFileName() + ")");
                }
            }
            for (String key : new TreeSet<>(viKeys)) {
                if (!enKeys.contains(key)) {
                    problems.add(root.relativize(en) + ": missing " + key + " (in " + vi.getFileName() + ")");
                }
            }
        }
        return problems;
    }

    /** Keys of a bundle file read as the repository reads it; empty if the file does not exist. */
    static Set<String> keys(Path file) throws IOException {
        return Files.isRegularFile(file) ? new HashSet<>(bundle(file).keySet()) : Set.of();
    }

    private static PropertyResourceBundle bundle(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new PropertyResourceBundle(in);
        }
    }

    private static String decodeUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static List<Path> files(Path dir, Predicate<Path> filter) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(filter).sorted().toList();
        }
    }

    private static <E extends Enum<E>> void checkValue(List<String> problems, String where, String what, String value, E[] allowed) {
        checkValue(problems, where, what, value, Arrays.stream(allowed).map(Enum::name).toArray(String[]::new));
    }

    private static void checkValue(List<String> problems, String where, String what, String value, String[] allowed) {
        if (!Arrays.asList(allowed).contains(value)) {
            problems.add(where + ": <" + what + "> \"" + value + "\" is not one of " + Arrays.toString(allowed));
        }
    }

    private static String text(Element e) {
        return e.getTextContent().trim();
    }

    private static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                result.add((Element) nodes.item(i));
            }
        }
        return result;
    }

    private static List<Element> children(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).toList();
    }
}
