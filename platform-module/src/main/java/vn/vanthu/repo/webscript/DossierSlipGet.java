package vn.vanthu.repo.webscript;

import java.io.IOException;
import java.io.Serializable;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptException;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;
import vn.vanthu.calendar.WorkingCalendar;
import vn.vanthu.dossier.Procedure;
import vn.vanthu.dossier.ReceiptSlip;
import vn.vanthu.dossier.ReceiptSlipRenderer;
import vn.vanthu.repo.config.DossierConfiguration;
import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.repo.registers.Props;

/**
 * GET /vanthu/dossiers/{store_type}/{store_id}/{id}/slip?lang=vi|en: the receipt-and-appointment
 * slip of a dossier as printable HTML. The papers are vt:receivedPapers, or the names of the
 * documents in the dossier folder when that list is empty. Runs as the calling user, so the
 * node's permissions apply.
 */
public class DossierSlipGet extends AbstractWebScript {

    private NodeService nodeService;
    private DossierConfiguration configuration;
    /** The portal base address of the look-up printed as a QR code (issue 13); none: no QR code. */
    private vn.vanthu.repo.portal.PortalSettings portalSettings;
    private final ReceiptSlipRenderer renderer = new ReceiptSlipRenderer();

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        Map<String, String> vars = req.getServiceMatch().getTemplateVars();
        String lang = req.getParameter("lang") == null ? "vi" : req.getParameter("lang").strip();
        if (!lang.equals("vi") && !lang.equals("en")) {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST, "lang must be vi or en / lang phải là vi hoặc en: " + lang);
        }
        NodeRef node = new NodeRef(new StoreRef(vars.get("store_type"), vars.get("store_id")), vars.get("id"));
        if (!nodeService.exists(node)) {
            throw new WebScriptException(Status.STATUS_NOT_FOUND, "No such dossier / Không tìm thấy hồ sơ: " + node);
        }
        if (!VanthuModel.TYPE_DOSSIER.equals(nodeService.getType(node))) {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST, "Not a dossier (vt:dossier) / Không phải hồ sơ một cửa: " + node);
        }
        String html = renderer.render(slip(node), lang);
        res.setContentType("text/html");
        res.setContentEncoding("UTF-8");
        Writer writer = res.getWriter();
        writer.write(html);
        writer.flush();
    }

    ReceiptSlip slip(NodeRef node) {
        Map<QName, Serializable> p = nodeService.getProperties(node);
        Instant received = instant(p.get(VanthuModel.PROP_RECEIVED_AT));
        if (received == null) {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST, "The dossier has no time of receipt / Hồ sơ chưa có ngày tiếp nhận: " + node);
        }
        String code = Props.textOrEmpty(p.get(VanthuModel.PROP_PROCEDURE_CODE));
        Procedure procedure = configuration.current().catalogue().find(code, WorkingCalendar.local(received).toLocalDate()).orElse(null);
        return new ReceiptSlip(configuration.organName(), configuration.place(), Props.textOrEmpty(p.get(VanthuModel.PROP_DOSSIER_CODE)),
                Props.textOrEmpty(p.get(VanthuModel.PROP_APPLICANT_NAME)), Props.textOrEmpty(p.get(VanthuModel.PROP_APPLICANT_ADDRESS)),
                Props.textOrEmpty(p.get(VanthuModel.PROP_APPLICANT_PHONE)), procedure, code, Props.textOrEmpty(p.get(VanthuModel.PROP_PROCEDURE_NAME)),
                papers(node, p.get(VanthuModel.PROP_RECEIVED_PAPERS)), received, instant(p.get(VanthuModel.PROP_APPOINTMENT_AT)),
                Props.textOrEmpty(p.get(ContentModel.PROP_CREATOR)),
                portalSettings == null ? null : ReceiptSlip.lookupUrl(portalSettings.portalBaseUrl(), Props.textOrEmpty(p.get(VanthuModel.PROP_DOSSIER_CODE))));
    }

    private List<String> papers(NodeRef node, Serializable listed) {
        List<String> papers = new ArrayList<>();
        if (listed instanceof List<?> list) {
            list.forEach(o -> papers.add(String.valueOf(o)));
        }
        if (papers.isEmpty()) {
            for (ChildAssociationRef child : nodeService.getChildAssocs(node)) {
                Serializable title = nodeService.getProperty(child.getChildRef(), ContentModel.PROP_TITLE);
                Serializable name = nodeService.getProperty(child.getChildRef(), ContentModel.PROP_NAME);
                papers.add(Props.textOrEmpty(title).isEmpty() ? Props.textOrEmpty(name) : Props.textOrEmpty(title));
            }
        }
        return papers;
    }

    private static Instant instant(Serializable value) {
        return value instanceof Date d ? d.toInstant() : null;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setPortalSettings(vn.vanthu.repo.portal.PortalSettings portalSettings) {
        this.portalSettings = portalSettings;
    }

    public void setConfiguration(DossierConfiguration configuration) {
        this.configuration = configuration;
    }
}
