package vn.vanthu.repo.webscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.extensions.webscripts.Match;
import org.springframework.extensions.webscripts.WebScriptException;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;
import vn.vanthu.calendar.WorkingCalendar;
import vn.vanthu.repo.config.DossierConfiguration;
import vn.vanthu.repo.model.VanthuModel;

class DossierSlipGetTest {

    private final NodeRef node = new NodeRef("workspace://SpacesStore/abc-123");
    private final NodeService nodeService = mock(NodeService.class);
    private final WebScriptRequest req = mock(WebScriptRequest.class);
    private final WebScriptResponse res = mock(WebScriptResponse.class);
    private final StringWriter body = new StringWriter();
    private final DossierSlipGet script = new DossierSlipGet();
    private final Map<QName, Serializable> props = new HashMap<>();

    @BeforeEach
    void setUp() throws IOException {
        DossierConfiguration configuration = new DossierConfiguration();
        configuration.setOrganName("ỦY BAN NHÂN DÂN XÃ PHÚ HỒ");
        configuration.setPlace("Phú Hồ");
        script.setConfiguration(configuration);
        script.setNodeService(nodeService);
        when(req.getServiceMatch()).thenReturn(new Match("/vanthu/dossiers/{store_type}/{store_id}/{id}/slip",
                Map.of("store_type", "workspace", "store_id", "SpacesStore", "id", "abc-123"), "/vanthu/dossiers/workspace/SpacesStore/abc-123/slip"));
        when(res.getWriter()).thenReturn(body);
        when(nodeService.exists(node)).thenReturn(true);
        when(nodeService.getType(node)).thenReturn(VanthuModel.TYPE_DOSSIER);
        props.put(VanthuModel.PROP_DOSSIER_CODE, "H15.50.05.13-230119-0007");
        props.put(VanthuModel.PROP_PROCEDURE_CODE, "1.001193");
        props.put(VanthuModel.PROP_APPLICANT_NAME, "Nguyễn Văn An");
        props.put(VanthuModel.PROP_RECEIVED_AT, Date.from(WorkingCalendar.instant(LocalDateTime.of(2023, 1, 19, 16, 0))));
        props.put(VanthuModel.PROP_APPOINTMENT_AT, Date.from(WorkingCalendar.instant(LocalDateTime.of(2023, 1, 27, 17, 0))));
        when(nodeService.getProperties(node)).thenReturn(props);
    }

    @Test
    void vietnameseSlipWithListedPapers() throws IOException {
        props.put(VanthuModel.PROP_RECEIVED_PAPERS, new ArrayList<>(List.of("Tờ khai đăng ký khai sinh", "Giấy chứng sinh")));
        script.execute(req, res);
        verify(res).setContentType("text/html");
        verify(res).setContentEncoding("UTF-8");
        String html = body.toString();
        assertTrue(html.contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"));
        assertTrue(html.contains("H15.50.05.13-230119-0007"));
        assertTrue(html.contains("Phú Hồ, ngày 19 tháng 01 năm 2023"));
        assertTrue(html.contains("Giấy chứng sinh"));
        assertTrue(html.contains("17 giờ 00 phút, thứ Sáu ngày 27/01/2023"));
    }

    @Test
    void englishSlipListsTheDocumentsOfTheFolder() throws IOException {
        when(req.getParameter("lang")).thenReturn("en");
        NodeRef child = new NodeRef("workspace://SpacesStore/c1");
        when(nodeService.getChildAssocs(node)).thenReturn(List.of(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, node,
                QName.createQName(VanthuModel.NAMESPACE_URI, "c"), child)));
        when(nodeService.getProperty(child, ContentModel.PROP_NAME)).thenReturn("to-khai.pdf");
        script.execute(req, res);
        String html = body.toString();
        assertTrue(html.contains("RECEIPT OF DOSSIER AND APPOINTMENT FOR THE RESULT"));
        assertTrue(html.contains("<td>1</td><td>to-khai.pdf</td>"));
        assertTrue(html.contains("Birth registration (procedure code 1.001193)"));
    }

    @Test
    void badRequests() {
        when(req.getParameter("lang")).thenReturn("fr");
        assertEquals(400, assertThrows(WebScriptException.class, () -> script.execute(req, res)).getStatus());
        when(req.getParameter("lang")).thenReturn(null);
        when(nodeService.getType(node)).thenReturn(ContentModel.TYPE_CONTENT);
        assertEquals(400, assertThrows(WebScriptException.class, () -> script.execute(req, res)).getStatus());
        when(nodeService.exists(node)).thenReturn(false);
        WebScriptException e = assertThrows(WebScriptException.class, () -> script.execute(req, res));
        assertEquals(404, e.getStatus());
        assertTrue(e.getMessage().contains("Không tìm thấy hồ sơ"));
    }
}
