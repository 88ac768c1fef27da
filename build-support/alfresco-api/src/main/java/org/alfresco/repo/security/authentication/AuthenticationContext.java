package org.alfresco.repo.security.authentication;

/** Subset: who the current thread runs as; no member is used. */
public interface AuthenticationContext {
}
