package vn.vanthu.repo.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The repository reads models with an ordered XML binding: an element out of place (for example
 * &lt;default&gt; before &lt;mandatory&gt;) stops the model, and with it the repository, from
 * loading. This checks the order of every element the model uses, so additions by any feature
 * keep it loadable.
 */
class ModelXmlOrderTest {
    /** Child order per element, as the dictionary's binding expects it. */
    static final Map<String, List<String>> ORDER = Map.of(
            "model", List.of("description", "author", "published", "version", "imports", "namespaces",
                    "data-types", "constraints", "types", "aspects"),
            "type", List.of("title", "description", "parent", "archive", "includedInSuperTypeQuery", "properties",
                    "associations", "overrides", "mandatory-aspects"),
            "aspect", List.of("title", "description", "parent", "archive", "includedInSuperTypeQuery", "properties",
                    "associations", "overrides", "mandatory-aspects"),
            "property", List.of("title", "description", "type", "protected", "mandatory", "multiple", "default",
                    "index", "constraints"),
            "index", List.of("atomic", "stored", "tokenised", "facetable"),
            "constraint", List.of("title", "description", "parameter"));

    @Test
    void everyElementIsWhereTheRepositoryExpectsIt() throws Exception {
        Document doc;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ModelXml.MODEL_PATH)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            doc = f.newDocumentBuilder().parse(in);
        }
        assertEquals(List.of(), misplaced(doc.getDocumentElement()));
    }

    @Test
    void aMisplacedElementIsReported() throws Exception {
        String xml = "<model xmlns='" + ModelXml.DICTIONARY_NS + "' name='x:y'><types><type name='x:t'>"
                + "<properties><property name='x:p'><type>d:text</type><default>a</default>"
                + "<mandatory>true</mandatory></property></properties></type></types></model>";
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
        assertEquals(List.of("property x:p: <mandatory> after <default>"), misplaced(doc.getDocumentElement()));
    }

    static List<String> misplaced(Element root) {
        List<String> problems = new ArrayList<>();
        walk(root, problems);
        return problems;
    }

    private static void walk(Element element, List<String> problems) {
        List<String> order = ORDER.get(element.getLocalName());
        int last = -1;
        String lastName = null;
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node n = children.item(i);
            if (!(n instanceof Element child)) {
                continue;
            }
            if (order != null && !isReference(element)) {
                int index = order.indexOf(child.getLocalName());
                String where = element.getLocalName() + " " + element.getAttribute("name");
                if (index < 0) {
                    problems.add(where + ": unexpected <" + child.getLocalName() + ">");
                } else if (index < last) {
                    problems.add(where + ": <" + child.getLocalName() + "> after <" + lastName + ">");
                } else {
                    last = index;
                    lastName = child.getLocalName();
                }
            }
            walk(child, problems);
        }
    }

    /** &lt;aspect&gt; inside mandatory-aspects and &lt;constraint ref&gt; inside a property are references. */
    private static boolean isReference(Element element) {
        return element.hasAttribute("ref") || element.getParentNode() instanceof Element p
                && "mandatory-aspects".equals(p.getLocalName());
    }
}
