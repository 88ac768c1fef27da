package vn.vanthu.repo.webscript;

import org.springframework.extensions.webscripts.WebScriptRequest;

import vn.vanthu.report.Period;
import vn.vanthu.report.ReportMessages;
import vn.vanthu.report.SignatureCoverage;
import vn.vanthu.report.Statistics;
import vn.vanthu.report.output.ReportView;
import vn.vanthu.report.output.ReportViews;
import vn.vanthu.repo.store.NotValidListing;
import vn.vanthu.repo.store.ReceivedNotValidListing;

/**
 * GET /vanthu/reports/signature-coverage?from=&amp;to=&amp;skipCount=&amp;maxItems=: counts by signature status
 * (from the statistics) and one page of the outgoing documents that are not VALID (from the nodes),
 * then the documents received electronically whose signature fails (edXML, issue 12).
 */
public class SignatureCoverageReportWebScript extends ReportWebScript {

    static final int DEFAULT_PAGE = 50;
    static final int MAX_PAGE = 500;

    private NotValidListing notValidListing;

    private ReceivedNotValidListing receivedNotValidListing;

    public void setNotValidListing(NotValidListing notValidListing) {
        this.notValidListing = notValidListing;
    }

    public void setReceivedNotValidListing(ReceivedNotValidListing receivedNotValidListing) {
        this.receivedNotValidListing = receivedNotValidListing;
    }

    @Override
    protected ReportView build(WebScriptRequest request, Statistics statistics, Period period, ReportMessages messages) {
        int skipCount = intParameter(request, "skipCount", 0, 0, Integer.MAX_VALUE - MAX_PAGE);
        int maxItems = intParameter(request, "maxItems", DEFAULT_PAGE, 1, MAX_PAGE);
        SignatureCoverage coverage = SignatureCoverage.compute(statistics, period,
                notValidListing.page(period, skipCount, maxItems));
        ReportView view = ReportViews.signatureCoverage(coverage, messages);
        return receivedNotValidListing == null ? view : receivedNotValidListing.extend(view, period, messages);
    }
}
