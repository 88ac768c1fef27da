package org.alfresco.service.cmr.repository;

import java.io.Serializable;
import java.util.Objects;

/** Subset: reference to a node store, protocol://identifier. */
public final class StoreRef implements EntityRef, Serializable {
    private static final long serialVersionUID = 1L;

    public static final String PROTOCOL_WORKSPACE = "workspace";
    public static final String PROTOCOL_ARCHIVE = "archive";
    public static final String SEPARATOR = "://";

    public static final StoreRef STORE_REF_WORKSPACE_SPACESSTORE = new StoreRef(PROTOCOL_WORKSPACE, "SpacesStore");
    public static final StoreRef STORE_REF_ARCHIVE_SPACESSTORE = new StoreRef(PROTOCOL_ARCHIVE, "SpacesStore");

    private final String protocol;
    private final String identifier;

    public StoreRef(String protocol, String identifier) {
        if (protocol == null || identifier == null) {
            throw new IllegalArgumentException("A store reference needs a protocol and an identifier");
        }
        this.protocol = protocol;
        this.identifier = identifier;
    }

    public StoreRef(String string) {
        this(split(string)[0], split(string)[1]);
    }

    private static String[] split(String string) {
        int i = string == null ? -1 : string.indexOf(SEPARATOR);
        if (i < 0) {
            throw new IllegalArgumentException("Invalid store reference: " + string);
        }
        return new String[] {string.substring(0, i), string.substring(i + SEPARATOR.length())};
    }

    public String getProtocol() {
        return protocol;
    }

    public String getIdentifier() {
        return identifier;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof StoreRef s
                && protocol.equals(s.protocol) && identifier.equals(s.identifier);
    }

    @Override
    public int hashCode() {
        return Objects.hash(protocol, identifier);
    }

    @Override
    public String toString() {
        return protocol + SEPARATOR + identifier;
    }
}
