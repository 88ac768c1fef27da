package org.alfresco.repo.policy;

import org.alfresco.service.namespace.NamespaceService;

/** Subset: marker for policy interfaces. */
public interface Policy {
    String NAMESPACE = NamespaceService.ALFRESCO_URI;

    /** Which value a policy argument carries. */
    enum Arg {
        KEY,
        START_VALUE,
        END_VALUE,
    }
}
