package vn.vanthu.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The paragraphs of the annual administrative-reform report about documents and dossiers, in the
 * commune's own wording, ready to paste. Dossier results are those handled electronically, as the
 * report states them; the number received is every dossier of the one-stop shop.
 */
public record SummaryReport(Period period, String language, List<String> paragraphs) {

    /** Writes the paragraphs of the period in the language of {@code messages}. */
    public static SummaryReport compute(Statistics statistics, Period period, ReportMessages messages) {
        DocumentReport documents = DocumentReport.compute(statistics, period);
        DossierReport all = DossierReport.compute(statistics, period, GroupBy.UNIT, ElectronicFilter.ALL);
        DossierReport electronic = DossierReport.compute(statistics, period, GroupBy.UNIT, ElectronicFilter.TRUE);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(messages.format("summary.period", messages.day(period.from()), messages.day(period.to())));
        paragraphs.add(messages.format("summary.incoming", messages.number(documents.received()),
                messages.number(documents.enteredElectronically()), share(messages, documents.enteredShare())));
        paragraphs.add(messages.format("summary.outgoing", messages.number(documents.issued()),
                messages.number(documents.transmittedElectronically()), share(messages, documents.transmittedShare()),
                messages.number(documents.signed()), share(messages, documents.signedShare())));
        DossierCounts total = all.total();
        DossierCounts handled = electronic.total();
        String received = messages.format("summary.dossiers.received", messages.number(total.receivedInPeriod()));
        if (total.carriedOver() > 0) {
            received += messages.format("summary.dossiers.carriedOver", messages.number(total.carriedOver()));
        }
        paragraphs.add(received + messages.format("summary.dossiers.results", messages.number(handled.handled()),
                messages.number(handled.settledTotal()), messages.number(handled.early()),
                messages.number(handled.onTime()), messages.number(handled.late()),
                messages.number(handled.inProgressTotal()), messages.number(handled.withinDeadline()),
                messages.number(handled.overdue())));
        if (!electronic.groups().isEmpty()) {
            paragraphs.add(messages.get("summary.units"));
            for (DossierReport.Group unit : electronic.groups()) {
                DossierCounts counts = unit.counts();
                paragraphs.add(messages.format("summary.unit", label(messages, unit.key()),
                        messages.number(counts.receivedTotal()), messages.number(counts.early() + counts.onTime()),
                        messages.number(counts.late()), messages.number(counts.inProgressTotal())));
            }
        }
        FeedbackReport.Counts feedback = FeedbackReport.compute(statistics, period, FeedbackReport.Grouping.CHANNEL).total();
        if (!feedback.isEmpty()) {
            paragraphs.add(messages.format("summary.feedback", messages.number(feedback.received()),
                    messages.number(feedback.admissible()), messages.number(feedback.notAdmissible()),
                    messages.number(feedback.answered()), messages.number(feedback.answeredOnTime()),
                    messages.number(feedback.answeredLate()), messages.number(feedback.open()),
                    messages.number(feedback.openOverdue())));
        }
        return new SummaryReport(period, messages.locale().getLanguage(), List.copyOf(paragraphs));
    }

    private static String share(ReportMessages messages, java.math.BigDecimal share) {
        return share == null ? messages.get("summary.noShare") : messages.percent(share) + "%";
    }

    /** The label of a field or unit key: the key itself, or "unspecified" for an empty key. */
    public static String label(ReportMessages messages, String key) {
        return key == null || key.isEmpty() ? messages.get("group.unspecified") : key;
    }

    /** The whole text, one paragraph per line. */
    public String text() {
        return String.join("\n", paragraphs);
    }
}
