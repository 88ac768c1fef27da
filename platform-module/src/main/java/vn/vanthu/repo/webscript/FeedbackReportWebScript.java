package vn.vanthu.repo.webscript;

import org.springframework.extensions.webscripts.WebScriptRequest;

import vn.vanthu.report.FeedbackReport;
import vn.vanthu.report.Period;
import vn.vanthu.report.ReportMessages;
import vn.vanthu.report.Statistics;
import vn.vanthu.report.output.ReportView;
import vn.vanthu.report.output.ReportViews;

/** GET /vanthu/reports/feedback?from=&amp;to=&amp;groupBy=channel|field: feedback on administrative regulations. */
public class FeedbackReportWebScript extends ReportWebScript {

    @Override
    protected ReportView build(WebScriptRequest request, Statistics statistics, Period period, ReportMessages messages) {
        return ReportViews.feedback(FeedbackReport.compute(statistics, period, FeedbackReport.Grouping.parse(request.getParameter("groupBy"))),
                messages);
    }
}
