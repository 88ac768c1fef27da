package vn.vanthu.share;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Paths of the files the Share and admin tests read, and small XML/properties helpers. */
final class Resources
{
    /** share-module directory (Surefire runs tests there; "basedir" when set). */
    static final Path SHARE = Paths.get(System.getProperty("basedir", "")).toAbsolutePath();
    static final Path SHARE_RES = SHARE.resolve("src/main/resources");
    static final Path PLATFORM_RES = SHARE.resolve("../platform-module/src/main/resources").normalize();

    static final Path MODEL = PLATFORM_RES.resolve("alfresco/module/vanthu-platform/model/vanthu-model.xml");
    static final Path SHARE_CONFIG = SHARE_RES.resolve("META-INF/share-config-custom.xml");
    static final Path EXTENSION = SHARE_RES.resolve("alfresco/web-extension/site-data/extensions/vanthu-share-extension.xml");
    static final Path SPRING_CONTEXT = SHARE_RES.resolve("alfresco/web-extension/vanthu-share-slingshot-application-context.xml");
    static final Path SHARE_MESSAGES = SHARE_RES.resolve("alfresco/web-extension/messages/vanthu-share.properties");
    static final Path INDICATOR_ICONS = SHARE_RES.resolve("META-INF/components/documentlibrary/indicators");
    static final Path DOCLIB_JS = SHARE_RES.resolve("META-INF/vanthu/components/documentlibrary/vanthu-doclib.js");
    static final Path DASHLET_DIR = SHARE_RES.resolve("alfresco/web-extension/site-webscripts/vn/vanthu/dashlets");
    static final Path DASHLET_FTL = DASHLET_DIR.resolve("signatures-dossiers.get.html.ftl");
    static final Path DASHLET_MESSAGES = DASHLET_DIR.resolve("signatures-dossiers.get.properties");
    static final Path COVERAGE_JS = SHARE_RES.resolve("META-INF/vanthu/components/dashlets/vanthu-coverage.js");
    static final Path COVERAGE_CSS = SHARE_RES.resolve("META-INF/vanthu/components/dashlets/vanthu-coverage.css");
    static final Path FACETS = PLATFORM_RES.resolve("alfresco/extension/solr-facets-config-custom.properties");
    static final Path ADMIN_DIR = PLATFORM_RES.resolve("alfresco/extension/templates/webscripts/vn/vanthu/admin");

    private Resources()
    {
    }

    static Document xml(Path file)
    {
        try (InputStream in = Files.newInputStream(file))
        {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in);
        }
        catch (Exception e)
        {
            throw new AssertionError(file + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** Elements with this local name anywhere below the node, in document order. */
    static List<Element> all(Node root, String localName)
    {
        NodeList nodes = root instanceof Document d ? d.getElementsByTagNameNS("*", localName)
                : ((Element) root).getElementsByTagNameNS("*", localName);
        List<Element> list = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++)
        {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    /** Direct child elements with this local name. */
    static List<Element> children(Element parent, String localName)
    {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling())
        {
            if (n instanceof Element e && localName.equals(e.getLocalName()))
            {
                list.add(e);
            }
        }
        return list;
    }

    /** Text of a file that must be valid UTF-8 (a malformed byte fails the test, it is not replaced). */
    static String utf8(Path file)
    {
        try
        {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        }
        catch (CharacterCodingException e)
        {
            throw new AssertionError(file + " is not valid UTF-8", e);
        }
        catch (IOException e)
        {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    /** A properties bundle read the way Java 9+ resource bundles read it: UTF-8. */
    static Properties properties(Path file)
    {
        Properties p = new Properties();
        try
        {
            p.load(new StringReader(utf8(file)));
        }
        catch (IOException e)
        {
            throw new AssertionError("cannot read " + file, e);
        }
        return p;
    }

    /** The Vietnamese twin of a bundle: x.properties -> x_vi.properties. */
    static Path vi(Path english)
    {
        String name = english.getFileName().toString();
        return english.resolveSibling(name.substring(0, name.length() - ".properties".length()) + "_vi.properties");
    }

    /** Every English bundle (no locale suffix) below a directory. */
    static List<Path> englishBundles(Path dir)
    {
        try (Stream<Path> files = Files.walk(dir))
        {
            return files.filter(f -> f.toString().endsWith(".properties"))
                    .filter(f -> !f.getFileName().toString().equals("module.properties")) // module descriptor, no texts
                    .filter(f -> !f.getFileName().toString().matches(".*_[a-z]{2}(_[A-Z]{2})?\\.properties"))
                    .sorted().toList();
        }
        catch (IOException e)
        {
            throw new AssertionError("cannot list " + dir, e);
        }
    }

    /** A message of the bundle with {0}, {1}... replaced, as the browser scripts do it. */
    static String format(Properties bundle, String key, Object... args)
    {
        String text = bundle.getProperty(key);
        if (text == null)
        {
            throw new AssertionError("no message " + key);
        }
        for (int i = 0; i < args.length; i++)
        {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }
}
