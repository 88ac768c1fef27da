package vn.vanthu.repo.webscript;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * GET /vanthu/public/feedback/challenge (guest): a form token for the feedback intake, with the
 * fields and limits the form must respect and the intake contact. Stateless: nothing is stored.
 */
public class PublicFeedbackChallengeGet extends PublicWebScript {

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token", settings.challenge().issue());
        body.put("honeypot", "website");
        body.put("maxContentLength", vn.vanthu.portal.FeedbackForm.MAX_CONTENT);
        body.put("feedback", vn.vanthu.portal.ProcedurePages.json(java.util.List.of(), settings.contact(),
                vn.vanthu.portal.PortalMessages.of(true)).get("feedback"));
        writeJson(res, Status.STATUS_OK, body, false);
    }
}
