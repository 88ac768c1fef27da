package vn.vanthu.repo.edxml;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.site.SiteService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;

import vn.vanthu.repo.model.VanthuModel;

/**
 * The per-site folders of the exchange, created on demand in the site's document library:
 * "edXML Inbox" (marked vt:edxmlInbox: a package put there is received) and "edXML Outbox"
 * (marked vt:edxmlOutbox: packages prepared for the exchange axis), with a bilingual title.
 * The outbox of a package or a document is the outbox next to the inbox it came through.
 * Runs with the caller's node service: whoever creates the folder needs the right to.
 */
public class EdxmlFolders {

    public static final String INBOX_NAME = "edXML Inbox";
    public static final String OUTBOX_NAME = "edXML Outbox";
    static final String INBOX_TITLE = "Hộp thư đến edXML / edXML inbox";
    static final String OUTBOX_TITLE = "Hộp thư đi edXML / edXML outbox";
    static final String DOCUMENT_LIBRARY = "documentLibrary";

    private NodeService nodeService;
    private SiteService siteService;

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setSiteService(SiteService siteService) {
        this.siteService = siteService;
    }

    /** The document library of the site, or a bilingual refusal naming the site. */
    public NodeRef documentLibrary(String site) throws EdxmlRefusal {
        if (site == null || site.isBlank() || siteService.getSite(site) == null) {
            throw EdxmlRefusal.notFound("Không có site " + site, "No such site " + site);
        }
        NodeRef library = siteService.getContainer(site, DOCUMENT_LIBRARY);
        if (library == null) {
            throw EdxmlRefusal.notFound("Site " + site + " không có thư viện tài liệu",
                    "Site " + site + " has no document library");
        }
        return library;
    }

    /** The site's inbox, created when missing. */
    public NodeRef inbox(String site) throws EdxmlRefusal {
        return folder(documentLibrary(site), INBOX_NAME, INBOX_TITLE, VanthuModel.ASPECT_EDXML_INBOX);
    }

    /** The outbox next to an inbox (in the same parent), created when missing. */
    public NodeRef outboxNextTo(NodeRef inbox) {
        NodeRef parent = nodeService.getPrimaryParent(inbox).getParentRef();
        return folder(parent, OUTBOX_NAME, OUTBOX_TITLE, VanthuModel.ASPECT_EDXML_OUTBOX);
    }

    /** Whether the node is an inbox folder. */
    public boolean isInbox(NodeRef folder) {
        return folder != null && nodeService.exists(folder) && nodeService.hasAspect(folder, VanthuModel.ASPECT_EDXML_INBOX);
    }

    /** The folder named {@code name} under {@code parent}, created with the marker and title when missing. */
    NodeRef folder(NodeRef parent, String name, String title, QName marker) {
        NodeRef existing = nodeService.getChildByName(parent, ContentModel.ASSOC_CONTAINS, name);
        if (existing != null) {
            if (!nodeService.hasAspect(existing, marker)) {
                nodeService.addAspect(existing, marker, Map.of());
            }
            return existing;
        }
        Map<QName, Serializable> props = new HashMap<>();
        props.put(ContentModel.PROP_NAME, name);
        props.put(ContentModel.PROP_TITLE, title);
        ChildAssociationRef created = nodeService.createNode(parent, ContentModel.ASSOC_CONTAINS,
                QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, QName.createValidLocalName(name)),
                ContentModel.TYPE_FOLDER, props);
        nodeService.addAspect(created.getChildRef(), marker, Map.of());
        return created.getChildRef();
    }
}
