package vn.vanthu.repo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.vanthu.report.Period;
import vn.vanthu.report.ReportMessages;
import vn.vanthu.report.output.ReportTable;
import vn.vanthu.report.output.ReportView;
import vn.vanthu.repo.model.VanthuModel;

/**
 * The received documents whose signature fails, for the signature coverage report: found by the
 * exact queries on vt:signatureStatus and vt:edxmlPackageSignature, kept when received
 * electronically and arrived in the period.
 */
class ReceivedNotValidListingTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String INCOMING = "TYPE:\"vt:incomingDocument\"";
    private static final Period PERIOD = new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30));

    private final NodeService nodeService = mock(NodeService.class);
    private final FakeQueryDatabase database = new FakeQueryDatabase();
    private final ReceivedNotValidListing listing = new ReceivedNotValidListing();
    private final ReportMessages english = ReportMessages.forLanguage("en");

    @BeforeEach
    void setUp() {
        listing.setNodeQueries(database.nodeQueries(2));
        listing.setNodeService(nodeService);
        listing.setFactsReader(new NodeFactsReader());
        incoming("den-03.pdf", "2023-03-02", true, "INVALID", null);
        incoming("den-01.pdf", "2023-02-01", true, "UNTRUSTED", "UNTRUSTED");
        incoming("den-02.pdf", "2023-02-10", true, "VALID", "UNSIGNED");
        incoming("den-04.pdf", "2023-04-01", true, "VALID", "VALID");
        incoming("den-05.pdf", "2023-04-02", true, "PENDING", null);
        // Typed in from paper: not received electronically, not listed.
        incoming("giay-01.pdf", "2023-02-01", false, "INVALID", null);
        // Outside the period.
        incoming("den-00.pdf", "2022-12-31", true, "INVALID", null);
        incoming("den-09.pdf", "2023-07-01", true, "MALFORMED", null);
    }

    private void incoming(String name, String arrived, boolean electronic, String status, String packageSignature) {
        Map<QName, Serializable> p = new HashMap<>();
        p.put(ContentModel.PROP_NAME, name);
        p.put(VanthuModel.PROP_ARRIVAL_DATE, Date.from(LocalDate.parse(arrived).atTime(9, 30).atZone(ZONE).toInstant()));
        p.put(VanthuModel.PROP_ARRIVAL_NUMBER, Integer.parseInt(name.replaceAll("\\D", "")));
        p.put(VanthuModel.PROP_CODE_NOTATION, "QĐ-UBND");
        p.put(VanthuModel.PROP_RECEIVED_ELECTRONICALLY, electronic);
        p.put(VanthuModel.PROP_SIGNATURE_STATUS, status);
        p.put(VanthuModel.PROP_SIGNATURE_DETAIL, status + " of " + name);
        NodeRef node = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "node-" + name);
        when(nodeService.getType(node)).thenReturn(VanthuModel.TYPE_INCOMING_DOCUMENT);
        when(nodeService.getAspects(node)).thenReturn(Set.of());
        when(nodeService.getProperties(node)).thenReturn(p);
        database.add(INCOMING + " AND =vt:signatureStatus:\"" + status + "\"", node);
        if (packageSignature != null) {
            p.put(VanthuModel.PROP_EDXML_PACKAGE_SIGNATURE, packageSignature);
            database.add(INCOMING + " AND =vt:edxmlPackageSignature:\"" + packageSignature + "\"", node);
        }
    }

    @Test
    void listsTheFailingReceivedDocumentsOfThePeriodInArrivalOrder() {
        List<ReceivedNotValidListing.Item> items = listing.list(PERIOD, english);
        assertEquals(List.of("den-01.pdf", "den-02.pdf", "den-03.pdf"), items.stream().map(ReceivedNotValidListing.Item::name).toList());
        assertEquals(List.of("UNTRUSTED", "UNSIGNED", "INVALID"), items.stream().map(ReceivedNotValidListing.Item::status).toList());
        assertEquals("UNTRUSTED of den-01.pdf", items.get(0).reason(), "the PDF verdict first, once per document");
        assertTrue(items.get(1).reason().startsWith("edXML package signature: "), items.get(1).reason());
        assertEquals("2023-02-10", items.get(1).arrivalDate());
        assertEquals(2, items.get(1).arrivalNumber());
        assertTrue(database.queries().stream().allMatch(q -> q.getQuery().startsWith(INCOMING + " AND =vt:")));
    }

    @Test
    void theCoverageViewGetsTheListAsJsonAndAsATable() {
        ReportView base = new ReportView("signature-coverage", "en", "Signature coverage", Map.of("from", "2023-01-01"),
                List.of(new ReportTable("counts", List.of("a"), List.of())), List.of());
        ReportView view = listing.extend(base, PERIOD, english);
        @SuppressWarnings("unchecked")
        Map<String, Object> received = (Map<String, Object>) view.json().get("receivedNotValid");
        assertEquals(3, received.get("total"));
        assertEquals("2023-01-01", view.json().get("from"));
        assertEquals(2, view.tables().size());
        ReportTable table = view.tables().get(1);
        assertEquals("Documents received electronically whose signature fails (PDF or edXML package)", table.title());
        assertEquals(3, table.rows().size());
        ReportView vietnamese = listing.extend(base, PERIOD, ReportMessages.forLanguage("vi"));
        assertEquals("Văn bản đến nhận qua mạng có chữ ký số không hợp lệ (tệp PDF hoặc gói edXML)",
                vietnamese.tables().get(1).title());
    }
}
