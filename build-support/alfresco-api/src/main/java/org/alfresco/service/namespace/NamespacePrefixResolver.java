package org.alfresco.service.namespace;

import java.util.Collection;

/** Subset: maps namespace prefixes to URIs and back. */
public interface NamespacePrefixResolver {
    String getNamespaceURI(String prefix) throws NamespaceException;

    Collection<String> getPrefixes(String namespaceURI) throws NamespaceException;

    Collection<String> getPrefixes();

    Collection<String> getURIs();
}
