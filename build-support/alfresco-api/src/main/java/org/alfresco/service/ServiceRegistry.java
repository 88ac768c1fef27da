package org.alfresco.service;

/** Subset: the registry of the repository's public services (bean "ServiceRegistry"); no member is used. */
public interface ServiceRegistry {
}
