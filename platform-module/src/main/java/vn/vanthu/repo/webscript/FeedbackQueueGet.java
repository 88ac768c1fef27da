package vn.vanthu.repo.webscript;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vanthu.dossier.ReceiptSlipRenderer;
import vn.vanthu.feedback.FeedbackChannel;
import vn.vanthu.feedback.FeedbackStatus;
import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.repo.store.NodeQueries;

/**
 * GET /vanthu/feedback/queue?lang=vi|en (signed-in users): the clerk's queue, the feedback still
 * open (received, admissible, assigned) and the not admissible ones still to be closed, the
 * earliest due first, the open ones marked overdue when their due time has passed. Runs as the caller (the permissions of the feedback folder apply) with exact
 * database queries on vt:feedbackStatus. Used by the Share dashlet "Phản ánh, kiến nghị".
 */
public class FeedbackQueueGet extends AbstractWebScript {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** At most this many items are listed (the total is given). */
    static final int MAX_ITEMS = 200;

    private NodeQueries nodeQueries;
    private NodeService nodeService;

    public void setNodeQueries(NodeQueries nodeQueries) {
        this.nodeQueries = nodeQueries;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        String lang = req.getParameter("lang");
        boolean vi = lang == null || !"en".equalsIgnoreCase(lang.strip());
        Instant now = Instant.now();
        List<Map<String, Object>> items = new ArrayList<>();
        for (FeedbackStatus status : FeedbackStatus.values()) {
            // Open ones, and those not admissible so that the clerk tells the submitter and closes them.
            if (!status.open() && status != FeedbackStatus.NOT_ADMISSIBLE) {
                continue;
            }
            nodeQueries.forEach("TYPE:\"vt:feedback\" AND =vt:feedbackStatus:\"" + status.name() + "\"", node -> items.add(item(node, status, vi, now)));
        }
        items.sort(Comparator.comparing((Map<String, Object> m) -> String.valueOf(m.get("dueAt"))));
        long overdue = items.stream().filter(m -> Boolean.TRUE.equals(m.get("overdue"))).count();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", items.size());
        body.put("overdue", overdue);
        body.put("items", items.size() > MAX_ITEMS ? items.subList(0, MAX_ITEMS) : items);
        res.setStatus(Status.STATUS_OK);
        res.setContentType("application/json;charset=UTF-8");
        res.setHeader("Cache-Control", "no-store");
        OutputStream out = res.getOutputStream();
        out.write(JSON.writeValueAsBytes(body));
        out.flush();
    }

    private Map<String, Object> item(NodeRef node, FeedbackStatus status, boolean vi, Instant now) {
        Map<QName, Serializable> p = nodeService.getProperties(node);
        Instant due = p.get(VanthuModel.PROP_FEEDBACK_DUE_AT) instanceof Date d ? d.toInstant() : null;
        Instant received = p.get(VanthuModel.PROP_FEEDBACK_RECEIVED_AT) instanceof Date d ? d.toInstant() : null;
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("nodeRef", node.toString());
        item.put("code", text(p.get(VanthuModel.PROP_FEEDBACK_CODE)));
        item.put("name", text(p.get(ContentModel.PROP_NAME)));
        item.put("submitter", text(p.get(VanthuModel.PROP_SUBMITTER_NAME)));
        item.put("channel", FeedbackChannel.parse(text(p.get(VanthuModel.PROP_FEEDBACK_CHANNEL))).label(vi));
        item.put("field", text(p.get(VanthuModel.PROP_FEEDBACK_FIELD)));
        item.put("status", status.name());
        item.put("statusText", status.label(vi));
        item.put("handler", text(p.get(VanthuModel.PROP_FEEDBACK_HANDLER)));
        item.put("receivedAt", received == null ? null : received.toString());
        item.put("dueAt", due == null ? null : due.toString());
        item.put("dueAtText", due == null ? "" : ReceiptSlipRenderer.moment(due, vi ? "vi" : "en"));
        item.put("admissible", status != FeedbackStatus.NOT_ADMISSIBLE);
        item.put("overdue", status.open() && due != null && now.isAfter(due));
        return item;
    }

    private static String text(Serializable value) {
        return value == null ? "" : value.toString();
    }
}
