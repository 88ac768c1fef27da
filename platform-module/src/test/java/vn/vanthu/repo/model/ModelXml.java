package vn.vanthu.repo.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The Vanthu content model as read from its XML on the classpath: classes (types, aspects), their
 * properties and the named constraints. Only what the tests need; names are prefix strings
 * ("vt:arrivalNumber").
 */
final class ModelXml {
    static final String MODEL_PATH = "alfresco/module/vanthu-platform/model/vanthu-model.xml";
    static final String DICTIONARY_NS = "http://www.alfresco.org/model/dictionary/1.0";

    /** A type or an aspect. */
    record ClassDef(String kind, String name, String parent, List<PropertyDef> properties, List<String> mandatoryAspects) {
    }

    /** One property definition. */
    record PropertyDef(String name, String type, boolean mandatory, boolean enforced, boolean multiple,
            String defaultValue, boolean tokenised, boolean facetable, List<String> constraintRefs) {
    }

    /** A named constraint. */
    record ConstraintDef(String name, String type, List<String> allowedValues, boolean caseSensitive) {
    }

    final String modelName;
    final Map<String, String> namespaces = new LinkedHashMap<>();
    final Map<String, ClassDef> classes = new LinkedHashMap<>();
    final Map<String, ConstraintDef> constraints = new LinkedHashMap<>();

    private ModelXml(Document doc) {
        Element model = doc.getDocumentElement();
        modelName = model.getAttribute("name");
        for (Element ns : children(child(model, "namespaces"), "namespace")) {
            namespaces.put(ns.getAttribute("prefix"), ns.getAttribute("uri"));
        }
        for (Element c : children(child(model, "constraints"), "constraint")) {
            constraints.put(c.getAttribute("name"), readConstraint(c));
        }
        for (String kind : List.of("type", "aspect")) {
            for (Element c : children(child(model, kind + "s"), kind)) {
                classes.put(c.getAttribute("name"), readClass(kind, c));
            }
        }
    }

    static ModelXml load() throws IOException {
        try (InputStream in = ModelXml.class.getClassLoader().getResourceAsStream(MODEL_PATH)) {
            if (in == null) {
                throw new IOException("Model not on the classpath: " + MODEL_PATH);
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return new ModelXml(factory.newDocumentBuilder().parse(in));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("Model XML is not well formed: " + e.getMessage(), e);
        }
    }

    /** All properties of all classes, by name. */
    Map<String, PropertyDef> properties() {
        Map<String, PropertyDef> all = new LinkedHashMap<>();
        classes.values().forEach(c -> c.properties().forEach(p -> all.put(p.name(), p)));
        return all;
    }

    /** Properties a node of the class has: its own, its parents' in this model and its mandatory aspects'. */
    List<PropertyDef> effectiveProperties(String className) {
        List<PropertyDef> result = new ArrayList<>();
        ClassDef c = classes.get(className);
        if (c == null) {
            return result;
        }
        result.addAll(c.properties());
        if (c.parent() != null) {
            result.addAll(effectiveProperties(c.parent()));
        }
        for (String aspect : c.mandatoryAspects()) {
            result.addAll(effectiveProperties(aspect));
        }
        return result;
    }

    private static ConstraintDef readConstraint(Element c) {
        List<String> values = new ArrayList<>();
        boolean caseSensitive = true;
        for (Element p : children(c, "parameter")) {
            if ("allowedValues".equals(p.getAttribute("name"))) {
                for (Element v : children(child(p, "list"), "value")) {
                    values.add(v.getTextContent());
                }
            } else if ("caseSensitive".equals(p.getAttribute("name"))) {
                caseSensitive = Boolean.parseBoolean(text(child(p, "value")));
            }
        }
        return new ConstraintDef(c.getAttribute("name"), c.getAttribute("type"), values, caseSensitive);
    }

    private static ClassDef readClass(String kind, Element c) {
        List<PropertyDef> props = new ArrayList<>();
        for (Element p : children(child(c, "properties"), "property")) {
            Element mandatory = child(p, "mandatory");
            Element index = child(p, "index");
            List<String> refs = new ArrayList<>();
            for (Element ref : children(child(p, "constraints"), "constraint")) {
                refs.add(ref.getAttribute("ref"));
            }
            props.add(new PropertyDef(p.getAttribute("name"), text(child(p, "type")),
                    mandatory != null && Boolean.parseBoolean(text(mandatory)),
                    mandatory != null && Boolean.parseBoolean(mandatory.getAttribute("enforced")),
                    Boolean.parseBoolean(text(child(p, "multiple"))), text(child(p, "default")),
                    index == null || !"false".equals(text(child(index, "tokenised"))),
                    index != null && Boolean.parseBoolean(text(child(index, "facetable"))), refs));
        }
        List<String> aspects = new ArrayList<>();
        for (Element a : children(child(c, "mandatory-aspects"), "aspect")) {
            aspects.add(text(a));
        }
        return new ClassDef(kind, c.getAttribute("name"), text(child(c, "parent")), props, aspects);
    }

    private static Element child(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String localName) {
        if (parent == null) {
            return Collections.emptyList();
        }
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && DICTIONARY_NS.equals(e.getNamespaceURI())
                    && localName.equals(e.getLocalName())) {
                result.add(e);
            }
        }
        return result;
    }

    private static String text(Element e) {
        return e == null ? null : e.getTextContent().trim();
    }
}
