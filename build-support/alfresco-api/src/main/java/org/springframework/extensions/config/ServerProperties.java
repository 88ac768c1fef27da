package org.springframework.extensions.config;

/** Subset: the configured scheme, host and port of the server. */
public interface ServerProperties {
    String getScheme();

    String getHostName();

    Integer getPort();
}
