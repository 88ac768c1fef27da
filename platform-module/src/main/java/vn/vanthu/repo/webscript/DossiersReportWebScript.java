package vn.vanthu.repo.webscript;

import org.springframework.extensions.webscripts.WebScriptRequest;

import vn.vanthu.report.DossierReport;
import vn.vanthu.report.ElectronicFilter;
import vn.vanthu.report.GroupBy;
import vn.vanthu.report.Period;
import vn.vanthu.report.ReportMessages;
import vn.vanthu.report.Statistics;
import vn.vanthu.report.output.ReportView;
import vn.vanthu.report.output.ReportViews;

/** GET /vanthu/reports/dossiers?from=&amp;to=&amp;groupBy=field|unit&amp;electronic=true|false|all: Biểu 06. */
public class DossiersReportWebScript extends ReportWebScript {

    @Override
    protected ReportView build(WebScriptRequest request, Statistics statistics, Period period, ReportMessages messages) {
        GroupBy groupBy = GroupBy.parse(request.getParameter("groupBy"));
        ElectronicFilter electronic = ElectronicFilter.parse(request.getParameter("electronic"));
        return ReportViews.dossiers(DossierReport.compute(statistics, period, groupBy, electronic), messages);
    }
}
