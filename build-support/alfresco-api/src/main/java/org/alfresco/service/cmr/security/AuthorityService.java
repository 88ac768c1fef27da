package org.alfresco.service.cmr.security;

import java.util.Set;

/** Subset: users, groups and roles. */
public interface AuthorityService {
    boolean hasAdminAuthority();

    boolean isAdminAuthority(String authorityName);

    Set<String> getAuthorities();

    Set<String> getAuthoritiesForUser(String currentUserName);

    boolean authorityExists(String name);

    Set<String> getContainedAuthorities(AuthorityType type, String name, boolean immediate);

    Set<String> getContainingAuthorities(AuthorityType type, String name, boolean immediate);
}
