package org.alfresco.repo.policy;

/** Subset: a policy bound to a type or aspect. */
public interface ClassPolicy extends Policy {
}
