package vn.vanthu.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.vanthu.report.output.ReportFormat;
import vn.vanthu.report.output.ReportView;
import vn.vanthu.report.output.ReportViews;
import vn.vanthu.report.output.ReportWriter;

/** The feedback figures from the statistics of real-looking feedback, kept exact through changes. */
class FeedbackReportTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private static FeedbackFacts facts(String status, String received, String channel, String field, Boolean admissible, String due,
                                       String answered) {
        return FeedbackFacts.fromProperties(status, Instant.parse(received), channel, field, admissible,
                due == null ? null : Instant.parse(due), answered == null ? null : Instant.parse(answered),
                Instant.parse("2023-12-01T00:00:00Z"), VN);
    }

    private static final List<FeedbackFacts> YEAR = List.of(
            // answered on time
            facts("ANSWERED", "2023-01-18T03:00:00Z", "PORTAL", "Hộ tịch", true, "2023-02-08T10:00:00Z", "2023-02-01T08:00:00Z"),
            // answered late
            facts("PUBLISHED", "2023-03-01T03:00:00Z", "COUNTER", "Chứng thực", true, "2023-03-15T10:00:00Z", "2023-03-20T08:00:00Z"),
            // not admissible: never open
            facts("NOT_ADMISSIBLE", "2023-03-02T03:00:00Z", "PORTAL", "", false, "2023-03-16T10:00:00Z", null),
            // open, overdue at 30/06
            facts("ASSIGNED", "2023-06-01T03:00:00Z", "EMAIL", "Hộ tịch", true, "2023-06-15T10:00:00Z", null),
            // open, within due at 30/06
            facts("RECEIVED", "2023-06-26T03:00:00Z", "PORTAL", "Hộ tịch", true, "2023-07-10T10:00:00Z", null),
            // closed without an answer time: ended at cm:modified (01/12), after the period
            facts("CLOSED", "2023-06-20T03:00:00Z", "PHONE", "Đất đai", true, "2023-07-04T10:00:00Z", null));

    @Test
    void firstHalfOf2023ByChannel() {
        FeedbackReport report = FeedbackReport.compute(Statistics.count(YEAR), new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30)),
                FeedbackReport.Grouping.CHANNEL);
        assertEquals(new FeedbackReport.Counts(6, 5, 1, 1, 1, 2, 1), report.total());
        assertEquals(new FeedbackReport.Counts(3, 2, 1, 1, 0, 1, 0), report.countsOf("PORTAL"));
        assertEquals(new FeedbackReport.Counts(1, 1, 0, 0, 0, 0, 1), report.countsOf("EMAIL"));
        assertEquals(new FeedbackReport.Counts(1, 1, 0, 0, 1, 0, 0), report.countsOf("COUNTER"));
    }

    @Test
    void aLaterPeriodCarriesTheOpenOnesAndByFieldGroupsFields() {
        FeedbackReport report = FeedbackReport.compute(Statistics.count(YEAR), new Period(LocalDate.of(2023, 7, 1), LocalDate.of(2023, 12, 6)),
                FeedbackReport.Grouping.FIELD);
        // Nothing received; the closed one ends on 01/12, late; the two June ones stay open and overdue.
        assertEquals(new FeedbackReport.Counts(0, 0, 0, 0, 1, 0, 2), report.total());
        assertEquals(new FeedbackReport.Counts(0, 0, 0, 0, 0, 0, 2), report.countsOf("Hộ tịch"));
    }

    @Test
    void answeringAFeedbackMovesItFromOverdueToLateThroughTheDelta() {
        FeedbackFacts before = YEAR.get(3);
        FeedbackFacts after = facts("ANSWERED", "2023-06-01T03:00:00Z", "EMAIL", "Hộ tịch", true, "2023-06-15T10:00:00Z",
                "2023-06-20T02:00:00Z");
        Map<Bucket, Long> counted = new java.util.HashMap<>(Statistics.count(YEAR).buckets());
        StatisticsDelta.between(before, after).forEach((b, c) -> counted.merge(b, c, Long::sum));
        List<FeedbackFacts> changed = new ArrayList<>(YEAR);
        changed.set(3, after);
        assertEquals(Statistics.count(changed).buckets(), Statistics.of(counted).buckets());
        FeedbackReport report = FeedbackReport.compute(Statistics.of(counted), new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30)),
                FeedbackReport.Grouping.CHANNEL);
        assertEquals(new FeedbackReport.Counts(1, 1, 0, 0, 1, 0, 0), report.countsOf("EMAIL"));
    }

    @Test
    void theReportIsWrittenInEveryFormatAndTheSummaryHasAParagraph() throws Exception {
        Period half = new Period(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30));
        ReportView view = ReportViews.feedback(FeedbackReport.compute(Statistics.count(YEAR), half, FeedbackReport.Grouping.CHANNEL),
                ReportMessages.forLanguage("vi"));
        for (ReportFormat format : ReportFormat.values()) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            ReportWriter.write(view, format, out);
            assertTrue(out.size() > 100, format.name());
        }
        java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
        ReportWriter.write(view, ReportFormat.CSV, csv);
        assertTrue(csv.toString(java.nio.charset.StandardCharsets.UTF_8).contains("Cổng thông tin điện tử"));
        SummaryReport vi = SummaryReport.compute(Statistics.count(YEAR), half, ReportMessages.forLanguage("vi"));
        assertTrue(vi.text().contains("Phản ánh, kiến nghị về quy định hành chính: tiếp nhận 6 (5 đủ điều kiện xử lý, 1 không đủ điều kiện);"
                + " đã trả lời 2 (1 đúng hạn, 1 quá hạn); đang xử lý 3, trong đó 1 quá hạn."), vi.text());
        SummaryReport en = SummaryReport.compute(Statistics.count(YEAR), half, ReportMessages.forLanguage("en"));
        assertTrue(en.text().contains("6 received (5 admissible, 1 not admissible)"), en.text());
    }
}
