package vn.vanthu.repo.webscript;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.transaction.TransactionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.extensions.surf.util.Content;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import vn.vanthu.calendar.WorkingCalendar;
import vn.vanthu.feedback.Admissibility;
import vn.vanthu.feedback.FeedbackChannel;
import vn.vanthu.feedback.FeedbackStatus;
import vn.vanthu.portal.FeedbackForm;
import vn.vanthu.portal.FeedbackPage;
import vn.vanthu.portal.PortalMessages;
import vn.vanthu.portal.PublicInputException;
import vn.vanthu.repo.config.DossierConfiguration;
import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.repo.portal.FeedbackFolder;

/**
 * POST /vanthu/public/feedback (no login), JSON or application/x-www-form-urlencoded: a citizen's
 * feedback on administrative regulations. The body is limited ({@code vanthu.public.feedback.maxBodyBytes}),
 * must carry a valid challenge token and an empty honeypot, and every field is checked
 * ({@link FeedbackForm}); no file upload. The only write is one new vt:feedback node in the
 * configured folder, created as the system user in a transaction of its own; the feedback
 * behaviour gives it its tracking
 * code, due date and admissibility. Answers 201 with the tracking code.
 */
public class PublicFeedbackPost extends PublicWebScript {

    private static final Logger LOG = LoggerFactory.getLogger(PublicFeedbackPost.class);

    private NodeService nodeService;
    private FeedbackFolder feedbackFolder;
    private DossierConfiguration configuration;
    private TransactionService transactionService;

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setFeedbackFolder(FeedbackFolder feedbackFolder) {
        this.feedbackFolder = feedbackFolder;
    }

    public void setConfiguration(DossierConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The script's own transaction (descriptor: none), begun and committed as system. */
    public void setTransactionService(TransactionService transactionService) {
        this.transactionService = transactionService;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        // The form page posts format=html and gets pages back; a portal posting JSON gets JSON.
        boolean html = "html".equalsIgnoreCase(req.getParameter("format"));
        boolean vi = true;
        try {
            Map<String, String> fields = fields(req);
            html = html || "html".equalsIgnoreCase(fields.get("format"));
            vi = PortalMessages.vietnamese(fields.get("lang"), req.getHeader("Accept-Language"));
            String honeypot = fields.get("website");
            if (honeypot != null && !honeypot.isEmpty()) {
                LOG.info("Public feedback refused from {}: the hidden field was filled in", clientAddress(req));
                throw new PublicInputException("website", "Biểu mẫu không hợp lệ", "The form is not valid");
            }
            settings.challenge().verify(fields.get("token"));
            LocalDate today = WorkingCalendar.local(java.time.Instant.now()).toLocalDate();
            FeedbackForm form = FeedbackForm.of(fields, code -> configuration.current().catalogue().find(code, today).isPresent());
            // The descriptor asks for no transaction: the write runs in one begun and committed as
            // system, so the commit-time work (statistics, rules, events) never runs unauthenticated.
            Map<String, Serializable> created = AuthenticationUtil.runAsSystem(
                    () -> transactionService.getRetryingTransactionHelper().doInTransaction(() -> create(form), false));
            LOG.info("Public feedback {} received from {}", created.get("code"), clientAddress(req));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", Status.STATUS_CREATED);
            body.put("code", created.get("code"));
            body.put("admissible", created.get("admissible"));
            List<Admissibility.Reason> reasons = Admissibility.check(form.name(), form.address(), form.phone(), form.email(), form.content());
            body.put("reasons", reasons.stream().map(r -> Map.of("code", r.code(), "vi", r.vi(), "en", r.en())).toList());
            body.put("dueAt", created.get("dueAt"));
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("vi", PortalMessages.of(true).format("feedback.received", created.get("code")));
            message.put("en", PortalMessages.of(false).format("feedback.received", created.get("code")));
            body.put("message", message);
            body.put("lang", vi ? "vi" : "en");
            if (html) {
                String due = created.get("dueAt") == null ? null
                        : vn.vanthu.dossier.ReceiptSlipRenderer.moment(java.time.Instant.parse((String) created.get("dueAt")), vi ? "vi" : "en");
                writeHtml(res, Status.STATUS_CREATED, FeedbackPage.received(String.valueOf(created.get("code")),
                        reasons.stream().map(r -> vi2(r, body)).toList(), due, PortalMessages.of(vi)), false);
            } else {
                writeJson(res, Status.STATUS_CREATED, body, false);
            }
        } catch (PublicInputException e) {
            if (html) {
                writeHtml(res, Status.STATUS_BAD_REQUEST, FeedbackPage.refused(e, PortalMessages.of(vi)), false);
            } else {
                refuse(res, e);
            }
        }
    }

    /** A reason in the language of the answer. */
    private static String vi2(Admissibility.Reason reason, Map<String, Object> body) {
        return "vi".equals(body.get("lang")) ? reason.vi() : reason.en();
    }

    /** The submitted fields, from a JSON object or a form post, within the size limit. */
    Map<String, String> fields(WebScriptRequest req) throws IOException {
        int max = settings.maxBodyBytes();
        String length = req.getHeader("Content-Length");
        if (length != null && length.strip().matches("\\d{1,12}") && Long.parseLong(length.strip()) > max) {
            throw tooLarge(max);
        }
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(java.util.Locale.ROOT);
        if (type.startsWith("multipart/")) {
            throw new PublicInputException("body", "Không nhận tệp đính kèm: gửi nội dung bằng biểu mẫu hoặc JSON",
                    "File uploads are not accepted: send the fields as a form or as JSON");
        }
        Map<String, String> fields = new HashMap<>();
        if (type.startsWith("application/json")) {
            Content content = req.getContent();
            byte[] bytes = content == null ? new byte[0] : read(content.getInputStream(), max);
            JsonNode tree;
            try {
                tree = JSON.readTree(bytes);
            } catch (JsonProcessingException e) {
                throw new PublicInputException("body", "Nội dung JSON không hợp lệ", "The JSON body is malformed");
            }
            if (tree == null || !tree.isObject()) {
                throw new PublicInputException("body", "Nội dung phải là một đối tượng JSON", "The body must be a JSON object");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isTextual() && !e.getValue().isNull()) {
                    throw new PublicInputException(e.getKey().length() > 40 ? "body" : e.getKey(), "Mỗi trường phải là một chuỗi ký tự",
                            "Every field must be a string");
                }
                fields.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().textValue());
            }
        } else if (type.startsWith("application/x-www-form-urlencoded")) {
            long total = 0;
            String[] names = req.getParameterNames();
            for (String name : names == null ? new String[0] : names) {
                String[] values = req.getParameterValues(name);
                if (values != null && values.length > 1) {
                    throw new PublicInputException(name.length() > 40 ? "body" : name, "Trường bị gửi nhiều lần", "A field is sent more than once");
                }
                String value = req.getParameter(name);
                total += name.length() + (value == null ? 0 : value.length());
                if (total > max) {
                    throw tooLarge(max);
                }
                fields.put(name, value);
            }
        } else {
            throw new PublicInputException("body", "Chỉ nhận application/json hoặc application/x-www-form-urlencoded",
                    "Only application/json or application/x-www-form-urlencoded is accepted");
        }
        return fields;
    }

    private static byte[] read(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            if (out.size() > max) {
                throw tooLarge(max);
            }
        }
        String text = out.toString(StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            throw new PublicInputException("body", "Nội dung không phải UTF-8", "The body is not UTF-8");
        }
        return out.toByteArray();
    }

    private static PublicInputException tooLarge(int max) {
        return new PublicInputException("body", "Nội dung gửi quá " + max + " byte", "The body is larger than " + max + " bytes");
    }

    /** Creates the node (as system, in the one folder); returns its code, admissibility and due time. */
    private Map<String, Serializable> create(FeedbackForm form) {
        NodeRef folder = feedbackFolder.getOrCreate();
        Map<QName, Serializable> props = new HashMap<>();
        String name = "PAKN-" + UUID.randomUUID();
        props.put(ContentModel.PROP_NAME, name);
        props.put(VanthuModel.PROP_FEEDBACK_CHANNEL, FeedbackChannel.PORTAL.name());
        props.put(VanthuModel.PROP_FEEDBACK_STATUS, FeedbackStatus.RECEIVED.name());
        props.put(VanthuModel.PROP_SUBMITTER_NAME, form.name());
        props.put(VanthuModel.PROP_SUBMITTER_ADDRESS, form.address());
        props.put(VanthuModel.PROP_SUBMITTER_PHONE, form.phone());
        props.put(VanthuModel.PROP_SUBMITTER_EMAIL, form.email());
        props.put(VanthuModel.PROP_FEEDBACK_PROCEDURE_CODE, form.procedureCode());
        props.put(VanthuModel.PROP_REGULATION, form.regulation());
        props.put(VanthuModel.PROP_FEEDBACK_CONTENT, form.content());
        NodeRef node = nodeService.createNode(folder, ContentModel.ASSOC_CONTAINS,
                QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, name), VanthuModel.TYPE_FEEDBACK, props).getChildRef();
        Serializable code = nodeService.getProperty(node, VanthuModel.PROP_FEEDBACK_CODE);
        // Named after its code, unless a clerk already used that name in the folder.
        if (code != null && nodeService.getChildByName(folder, ContentModel.ASSOC_CONTAINS, code.toString()) == null) {
            nodeService.setProperty(node, ContentModel.PROP_NAME, code.toString());
        }
        Map<String, Serializable> result = new HashMap<>();
        result.put("code", code);
        result.put("admissible", nodeService.getProperty(node, VanthuModel.PROP_ADMISSIBLE));
        Serializable due = nodeService.getProperty(node, VanthuModel.PROP_FEEDBACK_DUE_AT);
        result.put("dueAt", due instanceof java.util.Date d ? d.toInstant().toString() : null);
        return result;
    }
}
