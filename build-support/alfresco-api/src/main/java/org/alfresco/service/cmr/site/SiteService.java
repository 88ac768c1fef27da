package org.alfresco.service.cmr.site;

import org.alfresco.service.cmr.repository.NodeRef;

/** Subset: finding a site and its component folders (documentLibrary). */
public interface SiteService {
    SiteInfo getSite(String shortName);

    SiteInfo getSite(NodeRef nodeRef);

    NodeRef getContainer(String shortName, String componentId);

    boolean hasContainer(String shortName, String componentId);
}
