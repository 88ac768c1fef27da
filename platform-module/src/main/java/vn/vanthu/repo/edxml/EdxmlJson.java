package vn.vanthu.repo.edxml;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.extensions.webscripts.WebScriptResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vanthu.edxml.EdxmlProblem;

/** JSON answers of the edXML web scripts. */
final class EdxmlJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EdxmlJson() {
    }

    /** {"status": 400, "message": "first problem vi / en", "problems": [{code, field, vi, en}...]}. */
    static void refusal(WebScriptResponse response, EdxmlRefusal refusal) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", refusal.status());
        body.put("message", refusal.getMessage());
        List<Map<String, String>> problems = refusal.problems().stream().map(EdxmlProblem::toMap).toList();
        body.put("problems", problems);
        write(response, refusal.status(), body);
    }

    static void write(WebScriptResponse response, int status, Map<String, ?> body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        OutputStream out = response.getOutputStream();
        out.write(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
