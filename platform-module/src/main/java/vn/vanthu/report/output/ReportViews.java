package vn.vanthu.report.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.vanthu.report.DocumentReport;
import vn.vanthu.report.DossierCounts;
import vn.vanthu.report.DossierReport;
import vn.vanthu.report.FeedbackReport;
import vn.vanthu.report.Period;
import vn.vanthu.report.ReportMessages;
import vn.vanthu.report.SignatureCoverage;
import vn.vanthu.report.SummaryReport;

/** Turns each report into its {@link ReportView}: the JSON shapes of the API and the tables. */
public final class ReportViews {

    private ReportViews() {
    }

    private static Map<String, Object> header(Period period) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", period.from().toString());
        json.put("to", period.to().toString());
        return json;
    }

    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            json.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return json;
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    /** {"from","to","incoming":{"received","enteredElectronically"},"outgoing":{...,"signedShare"}} */
    public static ReportView documents(DocumentReport report, ReportMessages messages) {
        Map<String, Object> json = header(report.period());
        json.put("incoming", object("received", report.received(),
                "enteredElectronically", report.enteredElectronically()));
        json.put("outgoing", object("issued", report.issued(),
                "transmittedElectronically", report.transmittedElectronically(),
                "signed", report.signed(), "signedShare", report.signedShare()));
        String incoming = messages.get("documents.incoming");
        String outgoing = messages.get("documents.outgoing");
        List<List<Object>> rows = List.of(
                row(incoming, messages.get("documents.received"), report.received()),
                row(incoming, messages.get("documents.enteredElectronically"), report.enteredElectronically()),
                row(incoming, messages.get("documents.enteredShare"), report.enteredShare()),
                row(outgoing, messages.get("documents.issued"), report.issued()),
                row(outgoing, messages.get("documents.transmittedElectronically"), report.transmittedElectronically()),
                row(outgoing, messages.get("documents.transmittedShare"), report.transmittedShare()),
                row(outgoing, messages.get("documents.signed"), report.signed()),
                row(outgoing, messages.get("documents.signedShare"), report.signedShare()));
        String title = messages.format("documents.title", messages.day(report.period().from()),
                messages.day(report.period().to()));
        ReportTable table = new ReportTable(title, List.of(messages.get("documents.section"),
                messages.get("documents.figure"), messages.get("documents.value")), rows);
        return new ReportView("documents", lang(messages), title, json, List.of(table), List.of());
    }

    /** The Biểu 06 structure per group and in total. */
    public static ReportView dossiers(DossierReport report, ReportMessages messages) {
        Map<String, Object> json = header(report.period());
        json.put("groupBy", report.groupBy().parameter());
        json.put("electronic", report.electronic().parameter());
        List<Object> groups = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        for (DossierReport.Group group : report.groups()) {
            String label = SummaryReport.label(messages, group.key());
            Map<String, Object> entry = object("key", group.key(), "label", label);
            entry.putAll(counts(group.counts()));
            groups.add(entry);
            rows.add(cells(label, group.counts()));
        }
        json.put("groups", groups);
        json.put("total", counts(report.total()));
        rows.add(cells(messages.get("dossiers.total"), report.total()));
        String title = messages.format("dossiers.title", messages.day(report.period().from()),
                messages.day(report.period().to()),
                messages.get("dossiers.group." + report.groupBy().parameter()).toLowerCase(messages.locale()),
                messages.get("dossiers.electronic." + report.electronic().parameter()));
        List<String> columns = new ArrayList<>();
        columns.add(messages.get("dossiers.group." + report.groupBy().parameter()));
        for (String column : List.of("received.total", "received.onlineInPeriod", "received.directInPeriod",
                "received.carriedOver", "settled.total", "settled.early", "settled.onTime", "settled.late",
                "inProgress.total", "inProgress.withinDeadline", "inProgress.overdue")) {
            columns.add(messages.get("dossiers." + column));
        }
        return new ReportView("dossiers", lang(messages), title, json,
                List.of(new ReportTable(title, columns, rows)), List.of());
    }

    private static Map<String, Object> counts(DossierCounts counts) {
        return object(
                "received", object("total", counts.receivedTotal(), "onlineInPeriod", counts.onlineInPeriod(),
                        "directInPeriod", counts.directInPeriod(), "carriedOver", counts.carriedOver()),
                "settled", object("total", counts.settledTotal(), "early", counts.early(),
                        "onTime", counts.onTime(), "late", counts.late()),
                "inProgress", object("total", counts.inProgressTotal(),
                        "withinDeadline", counts.withinDeadline(), "overdue", counts.overdue()));
    }

    private static List<Object> cells(String label, DossierCounts counts) {
        return row(label, counts.receivedTotal(), counts.onlineInPeriod(), counts.directInPeriod(),
                counts.carriedOver(), counts.settledTotal(), counts.early(), counts.onTime(), counts.late(),
                counts.inProgressTotal(), counts.withinDeadline(), counts.overdue());
    }

    /** Counts by status for outgoing and incoming documents and the page of not-VALID outgoing ones. */
    public static ReportView signatureCoverage(SignatureCoverage coverage, ReportMessages messages) {
        Map<String, Object> json = header(coverage.period());
        json.put("outgoing", coverage.outgoing());
        json.put("incoming", coverage.incoming());
        SignatureCoverage.NotValidPage page = coverage.notValid();
        List<Object> items = new ArrayList<>();
        List<List<Object>> listRows = new ArrayList<>();
        for (SignatureCoverage.NotValidDocument document : page.items()) {
            items.add(object("id", document.id(), "name", document.name(), "notation", document.notation(),
                    "issuedDate", document.issuedDate(), "status", document.status(), "reason", document.reason()));
            listRows.add(row(document.name(), document.notation(), document.issuedDate(),
                    statusLabel(messages, document.status()), document.reason()));
        }
        json.put("notValid", object("total", coverage.outgoingNotValid(), "skipCount", page.skipCount(),
                "maxItems", page.maxItems(), "hasMoreItems", page.hasMoreItems(), "items", items));
        List<List<Object>> countRows = new ArrayList<>();
        coverage.outgoing().forEach((status, count) -> countRows.add(
                row(statusLabel(messages, status), count, coverage.incoming().getOrDefault(status, 0L))));
        coverage.incoming().forEach((status, count) -> {
            if (!coverage.outgoing().containsKey(status)) {
                countRows.add(row(statusLabel(messages, status), 0L, count));
            }
        });
        String title = messages.format("coverage.title", messages.day(coverage.period().from()),
                messages.day(coverage.period().to()));
        ReportTable counts = new ReportTable(title, List.of(messages.get("coverage.status"),
                messages.get("coverage.outgoing"), messages.get("coverage.incoming")), countRows);
        ReportTable list = new ReportTable(messages.get("coverage.notValid"), List.of(messages.get("coverage.name"),
                messages.get("coverage.notation"), messages.get("coverage.issuedDate"),
                messages.get("coverage.status"), messages.get("coverage.reason")), listRows);
        return new ReportView("signature-coverage", lang(messages), title, json, List.of(counts, list), List.of());
    }

    private static String statusLabel(ReportMessages messages, String status) {
        try {
            return messages.get("status." + status);
        } catch (java.util.MissingResourceException e) {
            return status;
        }
    }

    /** The paragraphs, as JSON {"from","to","lang","paragraphs","text"} and as a one-column table. */
    public static ReportView summary(SummaryReport summary, ReportMessages messages) {
        Map<String, Object> json = header(summary.period());
        json.put("lang", summary.language());
        json.put("paragraphs", summary.paragraphs());
        json.put("text", summary.text());
        String title = messages.format("summary.title", messages.day(summary.period().from()),
                messages.day(summary.period().to()));
        List<List<Object>> rows = new ArrayList<>();
        summary.paragraphs().forEach(paragraph -> rows.add(row(paragraph)));
        return new ReportView("summary", lang(messages), title, json,
                List.of(new ReportTable(title, List.of(messages.get("summary.column")), rows)), summary.paragraphs());
    }

    /** Feedback on administrative regulations per channel or field and in total (issue 13). */
    public static ReportView feedback(FeedbackReport report, ReportMessages messages) {
        Map<String, Object> json = header(report.period());
        json.put("groupBy", report.groupBy().parameter());
        List<Object> groups = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        for (FeedbackReport.Group group : report.groups()) {
            String label = feedbackLabel(messages, report.groupBy(), group.key());
            Map<String, Object> entry = object("key", group.key(), "label", label);
            entry.putAll(feedbackCounts(group.counts()));
            groups.add(entry);
            rows.add(feedbackCells(label, group.counts()));
        }
        json.put("groups", groups);
        json.put("total", feedbackCounts(report.total()));
        rows.add(feedbackCells(messages.get("dossiers.total"), report.total()));
        String title = messages.format("feedback.title", messages.day(report.period().from()), messages.day(report.period().to()),
                messages.get("feedback.group." + report.groupBy().parameter()).toLowerCase(messages.locale()));
        List<String> columns = new ArrayList<>();
        columns.add(messages.get("feedback.group." + report.groupBy().parameter()));
        for (String column : List.of("received", "admissible", "notAdmissible", "answered", "answeredOnTime", "answeredLate",
                "open", "openWithinDue", "openOverdue")) {
            columns.add(messages.get("feedback." + column));
        }
        return new ReportView("feedback", lang(messages), title, json, List.of(new ReportTable(title, columns, rows)), List.of());
    }

    /** The label of a channel (its list label) or field key. */
    public static String feedbackLabel(ReportMessages messages, FeedbackReport.Grouping groupBy, String key) {
        if (groupBy == FeedbackReport.Grouping.CHANNEL && !key.isEmpty()) {
            try {
                return messages.get("feedback.channel." + key);
            } catch (java.util.MissingResourceException e) {
                return key;
            }
        }
        return SummaryReport.label(messages, key);
    }

    private static Map<String, Object> feedbackCounts(FeedbackReport.Counts c) {
        return object("received", c.received(), "admissible", c.admissible(), "notAdmissible", c.notAdmissible(),
                "answered", object("total", c.answered(), "onTime", c.answeredOnTime(), "late", c.answeredLate()),
                "open", object("total", c.open(), "withinDue", c.openWithinDue(), "overdue", c.openOverdue()));
    }

    private static List<Object> feedbackCells(String label, FeedbackReport.Counts c) {
        return row(label, c.received(), c.admissible(), c.notAdmissible(), c.answered(), c.answeredOnTime(), c.answeredLate(),
                c.open(), c.openWithinDue(), c.openOverdue());
    }

    private static String lang(ReportMessages messages) {
        return messages.locale().getLanguage();
    }
}
