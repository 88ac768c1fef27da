package vn.vanthu.repo.webscript;

import org.springframework.extensions.webscripts.WebScriptRequest;

import vn.vanthu.report.DocumentReport;
import vn.vanthu.report.Period;
import vn.vanthu.report.ReportMessages;
import vn.vanthu.report.Statistics;
import vn.vanthu.report.output.ReportView;
import vn.vanthu.report.output.ReportViews;

/** GET /vanthu/reports/documents?from=&amp;to=&amp;format=: documents received, entered, issued, transmitted, signed. */
public class DocumentsReportWebScript extends ReportWebScript {

    @Override
    protected ReportView build(WebScriptRequest request, Statistics statistics, Period period, ReportMessages messages) {
        return ReportViews.documents(DocumentReport.compute(statistics, period), messages);
    }
}
