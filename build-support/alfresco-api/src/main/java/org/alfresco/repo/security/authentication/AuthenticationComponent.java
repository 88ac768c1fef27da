package org.alfresco.repo.security.authentication;

/** Subset: the repository's authentication component (bean "AuthenticationComponent"); no member is used. */
public interface AuthenticationComponent extends AuthenticationContext {
}
