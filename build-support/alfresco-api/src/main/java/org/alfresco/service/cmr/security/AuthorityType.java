package org.alfresco.service.cmr.security;

/** Subset: kinds of authority, with the name prefix each uses. */
public enum AuthorityType {
    ADMIN(""),
    EVERYONE(""),
    OWNER(""),
    GUEST(""),
    GROUP("GROUP_"),
    ROLE("ROLE_"),
    USER(""),
    WILDCARD("");

    private final String prefix;

    AuthorityType(String prefix) {
        this.prefix = prefix;
    }

    public String getPrefixString() {
        return prefix;
    }
}
