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
 * POST /vanthu/edxml/send?nodeRef=: sends an issued outgoing document: its package goes to the
 * site's edXML outbox (for the exchange axis), and the document is marked transmitted
 * electronically now, with one "sent" delivery line per recipient. Sending again rewrites the
 * package (same DocumentId) and the time. Runs as the caller, who needs write permission; every
 * refusal comes before anything is written.
 */
public class SendPost extends AbstractWebScript {

    private EdxmlOutgoing outgoing;

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        try {
            NodeRef node = PackageGet.nodeRef(req.getParameter("nodeRef"));
            outgoing.check(node, true);
            EdxmlOutgoing.Sent sent = outgoing.send(node);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("nodeRef", node.toString());
            body.put("documentId", sent.documentId());
            body.put("package", sent.outboxPackage().toString());
            body.put("transmittedAt", sent.transmittedAt().toInstant().toString());
            EdxmlJson.write(res, Status.STATUS_OK, body);
        } catch (EdxmlRefusal refusal) {
            EdxmlJson.refusal(res, refusal);
        }
    }

    public void setOutgoing(EdxmlOutgoing outgoing) {
        this.outgoing = outgoing;
    }
}
