package org.alfresco.service.namespace;

import java.util.regex.Pattern;

/** Subset: matches QNames whose URI and local name match two regular expressions. */
public final class RegexQNamePattern implements QNamePattern {
    public static final QNamePattern MATCH_ALL = new RegexQNamePattern(".*", ".*");

    private final Pattern uriPattern;
    private final Pattern localNamePattern;

    public RegexQNamePattern(String namespaceUriRegex, String localNameRegex) {
        this.uriPattern = Pattern.compile(namespaceUriRegex);
        this.localNamePattern = Pattern.compile(localNameRegex);
    }

    @Override
    public boolean isMatch(QName qname) {
        return uriPattern.matcher(qname.getNamespaceURI()).matches()
                && localNamePattern.matcher(qname.getLocalName()).matches();
    }
}
