package vn.vanthu.repo.webscript;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

import vn.vanthu.calendar.WorkingCalendar;
import vn.vanthu.dossier.Procedure;
import vn.vanthu.portal.PortalMessages;
import vn.vanthu.portal.ProcedurePages;
import vn.vanthu.portal.ProcedureSearch;
import vn.vanthu.portal.PublicInput;
import vn.vanthu.portal.PublicInputException;
import vn.vanthu.repo.config.DossierConfiguration;

/**
 * GET /vanthu/public/procedures?field=&amp;q=&amp;lang=&amp;format=json|html (no login): the published
 * procedures from the catalogue the dossiers use. Reads the catalogue only, never a node; q and
 * field are filtered in Java ({@link ProcedureSearch}), no query is built from them.
 */
public class PublicProceduresGet extends PublicWebScript {

    private DossierConfiguration configuration;

    public void setConfiguration(DossierConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        try {
            boolean vi = PortalMessages.vietnamese(req.getParameter("lang"), req.getHeader("Accept-Language"));
            boolean html = html(req);
            String q = PublicInput.searchText("q", req.getParameter("q"), ProcedureSearch.MAX_QUERY);
            String field = PublicInput.searchText("field", req.getParameter("field"), 100);
            LocalDate today = WorkingCalendar.local(java.time.Instant.now()).toLocalDate();
            List<Procedure> found = ProcedureSearch.search(configuration.current().catalogue(), today, field, q);
            PortalMessages t = PortalMessages.of(vi);
            if (html) {
                writeHtml(res, Status.STATUS_OK, ProcedurePages.html(found, field, q, settings.contact(), configuration.organName(), t), true);
            } else {
                writeJson(res, Status.STATUS_OK, ProcedurePages.json(found, settings.contact(), t), true);
            }
        } catch (PublicInputException e) {
            refuse(res, e);
        }
    }
}
