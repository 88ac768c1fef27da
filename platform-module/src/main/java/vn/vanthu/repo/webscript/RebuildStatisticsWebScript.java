package vn.vanthu.repo.webscript;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vanthu.report.ReportMessages;
import vn.vanthu.repo.store.StatisticsRebuilder;
import vn.vanthu.json.LineSafeJson;

/**
 * POST /vanthu/reports/statistics/rebuild: recounts the statistics from the nodes (read-write
 * transaction, retried on a concurrent change), gives registered documents without vt:registerYear
 * theirs, and answers with the nodes read, the buckets corrected and the register years set or
 * undetermined.
 */
public class RebuildStatisticsWebScript extends AbstractWebScript {

    private static final ObjectMapper JSON = LineSafeJson.indented();

    private GuardedStatisticsRebuild rebuild;

    public void setRebuild(GuardedStatisticsRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Override
    public void execute(WebScriptRequest request, WebScriptResponse response) throws IOException {
        Optional<StatisticsRebuilder.Result> rebuilt = rebuild.rebuildIfAllowed();
        if (rebuilt.isEmpty()) {
            ReportWebScript.error(response, Status.STATUS_FORBIDDEN,
                    rebuild.refusal(ReportMessages.forLanguage("en".equals(request.getParameter("lang")) ? "en" : "vi")));
            return;
        }
        StatisticsRebuilder.Result result = rebuilt.get();
        response.setStatus(Status.STATUS_OK);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(JSON.writeValueAsString(result).getBytes(StandardCharsets.UTF_8));
        response.getOutputStream().flush();
    }
}
