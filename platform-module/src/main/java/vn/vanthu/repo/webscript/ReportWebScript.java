package vn.vanthu.repo.webscript;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vanthu.report.Period;
import vn.vanthu.report.ReportMessages;
import vn.vanthu.report.ReportParameterException;
import vn.vanthu.report.Statistics;
import vn.vanthu.report.StatisticsStore;
import vn.vanthu.report.output.ReportFormat;
import vn.vanthu.report.output.ReportView;
import vn.vanthu.report.output.ReportWriter;
import vn.vanthu.json.LineSafeJson;

/**
 * Base of the report web scripts (GET /vanthu/reports/...): checks who asks (403), reads and
 * validates {@code from}, {@code to}, {@code format} and {@code lang} (400 with the reason in the
 * caller's language), computes the report from one snapshot of the statistics and writes it as
 * JSON, CSV, XLSX or HTML. The descriptors ask for a read-only transaction.
 */
public abstract class ReportWebScript extends AbstractWebScript {

    private static final ObjectMapper JSON = LineSafeJson.mapper();

    private StatisticsStore statisticsStore;
    private ReportAccess reportAccess;

    public void setStatisticsStore(StatisticsStore statisticsStore) {
        this.statisticsStore = statisticsStore;
    }

    public void setReportAccess(ReportAccess reportAccess) {
        this.reportAccess = reportAccess;
    }

    /** The report of the period as a view in the language of {@code messages}. */
    protected abstract ReportView build(WebScriptRequest request, Statistics statistics, Period period,
                                        ReportMessages messages);

    @Override
    public void execute(WebScriptRequest request, WebScriptResponse response) throws IOException {
        // The commune's language unless the caller asks for English with lang=en.
        ReportMessages messages = ReportMessages.of(ReportMessages.VIETNAMESE);
        try {
            messages = ReportMessages.forLanguage(request.getParameter("lang"));
            if (!reportAccess.isAllowed()) {
                error(response, Status.STATUS_FORBIDDEN, reportAccess.refusal(messages));
                return;
            }
            ReportFormat format = ReportFormat.parse(request.getParameter("format"));
            Period period = Period.parse(request.getParameter("from"), request.getParameter("to"));
            ReportView view = build(request, statisticsStore.snapshot(), period, messages);
            response.setStatus(Status.STATUS_OK);
            response.setContentType(format.contentType());
            if (format == ReportFormat.CSV || format == ReportFormat.XLSX) {
                response.setHeader("Content-Disposition", "attachment; filename=\"" + view.name() + "-"
                        + period.from() + "-" + period.to() + "." + format.extension() + "\"");
            }
            ReportWriter.write(view, format, response.getOutputStream());
        } catch (ReportParameterException e) {
            error(response, Status.STATUS_BAD_REQUEST, e.getMessage(messages.locale()));
        }
    }

    /** Writes {"status": code, "message": text}. */
    static void error(WebScriptResponse response, int status, String message) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("message", message);
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        OutputStream out = response.getOutputStream();
        out.write(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** An optional whole-number parameter within bounds. */
    static int intParameter(WebScriptRequest request, String name, int defaultValue, int min, int max) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ReportParameterException("error.paging", name, min, max, value);
    }
}
