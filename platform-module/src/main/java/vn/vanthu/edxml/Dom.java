package vn.vanthu.edxml;

import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small DOM helpers: children by local name in the edXML namespace (or no namespace). */
final class Dom {

    private Dom() {
    }

    /** The JDK's DOM implementation, found once (a stateless singleton, safe across threads). */
    private static final org.w3c.dom.DOMImplementation DOM;

    static {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            DOM = f.newDocumentBuilder().getDOMImplementation();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An empty document, without a factory and a builder made for each package. */
    static Document newDocument() {
        return DOM.createDocument(null, null, null);
    }

    static boolean isEdxml(Node n, String local) {
        if (n == null || n.getNodeType() != Node.ELEMENT_NODE) {
            return false;
        }
        String ns = n.getNamespaceURI();
        return local.equals(n.getLocalName()) && (ns == null || ns.isEmpty() || EdxmlNames.NS.equals(ns));
    }

    static Element child(Element parent, String local) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (isEdxml(n, local)) {
                return (Element) n;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String local) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (isEdxml(n, local)) {
                out.add((Element) n);
            }
        }
        return out;
    }

    /** Trimmed text of a child, null when absent or blank. */
    static String text(Element parent, String local) {
        Element c = child(parent, local);
        return c == null ? null : text(c);
    }

    static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.getTextContent();
        if (t == null) {
            return null;
        }
        t = t.strip();
        return t.isEmpty() ? null : t;
    }

    /** Appends a child element in the edXML namespace (default namespace, no prefix) with text, unless the text is null. */
    static Element add(Element parent, String local, String text) {
        if (text == null) {
            return null;
        }
        Element e = add(parent, local);
        e.setTextContent(text);
        return e;
    }

    static Element add(Element parent, String local) {
        Element e = parent.getOwnerDocument().createElementNS(EdxmlNames.NS, local);
        parent.appendChild(e);
        return e;
    }
}
