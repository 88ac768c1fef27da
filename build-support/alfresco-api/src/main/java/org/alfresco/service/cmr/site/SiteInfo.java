package org.alfresco.service.cmr.site;

import org.alfresco.service.cmr.repository.NodeRef;

/** Subset: a site's node and short name. */
public interface SiteInfo {
    NodeRef getNodeRef();

    String getShortName();
}
