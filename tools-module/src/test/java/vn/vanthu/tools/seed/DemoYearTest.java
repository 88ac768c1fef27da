package vn.vanthu.tools.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.vanthu.report.DocumentFacts;
import vn.vanthu.report.DocumentReport;
import vn.vanthu.report.DossierCounts;
import vn.vanthu.report.DossierFacts;
import vn.vanthu.report.DossierReport;
import vn.vanthu.report.ElectronicFilter;
import vn.vanthu.report.GroupBy;
import vn.vanthu.report.NodeFacts;
import vn.vanthu.report.Period;
import vn.vanthu.report.Statistics;

/**
 * The demo plan, read back the way the repository will read the nodes it creates, gives the
 * commune's figures through the real report code.
 */
class DemoYearTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private static final Period SEED = new Period(DemoCalendar.FROM, DemoCalendar.TO);
    private static final List<PlannedNode> PLAN = DemoYear.plan();
    private static final vn.vanthu.dossier.ProcedureCatalogue CATALOGUE = vn.vanthu.dossier.ProcedureCatalogue.defaults();

    private static Instant instant(Map<String, Object> properties, String name) {
        Object value = properties.get(name);
        return value == null ? null : OffsetDateTime.parse((String) value, DATE_TIME).toInstant();
    }

    /** What the repository counts for a planned node once its signature is verified VALID. */
    private static NodeFacts facts(PlannedNode node) {
        Map<String, Object> p = node.properties();
        return switch (node.nodeType()) {
            case "vt:incomingDocument" -> new DocumentFacts(DocumentFacts.Kind.INCOMING,
                    LocalDate.ofInstant(instant(p, "vt:arrivalDate"), HANOI),
                    node.content() != PlannedNode.Content.NONE, null);
            case "vt:outgoingDocument" -> new DocumentFacts(DocumentFacts.Kind.OUTGOING,
                    LocalDate.parse((String) p.get("vt:issuedDate")), Boolean.TRUE.equals(p.get("vt:transmittedElectronically")),
                    node.content() == PlannedNode.Content.SIGNED_PDF ? "VALID" : null);
            default -> DossierFacts.fromProperties((String) p.get("vt:dossierStatus"), instant(p, "vt:receivedAt"),
                    (String) p.get("vt:channel"), (String) p.get("vt:field"), (String) p.get("vt:handlingUnit"),
                    (Boolean) p.get("vt:electronic"), instant(p, "vt:appointmentAt"), instant(p, "vt:finishedAt"),
                    instant(p, "vt:returnedAt"), null, (String) p.get("vt:timeliness"), HANOI);
        };
    }

    private static Statistics statistics() {
        List<NodeFacts> facts = new ArrayList<>();
        PLAN.forEach(node -> facts.add(facts(node)));
        return Statistics.count(facts);
    }

    @Test
    void thePeriodHas244WorkingDays() {
        assertEquals(244, DemoCalendar.workingDays().size());
        assertEquals(LocalDate.of(2023, 1, 27), DemoCalendar.addWorkingDays(LocalDate.of(2023, 1, 19), 1));
    }

    @Test
    void planHoldsTheRightNodesWithUniqueNames() {
        assertEquals(DemoYear.INCOMING + DemoYear.OUTGOING + DemoYear.DOSSIERS, PLAN.size());
        Set<String> names = new HashSet<>();
        PLAN.forEach(node -> assertTrue(names.add(node.folder() + "/" + node.name()), node.name()));
        assertEquals(640, PLAN.stream().filter(node -> node.content() == PlannedNode.Content.SIGNED_PDF).count());
        assertEquals(2283, PLAN.stream().filter(node -> node.content() == PlannedNode.Content.PDF).count());
        PLAN.forEach(node -> node.properties().keySet().forEach(key -> assertTrue(key.startsWith("vt:"), key)));
        // Every date of the plan lies in the period; numbering restarts on 01/01.
        PLAN.stream().filter(node -> node.folder() == PlannedNode.Folder.OUTGOING).forEach(node -> {
            LocalDate issued = LocalDate.parse((String) node.properties().get("vt:issuedDate"));
            assertTrue(!issued.isBefore(DemoCalendar.FROM) && !issued.isAfter(DemoCalendar.TO));
        });
        PlannedNode first2023 = PLAN.stream().filter(node -> node.name().equals("vb-di-2023-0001.pdf")).findFirst()
                .orElseThrow();
        assertEquals(1, first2023.properties().get("vt:codeNumber"));
        assertTrue(((String) first2023.properties().get("vt:codeNotation")).startsWith("01/"));
        assertTrue(LocalDate.parse((String) first2023.properties().get("vt:issuedDate")).getYear() == 2023);
    }

    @Test
    void dossierTimesAreConsistent() {
        PLAN.stream().filter(node -> node.folder() == PlannedNode.Folder.DOSSIERS).forEach(node -> {
            Instant received = instant(node.properties(), "vt:receivedAt");
            Instant finished = instant(node.properties(), "vt:finishedAt");
            Instant appointment = instant(node.properties(), "vt:appointmentAt");
            assertTrue(appointment.isAfter(received), node.name());
            if (finished != null) {
                assertTrue(finished.isAfter(received), node.name());
                assertTrue(!LocalDate.ofInstant(finished, HANOI).isAfter(DemoCalendar.TO), node.name());
                assertTrue(DemoCalendar.isWorkingDay(LocalDate.ofInstant(finished, HANOI)), node.name());
            }
            // Every procedure but the placeholder is in the shipped catalogue, with the same field and
            // unit: the dossier behaviour copies those from the catalogue when it creates the node.
            String code = (String) node.properties().get("vt:procedureCode");
            if (!code.equals("DEMO.TK.01")) {
                vn.vanthu.dossier.Procedure procedure = CATALOGUE.find(code, LocalDate.ofInstant(received, HANOI))
                        .orElseThrow(() -> new AssertionError(code));
                assertEquals(procedure.field(), node.properties().get("vt:field"), code);
                assertEquals(procedure.handlingUnit(), node.properties().get("vt:handlingUnit"), code);
                assertEquals(procedure.nameVi(), node.properties().get("vt:procedureName"), code);
            }
        });
    }

    @Test
    void documentsReproduceTheSeedFigures() {
        DocumentReport report = DocumentReport.compute(statistics(), SEED);
        assertEquals(2283, report.received());
        assertEquals(2283, report.enteredElectronically());
        assertEquals(640, report.issued());
        assertEquals(640, report.transmittedElectronically());
        assertEquals(640, report.signed());
    }

    @Test
    void dossiersReproduceTheSeedFigures() {
        Statistics statistics = statistics();
        assertEquals(3015, DossierReport.compute(statistics, SEED, GroupBy.FIELD, ElectronicFilter.ALL)
                .total().receivedTotal());
        DossierReport electronic = DossierReport.compute(statistics, SEED, GroupBy.UNIT, ElectronicFilter.TRUE);
        DossierCounts total = electronic.total();
        assertEquals(1514, total.receivedTotal());
        assertEquals(1228, total.early());
        assertEquals(246, total.onTime());
        assertEquals(28, total.late());
        assertEquals(12, total.withinDeadline());
        assertEquals(0, total.overdue());
        assertEquals(0, total.carriedOver());
        assertUnit(electronic, DemoYear.JUSTICE, 1283, 1274, 7, 2);
        assertUnit(electronic, DemoYear.CULTURE, 45, 43, 0, 2);
        assertUnit(electronic, DemoYear.LAND, 185, 156, 21, 8);
        assertUnit(electronic, DemoYear.OFFICE, 1, 1, 0, 0);
    }

    private static void assertUnit(DossierReport report, String unit, long received, long inTime, long late, long open) {
        DossierCounts counts = report.countsOf(unit);
        assertEquals(received, counts.receivedTotal(), unit);
        assertEquals(inTime, counts.early() + counts.onTime(), unit);
        assertEquals(late, counts.late(), unit);
        assertEquals(open, counts.inProgressTotal(), unit);
    }
}
