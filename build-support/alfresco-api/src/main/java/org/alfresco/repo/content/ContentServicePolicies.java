package org.alfresco.repo.content;

import org.alfresco.repo.policy.ClassPolicy;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;

/** Subset: content service policies. */
public interface ContentServicePolicies {

    interface OnContentUpdatePolicy extends ClassPolicy {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onContentUpdate");

        void onContentUpdate(NodeRef nodeRef, boolean newContent);
    }
}
