package vn.vanthu.repo.webscript;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

import vn.vanthu.calendar.WorkingCalendar;
import vn.vanthu.portal.FeedbackForm;
import vn.vanthu.portal.FeedbackPage;
import vn.vanthu.portal.PortalMessages;
import vn.vanthu.portal.ProcedurePages;
import vn.vanthu.portal.ProcedureSearch;
import vn.vanthu.portal.PublicInputException;
import vn.vanthu.repo.config.DossierConfiguration;

/**
 * GET /vanthu/public/feedback?lang=&amp;format=json|html (no login): a fresh form token (JSON, for a
 * portal that draws its own form) or the whole form page (html), with the intake contact.
 * Stateless: nothing is stored.
 */
public class PublicFeedbackGet extends PublicWebScript {

    private DossierConfiguration configuration;

    public void setConfiguration(DossierConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        try {
            boolean vi = PortalMessages.vietnamese(req.getParameter("lang"), req.getHeader("Accept-Language"));
            PortalMessages t = PortalMessages.of(vi);
            String token = settings.challenge().issue();
            if (html(req)) {
                LocalDate today = WorkingCalendar.local(java.time.Instant.now()).toLocalDate();
                writeHtml(res, Status.STATUS_OK, FeedbackPage.form(req.getServiceContextPath() + "/vanthu/public/feedback", token,
                        ProcedureSearch.search(configuration.current().catalogue(), today, "", ""), settings.contact(), t), false);
                return;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("token", token);
            body.put("honeypot", "website");
            body.put("fields", FeedbackForm.FIELDS.stream().sorted().toList());
            body.put("maxContentLength", FeedbackForm.MAX_CONTENT);
            body.put("maxBodyBytes", settings.maxBodyBytes());
            body.put("feedback", ProcedurePages.contactJson(settings.contact()));
            writeJson(res, Status.STATUS_OK, body, false);
        } catch (PublicInputException e) {
            refuse(res, e);
        }
    }
}
