package vn.vanthu.repo.edxml;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.alfresco.service.cmr.repository.NodeRef;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptException;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

import vn.vanthu.edxml.EdxmlHeader;

/**
 * GET /vanthu/edxml/package?nodeRef=: the edXML package of an issued outgoing document, as a
 * download ({@code <DocumentId>.edxml}), streamed: the signed PDF is base64-encoded on the way
 * out, never held in memory. Only reads: sending is POST /vanthu/edxml/send. Runs as the caller,
 * who needs read permission; a wrong node is a bilingual 400/403/404 in JSON.
 */
public class PackageGet extends AbstractWebScript {

    private EdxmlOutgoing outgoing;

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        try {
            NodeRef node = nodeRef(req.getParameter("nodeRef"));
            outgoing.check(node, false);
            EdxmlHeader header = outgoing.header(node);
            res.setStatus(Status.STATUS_OK);
            res.setContentType("application/xml;charset=UTF-8");
            String file = FileNames.safe(header.documentId()) + ".edxml";
            res.setHeader("Content-Disposition", "attachment; filename=\"" + file.replaceAll("[^\\x20-\\x7e]", "_")
                    + "\"; filename*=UTF-8''" + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20"));
            OutputStream out = res.getOutputStream();
            try {
                outgoing.write(node, header, out);
            } catch (EdxmlRefusal late) {
                // The body has started: the client sees a broken download, the log says why.
                throw new WebScriptException(late.status(), late.getMessage(), late);
            }
            out.flush();
        } catch (EdxmlRefusal refusal) {
            EdxmlJson.refusal(res, refusal);
        }
    }

    /** The node of a nodeRef parameter, or a bilingual 400. */
    static NodeRef nodeRef(String value) throws EdxmlRefusal {
        if (value == null || !NodeRef.isNodeRef(value.strip())) {
            throw EdxmlRefusal.badRequest("Tham số nodeRef không hợp lệ: " + value, "Invalid nodeRef parameter: " + value);
        }
        return new NodeRef(value.strip());
    }

    public void setOutgoing(EdxmlOutgoing outgoing) {
        this.outgoing = outgoing;
    }
}
