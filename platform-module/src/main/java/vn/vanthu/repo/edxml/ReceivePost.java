package vn.vanthu.repo.edxml;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.ContentWriter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * POST /vanthu/edxml/receive?site=&amp;folder=&amp;name=: the request body (or the first file of a
 * multipart form) is an edXML package, received into the inbox of {@code site} (created when
 * missing) or into the inbox folder {@code folder} (a node reference). The package is first
 * spooled to a temporary file, then stored and received in a transaction of its own (nested in the
 * script's, which writes nothing else) as the calling user:
 * 201 with the created incoming document (or 200 with the document a status message updated), or
 * the refusal (400 invalid, 403, 404, 409 DocumentId received before) with every problem in
 * Vietnamese and English, and nothing stored.
 */
public class ReceivePost extends AbstractWebScript {

    private ContentService contentService;
    private EdxmlFolders folders;
    private EdxmlInbox inbox;

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        String site = req.getParameter("site");
        String folder = req.getParameter("folder");
        try {
            if ((site == null || site.isBlank()) == (folder == null || folder.isBlank())) {
                throw EdxmlRefusal.badRequest("Cần đúng một trong hai tham số site hoặc folder",
                        "Give exactly one of the parameters site or folder");
            }
            Upload upload = Upload.of(req);
            ContentWriter spool = contentService.getTempWriter();
            try (InputStream in = upload.stream()) {
                spool.putContent(in);
            }
            String name = req.getParameter("name") != null && !req.getParameter("name").isBlank()
                    ? req.getParameter("name") : upload.fileName();
            EdxmlReceiver.Receipt receipt = inbox.receiveUpload(() -> locate(site, folder), name, spool.getReader());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("package", receipt.packageNode().toString());
            body.put("documentId", receipt.documentId());
            body.put("nodeRef", receipt.document().toString());
            if (receipt.isStatus()) {
                body.put("status", receipt.statusApplied().code());
            } else {
                body.put("attachments", new ArrayList<>(receipt.attachments().stream().map(NodeRef::toString).toList()));
                body.put("statusPackage", receipt.statusPackage() == null ? null : receipt.statusPackage().toString());
            }
            EdxmlJson.write(res, receipt.isStatus() ? Status.STATUS_OK : Status.STATUS_CREATED, body);
        } catch (EdxmlRefusal refusal) {
            EdxmlJson.refusal(res, refusal);
        }
    }

    private NodeRef locate(String site, String folder) throws EdxmlRefusal {
        if (site != null && !site.isBlank()) {
            return folders.inbox(site.strip());
        }
        NodeRef ref = NodeRef.isNodeRef(folder.strip()) ? new NodeRef(folder.strip()) : null;
        if (!folders.isInbox(ref)) {
            throw EdxmlRefusal.notFound("Không phải hộp thư đến edXML: " + folder, "Not an edXML inbox: " + folder);
        }
        return ref;
    }

    public void setContentService(ContentService contentService) {
        this.contentService = contentService;
    }

    public void setFolders(EdxmlFolders folders) {
        this.folders = folders;
    }

    public void setInbox(EdxmlInbox inbox) {
        this.inbox = inbox;
    }
}
