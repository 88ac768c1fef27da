package vn.vanthu.repo.webscript;

import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.transaction.TransactionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

import vn.vanthu.portal.DossierLookup;
import vn.vanthu.portal.LookupGuard;
import vn.vanthu.portal.LookupPage;
import vn.vanthu.portal.PortalMessages;
import vn.vanthu.portal.PublicInput;
import vn.vanthu.portal.PublicInputException;
import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.repo.store.NodeQueries;

/**
 * GET /vanthu/public/dossier?code=&amp;check=&amp;lang=&amp;format=json|html (no login): a citizen's
 * dossier look-up. Runs one exact query on vt:dossierCode as the system user and reads only the
 * properties {@link DossierLookup.Found} holds; an unknown code and a wrong check answer the same
 * 404 body after the same comparison. Failures per address are slowed, then refused (429) for a
 * while, and logged (without the check).
 */
public class PublicDossierLookupGet extends PublicWebScript {

    private static final Logger LOG = LoggerFactory.getLogger(PublicDossierLookupGet.class);
    /** HTTP 429 (Surf's Status has no constant for it). */
    static final int TOO_MANY_REQUESTS = 429;

    private NodeQueries nodeQueries;
    private NodeService nodeService;
    private TransactionService transactionService;
    private vn.vanthu.repo.config.DossierConfiguration configuration;
    private Sleeper sleeper = millis -> Thread.sleep(millis);

    /** Waits before answering a slowed address (replaced in tests). */
    @FunctionalInterface
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    public void setNodeQueries(NodeQueries nodeQueries) {
        this.nodeQueries = nodeQueries;
    }

    /**
     * The look-up's own read-only transaction (descriptor: none): the pause for repeated failures
     * comes before it, so a slowed caller never holds a database connection while it waits.
     */
    public void setTransactionService(TransactionService transactionService) {
        this.transactionService = transactionService;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    /** The catalogue gives the procedure's name in the language asked for. */
    public void setConfiguration(vn.vanthu.repo.config.DossierConfiguration configuration) {
        this.configuration = configuration;
    }

    void setSleeper(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        boolean vi;
        boolean html;
        String code;
        String check;
        try {
            vi = PortalMessages.vietnamese(req.getParameter("lang"), req.getHeader("Accept-Language"));
            html = html(req);
            code = PublicInput.token("code", req.getParameter("code"), 60, DossierLookup.CODE,
                    "mã hồ sơ dạng {mã cơ quan}-{yymmdd}-{NNNN}", "a dossier code {agency}-{yymmdd}-{NNNN}");
            check = PublicInput.token("check", req.getParameter("check"), 4, DossierLookup.CHECK, "4 chữ số", "4 digits");
        } catch (PublicInputException e) {
            refuse(res, e);
            return;
        }
        PortalMessages t = PortalMessages.of(vi);
        if (code.isEmpty() || check.isEmpty()) {
            if (html) {
                // The form, with the code of the slip's QR code filled in.
                writeHtml(res, Status.STATUS_OK, LookupPage.html(code, null, null, t), false);
            } else {
                refuse(res, new PublicInputException(code.isEmpty() ? "code" : "check", "Thiếu \"" + (code.isEmpty() ? "code" : "check") + "\"",
                        "\"" + (code.isEmpty() ? "code" : "check") + "\" is required"));
            }
            return;
        }
        String address = clientAddress(req);
        LookupGuard guard = settings.guard();
        LookupGuard.Decision decision = guard.before(address);
        if (decision.refused()) {
            LOG.warn("Public dossier look-up refused for {} until {} after {} failures", address, decision.refusedUntil(), decision.failures());
            res.setHeader("Retry-After", Long.toString(Math.max(1, decision.refusedUntil().getEpochSecond() - Instant.now().getEpochSecond())));
            answer(res, html, TOO_MANY_REQUESTS, code, null, t.get("lookup.refused"), t,
                    error(TOO_MANY_REQUESTS, null, PortalMessages.of(true).get("lookup.refused"),
                            PortalMessages.of(false).get("lookup.refused")));
            return;
        }
        pause(decision.delay().toMillis());
        DossierLookup.Found found = AuthenticationUtil.runAsSystem(
                () -> transactionService.getRetryingTransactionHelper().doInTransaction(() -> find(code), true));
        Optional<DossierLookup.Answer> answer = DossierLookup.answer(found, check, Instant.now(), vi);
        if (answer.isPresent()) {
            DossierLookup.Answer a = named(answer.get(), vi);
            answer(res, html, Status.STATUS_OK, code, a, null, t, a.json(vi));
            return;
        }
        LookupGuard.Decision next = guard.failed(address);
        if (next.refused()) {
            LOG.warn("Public dossier look-up: {} failures from {}, refused until {}", next.failures(), address, next.refusedUntil());
        } else {
            LOG.info("Public dossier look-up failed from {} ({} failures in the window)", address, next.failures());
        }
        java.util.Map<String, Object> body = error(Status.STATUS_NOT_FOUND, null, PortalMessages.of(true).get("lookup.notFound"),
                PortalMessages.of(false).get("lookup.notFound"));
        body.put("found", false);
        answer(res, html, Status.STATUS_NOT_FOUND, code, null, t.get("lookup.notFound"), t, body);
    }

    private void answer(WebScriptResponse res, boolean html, int status, String code, DossierLookup.Answer answer, String message,
                        PortalMessages t, Object json) throws IOException {
        if (html) {
            writeHtml(res, status, LookupPage.html(code, answer, message, t), false);
        } else {
            writeJson(res, status, json, false);
        }
    }

    /** The answer with the catalogue's name of the procedure in the language asked for, when the catalogue has it. */
    private DossierLookup.Answer named(DossierLookup.Answer a, boolean vi) {
        if (configuration == null || a.receivedAt() == null) {
            return a;
        }
        return configuration.current().catalogue()
                .find(a.procedureCode(), vn.vanthu.calendar.WorkingCalendar.local(a.receivedAt()).toLocalDate())
                .map(p -> new DossierLookup.Answer(a.code(), a.procedureCode(), p.name(vi ? "vi" : "en"), a.receivedAt(), a.appointmentAt(),
                        a.status(), a.statusText(), a.statusVi(), a.statusEn(), a.late()))
                .orElse(a);
    }

    private void pause(long millis) {
        if (millis > 0) {
            try {
                sleeper.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * One exact query on the code; the first dossier found (codes are unique), read field by field,
     * or null. The same reads are made when nothing is found.
     */
    DossierLookup.Found find(String code) {
        List<NodeRef> nodes = nodeQueries.page("TYPE:\"vt:dossier\" AND =vt:dossierCode:\"" + code + "\"", 0, 1);
        // Unknown code: the same property reads, of the store's root (which has none of them).
        NodeRef node = nodes.isEmpty() ? nodeService.getRootNode(org.alfresco.service.cmr.repository.StoreRef.STORE_REF_WORKSPACE_SPACESSTORE)
                : nodes.get(0);
        DossierLookup.Found found = read(node);
        return nodes.isEmpty() ? null : found;
    }

    private DossierLookup.Found read(NodeRef node) {
        return new DossierLookup.Found(text(node, VanthuModel.PROP_DOSSIER_CODE), text(node, VanthuModel.PROP_PROCEDURE_CODE),
                text(node, VanthuModel.PROP_PROCEDURE_NAME), instant(node, VanthuModel.PROP_RECEIVED_AT),
                instant(node, VanthuModel.PROP_APPOINTMENT_AT), text(node, VanthuModel.PROP_DOSSIER_STATUS),
                instant(node, VanthuModel.PROP_FINISHED_AT), text(node, VanthuModel.PROP_TIMELINESS),
                text(node, VanthuModel.PROP_APPLICANT_PHONE), text(node, VanthuModel.PROP_APPLICANT_ID_NUMBER));
    }

    private String text(NodeRef node, QName property) {
        Serializable value = nodeService.getProperty(node, property);
        return value == null ? null : value.toString();
    }

    private Instant instant(NodeRef node, QName property) {
        return nodeService.getProperty(node, property) instanceof Date d ? d.toInstant() : null;
    }
}
