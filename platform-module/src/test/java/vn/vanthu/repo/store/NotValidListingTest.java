package vn.vanthu.repo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.QueryConsistency;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.vanthu.report.DocumentFacts;
import vn.vanthu.report.InMemoryStatisticsStore;
import vn.vanthu.report.Period;
import vn.vanthu.report.SignatureCoverage;
import vn.vanthu.repo.model.VanthuModel;

/**
 * The not-VALID list against a fake database that answers the exact queries the way a transactional
 * metadata query does: by type plus vt:signatureStatus, by type plus vt:registerYear, or by type alone.
 */
class NotValidListingTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String OUTGOING = "TYPE:\"vt:outgoingDocument\"";
    private static final Period PERIOD = new Period(LocalDate.of(2022, 12, 15), LocalDate.of(2023, 12, 6));

    private final NodeService nodeService = mock(NodeService.class);
    private final FakeQueryDatabase database = new FakeQueryDatabase();
    private final NodeQueries nodeQueries = database.nodeQueries(2);
    private final NotValidListing listing = new NotValidListing();

    @BeforeEach
    void setUp() {
        listing.setNodeQueries(nodeQueries);
        listing.setNodeService(nodeService);
        listing.setFactsReader(new NodeFactsReader());

        // Inside the period, in both years (not in day order, so the listing has to sort).
        outgoing("cv-07.pdf", "2023-06-01", "INVALID");
        outgoing("cv-01.pdf", "2022-12-15", null);
        outgoing("cv-02.pdf", "2022-12-20", "INVALID");
        outgoing("cv-03.pdf", "2022-12-31", "VALID");
        outgoing("cv-06.pdf", "2023-03-01", null);
        outgoing("cv-05.pdf", "2023-03-01", "PENDING");
        outgoing("cv-04.pdf", "2023-01-01", "VALID");
        outgoing("cv-08.pdf", "2023-06-01", "VALID");
        outgoing("cv-09.pdf", "2023-12-06", null);
        outgoing("cv-10.pdf", "2023-12-06", "UNTRUSTED");
        // Outside the period: before it in its first year, after it in its last year, in other years.
        outgoing("cv-00.pdf", "2022-12-14", null);
        outgoing("cv-11.pdf", "2023-12-07", null);
        outgoing("cv-12.pdf", "2023-12-31", "INVALID");
        outgoing("cv-13.pdf", "2021-06-01", null);
        outgoing("cv-14.pdf", "2024-01-02", null);
        // An incoming document never checked is counted with the incoming ones, never listed.
        NodeRef incoming = node(VanthuModel.TYPE_INCOMING_DOCUMENT, Map.of(ContentModel.PROP_NAME, "den-01.pdf",
                VanthuModel.PROP_ARRIVAL_DATE, Date.from(LocalDate.of(2023, 2, 1).atTime(9, 0).atZone(ZONE).toInstant()),
                VanthuModel.PROP_REGISTER_YEAR, 2023));
        database.add("TYPE:\"vt:incomingDocument\"", incoming);
        database.add("TYPE:\"vt:incomingDocument\" AND =vt:registerYear:2023", incoming);
    }

    /** A numbered outgoing document (with vt:registerYear, the year of its issue day) and its status, null if never checked. */
    private void outgoing(String name, String issued, String status) {
        LocalDate day = LocalDate.parse(issued);
        Map<QName, Serializable> properties = new HashMap<>();
        properties.put(ContentModel.PROP_NAME, name);
        properties.put(VanthuModel.PROP_CODE_NOTATION, name.substring(3, 5) + "/UBND-VP");
        properties.put(VanthuModel.PROP_ISSUED_DATE, Date.from(day.atStartOfDay(ZONE).toInstant()));
        properties.put(VanthuModel.PROP_REGISTER_YEAR, day.getYear());
        if (status != null) {
            properties.put(VanthuModel.PROP_SIGNATURE_STATUS, status);
            properties.put(VanthuModel.PROP_SIGNATURE_DETAIL, "{\"summary\":\"" + status + " of " + name + "\"}");
        }
        NodeRef node = node(VanthuModel.TYPE_OUTGOING_DOCUMENT, properties);
        database.add(OUTGOING, node);
        database.add(OUTGOING + " AND =vt:registerYear:" + day.getYear(), node);
        if (status != null) {
            database.add(OUTGOING + " AND =vt:signatureStatus:\"" + status + "\"", node);
        }
    }

    private NodeRef node(QName type, Map<QName, Serializable> properties) {
        NodeRef node = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "node-" + properties.get(ContentModel.PROP_NAME));
        when(nodeService.getType(node)).thenReturn(type);
        when(nodeService.getAspects(node)).thenReturn(Set.of());
        when(nodeService.getProperties(node)).thenReturn(properties);
        when(nodeService.exists(node)).thenReturn(true);
        return node;
    }

    /** Every page of the list, read {@code maxItems} at a time. */
    private List<SignatureCoverage.NotValidDocument> allPages(int maxItems) {
        List<SignatureCoverage.NotValidDocument> all = new ArrayList<>();
        for (int skip = 0; ; skip += maxItems) {
            SignatureCoverage.NotValidPage page = listing.page(PERIOD, skip, maxItems);
            assertEquals(skip, page.skipCount());
            assertEquals(maxItems, page.maxItems());
            all.addAll(page.items());
            if (!page.hasMoreItems()) {
                return all;
            }
            assertEquals(maxItems, page.items().size());
        }
    }

    @Test
    void listsTheNotValidOutgoingDocumentsOfThePeriodNeverCheckedIncludedInOrder() {
        List<SignatureCoverage.NotValidDocument> all = allPages(3);

        assertEquals(List.of("cv-01.pdf", "cv-02.pdf", "cv-05.pdf", "cv-06.pdf", "cv-07.pdf", "cv-09.pdf", "cv-10.pdf"),
                all.stream().map(SignatureCoverage.NotValidDocument::name).toList());
        assertEquals(List.of("NOT_CHECKED", "INVALID", "PENDING", "NOT_CHECKED", "INVALID", "NOT_CHECKED", "UNTRUSTED"),
                all.stream().map(SignatureCoverage.NotValidDocument::status).toList());
        SignatureCoverage.NotValidDocument first = all.get(0);
        assertEquals(new SignatureCoverage.NotValidDocument("workspace://SpacesStore/node-cv-01.pdf", "cv-01.pdf",
                "01/UBND-VP", "2022-12-15", "NOT_CHECKED",
                "chưa kiểm tra chữ ký số (không có tệp hoặc chưa xác minh) / signature never checked (no file, or not verified yet)"),
                first);
        assertEquals("{\"summary\":\"INVALID of cv-02.pdf\"}", all.get(1).reason());
        assertEquals("2023-12-06", all.get(6).issuedDate());
    }

    @Test
    void pagesSplitTheSameOrderedList() {
        SignatureCoverage.NotValidPage second = listing.page(PERIOD, 2, 2);
        assertEquals(List.of("cv-05.pdf", "cv-06.pdf"), second.items().stream().map(SignatureCoverage.NotValidDocument::name).toList());
        assertTrue(second.hasMoreItems());
        SignatureCoverage.NotValidPage last = listing.page(PERIOD, 5, 2);
        assertEquals(List.of("cv-09.pdf", "cv-10.pdf"), last.items().stream().map(SignatureCoverage.NotValidDocument::name).toList());
        assertFalse(last.hasMoreItems());
        SignatureCoverage.NotValidPage beyond = listing.page(PERIOD, 50, 2);
        assertTrue(beyond.items().isEmpty());
        assertFalse(beyond.hasMoreItems());
        assertEquals(allPages(1), allPages(7));
    }

    @Test
    void theListedDocumentsAreTheOnesTheReportCounts() {
        // The counts of the report come from the statistics the rebuild recounts from the same nodes.
        InMemoryStatisticsStore store = new InMemoryStatisticsStore();
        StatisticsRebuilder rebuilder = FakeQueryDatabase.rebuilder(nodeQueries, nodeService, store);
        rebuilder.rebuild();

        for (int maxItems : new int[] {1, 2, 50}) {
            SignatureCoverage coverage = SignatureCoverage.compute(store.snapshot(), PERIOD,
                    listing.page(PERIOD, 0, maxItems));
            List<SignatureCoverage.NotValidDocument> all = allPages(maxItems);
            Map<String, Long> listed = new HashMap<>();
            all.forEach(document -> listed.merge(document.status(), 1L, Long::sum));
            assertEquals(3L, coverage.outgoing().get(DocumentFacts.NOT_CHECKED));
            assertEquals(coverage.outgoing().get(DocumentFacts.NOT_CHECKED), listed.get(DocumentFacts.NOT_CHECKED));
            coverage.outgoing().forEach((status, count) -> {
                if (!DocumentFacts.VALID.equals(status)) {
                    assertEquals(count, listed.getOrDefault(status, 0L), status);
                }
            });
            assertEquals(coverage.outgoingNotValid(), all.size());
            assertEquals(1L, coverage.incoming().get(DocumentFacts.NOT_CHECKED));
        }
    }

    @Test
    void asksOnlyExactQueriesForTheStatusesAndTheYearsOfThePeriod() {
        listing.page(PERIOD, 0, 50);

        List<String> texts = database.queries().stream().map(SearchParameters::getQuery).distinct().toList();
        assertTrue(texts.contains(OUTGOING + " AND =vt:registerYear:2022"), texts.toString());
        assertTrue(texts.contains(OUTGOING + " AND =vt:registerYear:2023"), texts.toString());
        texts.forEach(text -> assertTrue(text.matches(
                "TYPE:\"vt:outgoingDocument\" AND (=vt:signatureStatus:\"[A-Z_]+\"|=vt:registerYear:202[23])"), text));
        assertFalse(texts.contains(OUTGOING + " AND =vt:signatureStatus:\"VALID\""), texts.toString());
        database.queries().forEach(parameters -> {
            assertEquals(QueryConsistency.TRANSACTIONAL, parameters.getQueryConsistency());
            // The listing runs as the caller: no page may be cut short by the permission-check limit.
            assertEquals(org.alfresco.service.cmr.search.LimitBy.UNLIMITED, parameters.getLimitBy());
            assertEquals(Integer.MAX_VALUE, parameters.getMaxPermissionChecks());
        });
    }
}
