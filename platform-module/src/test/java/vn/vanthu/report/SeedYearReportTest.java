package vn.vanthu.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The seed year of domain README section 1 comes out of the statistics exactly. */
class SeedYearReportTest {

    private static final Period SEED = new Period(SeedYearFacts.FROM, SeedYearFacts.TO);

    /** The statistics as the behaviours build them: one delta per created node, applied to a store. */
    private static Statistics trackedSeedYear() {
        InMemoryStatisticsStore store = new InMemoryStatisticsStore();
        SeedYearFacts.build().forEach(facts -> store.apply(StatisticsDelta.between(null, facts)));
        return store.snapshot();
    }

    @Test
    void documentsOfTheSeedYear() {
        DocumentReport report = DocumentReport.compute(trackedSeedYear(), SEED);
        assertEquals(2283, report.received());
        assertEquals(2283, report.enteredElectronically());
        assertEquals(640, report.issued());
        assertEquals(640, report.transmittedElectronically());
        assertEquals(640, report.signed());
        assertEquals(new BigDecimal("100.0"), report.signedShare());
        assertEquals(new BigDecimal("100.0"), report.enteredShare());
    }

    @Test
    void electronicDossiersByUnitMatchTheCommuneReport() {
        DossierReport report = DossierReport.compute(trackedSeedYear(), SEED, GroupBy.UNIT, ElectronicFilter.TRUE);
        DossierCounts total = report.total();
        assertEquals(1514, total.receivedTotal());
        assertEquals(0, total.carriedOver());
        assertEquals(1228, total.early());
        assertEquals(246, total.onTime());
        assertEquals(28, total.late());
        assertEquals(12, total.withinDeadline());
        assertEquals(0, total.overdue());
        assertUnit(report, SeedYearFacts.JUSTICE, 1283, 1274, 7, 2);
        assertUnit(report, SeedYearFacts.CULTURE, 45, 43, 0, 2);
        assertUnit(report, SeedYearFacts.LAND, 185, 156, 21, 8);
        assertUnit(report, SeedYearFacts.OFFICE, 1, 1, 0, 0);
        assertEquals(4, report.groups().size());
        report.groups().forEach(group -> assertTrue(group.counts().isConsistent(), group.key()));
        assertTrue(total.isConsistent());
    }

    private static void assertUnit(DossierReport report, String unit, long received, long inTime, long late,
                                   long inProgress) {
        DossierCounts counts = report.countsOf(unit);
        assertEquals(received, counts.receivedTotal(), unit);
        assertEquals(inTime, counts.early() + counts.onTime(), unit);
        assertEquals(late, counts.late(), unit);
        assertEquals(inProgress, counts.inProgressTotal(), unit);
    }

    @Test
    void allDossiersAndTheElectronicSplit() {
        Statistics statistics = trackedSeedYear();
        DossierReport all = DossierReport.compute(statistics, SEED, GroupBy.FIELD, ElectronicFilter.ALL);
        DossierReport paper = DossierReport.compute(statistics, SEED, GroupBy.FIELD, ElectronicFilter.FALSE);
        DossierReport electronic = DossierReport.compute(statistics, SEED, GroupBy.FIELD, ElectronicFilter.TRUE);
        assertEquals(3015, all.total().receivedTotal());
        assertEquals(1501, paper.total().receivedTotal());
        assertEquals(all.total(), paper.total().plus(electronic.total()));
        assertEquals(all.total().receivedTotal(),
                all.total().onlineInPeriod() + all.total().directInPeriod() + all.total().carriedOver());
        // Within Tư pháp - Hộ tịch, the 1,274 settled in time split 799 certification / 475 civil status.
        DossierCounts certification = electronic.countsOf("Chứng thực");
        DossierCounts civilStatus = electronic.countsOf("Hộ tịch");
        assertEquals(799, certification.early() + certification.onTime());
        assertEquals(475, civilStatus.early() + civilStatus.onTime());
        assertEquals(List.of("Bảo trợ xã hội", "Chứng thực", "Đất đai", "Hộ tịch", "Thống kê"),
                electronic.groups().stream().map(DossierReport.Group::key).collect(Collectors.toList()));
    }

    @Test
    void vietnameseSummaryInTheCommuneStyle() {
        SummaryReport summary = SummaryReport.compute(trackedSeedYear(), SEED, ReportMessages.of(ReportMessages.VIETNAMESE));
        assertEquals(List.of(
                "Kết quả công tác văn thư và bộ phận một cửa từ ngày 15/12/2022 đến ngày 06/12/2023:",
                "- Văn bản đến: tiếp nhận 2.283 văn bản, trong đó 2.283 văn bản được cập nhật vào phần mềm (đạt 100%).",
                "- Văn bản đi: phát hành 640 văn bản, trong đó 640 văn bản được gửi qua mạng (đạt 100%), "
                        + "640 văn bản được ký số (đạt 100%).",
                "- Hồ sơ thủ tục hành chính: tiếp nhận 3.015 hồ sơ tại bộ phận một cửa, trong đó 1.514 hồ sơ được "
                        + "xử lý trên môi trường điện tử: đã giải quyết 1.502 hồ sơ (trước hạn 1.228 hồ sơ, đúng hạn "
                        + "246 hồ sơ, trễ hạn 28 hồ sơ), đang giải quyết 12 hồ sơ (trong hạn 12 hồ sơ, quá hạn 0 hồ sơ).",
                "- Theo bộ phận giải quyết (hồ sơ xử lý trên môi trường điện tử):",
                "+ Địa chính-NN-XD&MT: 185 hồ sơ (giải quyết trước hạn và đúng hạn 156 hồ sơ, trễ hạn 21 hồ sơ, "
                        + "đang giải quyết 8 hồ sơ);",
                "+ Tư pháp - Hộ tịch: 1.283 hồ sơ (giải quyết trước hạn và đúng hạn 1.274 hồ sơ, trễ hạn 7 hồ sơ, "
                        + "đang giải quyết 2 hồ sơ);",
                "+ Văn hóa - xã hội: 45 hồ sơ (giải quyết trước hạn và đúng hạn 43 hồ sơ, trễ hạn 0 hồ sơ, "
                        + "đang giải quyết 2 hồ sơ);",
                "+ Văn phòng - Thống kê: 1 hồ sơ (giải quyết trước hạn và đúng hạn 1 hồ sơ, trễ hạn 0 hồ sơ, "
                        + "đang giải quyết 0 hồ sơ);"),
                summary.paragraphs());
        assertEquals("vi", summary.language());
    }

    @Test
    void englishSummaryUsesEnglishNumbers() {
        SummaryReport summary = SummaryReport.compute(trackedSeedYear(), SEED, ReportMessages.of(Locale.ENGLISH));
        assertEquals("- Administrative procedure dossiers: 3,015 received at the one-stop shop; 1,514 handled "
                + "electronically: 1,502 settled (1,228 before the deadline, 246 on time, 28 late), 12 still in "
                + "progress (12 within the deadline, 0 overdue).", summary.paragraphs().get(3));
        assertEquals("- Incoming documents: 2,283 received, of which 2,283 entered into the software (100%).",
                summary.paragraphs().get(1));
    }
}
