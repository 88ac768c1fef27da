package org.alfresco.service.cmr.security;

import org.alfresco.service.cmr.repository.NodeRef;

/** Subset: permission checks and assignments, with the standard names. */
public interface PermissionService {
    String ROLE_PREFIX = "ROLE_";
    String GROUP_PREFIX = "GROUP_";
    String ALL_AUTHORITIES = "GROUP_EVERYONE";
    String OWNER_AUTHORITY = "ROLE_OWNER";
    String ADMINISTRATOR_AUTHORITY = "ROLE_ADMINISTRATOR";
    String GUEST_AUTHORITY = "ROLE_GUEST";

    String ALL_PERMISSIONS = "All";
    String FULL_CONTROL = "FullControl";
    String READ = "Read";
    String WRITE = "Write";
    String DELETE = "Delete";
    String ADD_CHILDREN = "AddChildren";
    String READ_PROPERTIES = "ReadProperties";
    String WRITE_PROPERTIES = "WriteProperties";
    String CONSUMER = "Consumer";
    String CONTRIBUTOR = "Contributor";
    String EDITOR = "Editor";
    String COLLABORATOR = "Collaborator";
    String COORDINATOR = "Coordinator";

    AccessStatus hasPermission(NodeRef nodeRef, String permission);

    void setPermission(NodeRef nodeRef, String authority, String permission, boolean allow);

    void deletePermission(NodeRef nodeRef, String authority, String permission);

    void setInheritParentPermissions(NodeRef nodeRef, boolean inheritParentPermissions);

    boolean getInheritParentPermissions(NodeRef nodeRef);
}
