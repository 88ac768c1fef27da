package org.alfresco.service.cmr.security;

import java.util.Set;

/** Subset: users, groups and roles. */
public interface AuthorityService {
    String ZONE_APP_DEFAULT = "APP.DEFAULT";

    String ZONE_AUTH_ALFRESCO = "AUTH.ALF";

    boolean hasAdminAuthority();

    boolean isAdminAuthority(String authorityName);

    Set<String> getAuthorities();

    Set<String> getAuthoritiesForUser(String currentUserName);

    String createAuthority(AuthorityType type, String shortName, String authorityDisplayName, Set<String> authorityZones);

    boolean authorityExists(String name);

    Set<String> getContainedAuthorities(AuthorityType type, String name, boolean immediate);

    Set<String> getContainingAuthorities(AuthorityType type, String name, boolean immediate);

    Set<String> getDefaultZones();
}
