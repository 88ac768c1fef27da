package vn.vanthu.repo.edxml;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.alfresco.service.cmr.repository.NodeRef;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * POST /vanthu/edxml/inbox?site=: the site's edXML inbox and outbox, created when missing (as the
 * caller, who needs to be allowed to create folders in the document library). Packages uploaded
 * to the inbox afterwards, in Share or through the REST API, are received.
 */
public class InboxPost extends AbstractWebScript {

    private EdxmlFolders folders;

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        try {
            NodeRef inbox = folders.inbox(req.getParameter("site") == null ? null : req.getParameter("site").strip());
            NodeRef outbox = folders.outboxNextTo(inbox);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("inbox", inbox.toString());
            body.put("outbox", outbox.toString());
            EdxmlJson.write(res, Status.STATUS_OK, body);
        } catch (EdxmlRefusal refusal) {
            EdxmlJson.refusal(res, refusal);
        }
    }

    public void setFolders(EdxmlFolders folders) {
        this.folders = folders;
    }
}
