package org.alfresco.service.namespace;

import java.io.Serializable;
import java.util.Collection;
import java.util.Objects;

/**
 * Subset: a qualified name, {namespace-uri}local-name. Immutable value with equals/hashCode so
 * tests can use it as a map key, as the real one is used.
 */
public final class QName implements QNamePattern, Serializable, Cloneable, Comparable<QName> {
    private static final long serialVersionUID = 1L;

    public static final char NAMESPACE_PREFIX = ':';
    public static final char NAMESPACE_BEGIN = '{';
    public static final char NAMESPACE_END = '}';
    /** Longest local name the repository stores; createValidLocalName cuts longer names to it. */
    public static final int MAX_LENGTH = 255;

    private final String namespaceURI;
    private final String localName;
    private final String prefix;

    private QName(String namespaceURI, String localName, String prefix) {
        if (localName == null || localName.isEmpty()) {
            throw new InvalidQNameException("A QName needs a local name");
        }
        this.namespaceURI = namespaceURI == null ? NamespaceService.DEFAULT_URI : namespaceURI;
        this.localName = localName;
        this.prefix = prefix;
    }

    public static QName createQName(String namespaceURI, String localName) throws InvalidQNameException {
        return new QName(namespaceURI, localName, null);
    }

    public static QName createQName(String prefix, String localName, NamespacePrefixResolver prefixResolver)
            throws InvalidQNameException, NamespaceException {
        String uri = prefixResolver.getNamespaceURI(prefix);
        if (uri == null) {
            throw new NamespaceException("Namespace prefix " + prefix + " is not mapped to a namespace URI");
        }
        return new QName(uri, localName, prefix);
    }

    /** Parses "prefix:local" (no prefix: the default namespace) with the given resolver; null gives null. */
    public static QName createQName(String qname, NamespacePrefixResolver prefixResolver)
            throws InvalidQNameException, NamespaceException {
        if (qname == null) {
            return null;
        }
        int colon = qname.indexOf(NAMESPACE_PREFIX);
        return colon < 0 ? createQName(NamespaceService.DEFAULT_PREFIX, qname, prefixResolver)
                : createQName(qname.substring(0, colon), qname.substring(colon + 1), prefixResolver);
    }

    /** Parses "{uri}local" (or a bare local name in the default namespace). */
    public static QName createQName(String qname) throws InvalidQNameException {
        if (qname == null || qname.isEmpty()) {
            throw new InvalidQNameException("Empty QName");
        }
        if (qname.charAt(0) != NAMESPACE_BEGIN) {
            return new QName(NamespaceService.DEFAULT_URI, qname, null);
        }
        int end = qname.indexOf(NAMESPACE_END);
        if (end < 0) {
            throw new InvalidQNameException("QName " + qname + " has no closing " + NAMESPACE_END);
        }
        return new QName(qname.substring(1, end), qname.substring(end + 1), null);
    }

    /** A local name the repository accepts for the given name: at most MAX_LENGTH characters; null or empty is refused. */
    public static String createValidLocalName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("No local name can be made from an empty name");
        }
        return name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH);
    }

    public String getNamespaceURI() {
        return namespaceURI;
    }

    public String getLocalName() {
        return localName;
    }

    public String getPrefixString() {
        return prefix != null && !prefix.isEmpty() ? prefix + NAMESPACE_PREFIX + localName : localName;
    }

    public String toPrefixString() {
        return getPrefixString();
    }

    public String toPrefixString(NamespacePrefixResolver prefixResolver) {
        Collection<String> prefixes = prefixResolver.getPrefixes(namespaceURI);
        if (prefixes == null || prefixes.isEmpty()) {
            throw new NamespaceException("Namespace URI " + namespaceURI + " has no prefix");
        }
        String p = prefixes.iterator().next();
        return p.isEmpty() ? localName : p + NAMESPACE_PREFIX + localName;
    }

    public QName getPrefixedQName(NamespacePrefixResolver resolver) {
        Collection<String> prefixes = resolver.getPrefixes(namespaceURI);
        return prefixes == null || prefixes.isEmpty() ? this
                : new QName(namespaceURI, localName, prefixes.iterator().next());
    }

    @Override
    public boolean isMatch(QName qname) {
        return equals(qname);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof QName q
                && namespaceURI.equals(q.namespaceURI) && localName.equals(q.localName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(namespaceURI, localName);
    }

    @Override
    public int compareTo(QName other) {
        int c = namespaceURI.compareTo(other.namespaceURI);
        return c != 0 ? c : localName.compareTo(other.localName);
    }

    @Override
    public Object clone() throws CloneNotSupportedException {
        return super.clone();
    }

    @Override
    public String toString() {
        return NAMESPACE_BEGIN + namespaceURI + NAMESPACE_END + localName;
    }
}
