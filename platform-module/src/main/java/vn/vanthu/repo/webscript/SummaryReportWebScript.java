package vn.vanthu.repo.webscript;

import org.springframework.extensions.webscripts.WebScriptRequest;

import vn.vanthu.report.Period;
import vn.vanthu.report.ReportMessages;
import vn.vanthu.report.Statistics;
import vn.vanthu.report.SummaryReport;
import vn.vanthu.report.output.ReportView;
import vn.vanthu.report.output.ReportViews;

/** GET /vanthu/reports/summary?from=&amp;to=&amp;lang=vi|en: the annual report's paragraphs. */
public class SummaryReportWebScript extends ReportWebScript {

    @Override
    protected ReportView build(WebScriptRequest request, Statistics statistics, Period period, ReportMessages messages) {
        return ReportViews.summary(SummaryReport.compute(statistics, period, messages), messages);
    }
}
