package vn.vanthu.tools.seed;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The few calls of Alfresco's public REST API v1 that seed-demo needs, over java.net.http with
 * basic authentication. Answers are the {@code entry} objects of the API.
 */
public final class AlfrescoClient {

    static final String API = "/api/-default-/public/alfresco/versions/1";

    /** A call the repository answered with an error status. */
    public static final class ApiException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int status;

        ApiException(String call, int status, String body) {
            super(call + " -> HTTP " + status + ": " + message(body));
            this.status = status;
        }

        public int status() {
            return status;
        }

        private static String message(String body) {
            try {
                JsonNode briefSummary = new ObjectMapper().readTree(body).at("/error/briefSummary");
                return briefSummary.isMissingNode() ? body : briefSummary.asText();
            } catch (IOException e) {
                return body;
            }
        }
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
    private final String base;
    private final String authorization;

    /** @param url the repository's URL, e.g. http://localhost:8080/alfresco */
    public AlfrescoClient(String url, String user, String password) {
        this.base = (url.endsWith("/") ? url.substring(0, url.length() - 1) : url) + API;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** URL-encodes a path or query part (spaces as %20). */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", authorization).header("Accept", "application/json");
    }

    private JsonNode send(String call, HttpRequest request) throws IOException {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                throw new ApiException(call, response.statusCode(), response.body());
            }
            return response.body().isEmpty() ? json.createObjectNode() : json.readTree(response.body());
        } catch (java.net.ConnectException e) {
            throw new IOException("cannot connect to " + request.uri() + " (is the repository running at this URL?)"
                    + " / không kết nối được tới máy chủ", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(call + " interrupted", e);
        }
    }

    /** GET, answering the entry. */
    public JsonNode get(String path) throws IOException {
        return send("GET " + path, request(path).GET().build()).path("entry");
    }

    /** GET, or empty when the repository answers 404. */
    public Optional<JsonNode> find(String path) throws IOException {
        try {
            return Optional.of(get(path));
        } catch (ApiException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** POST a JSON body, answering the entry. */
    public JsonNode post(String path, Object body) throws IOException {
        return send("POST " + path, request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build()).path("entry");
    }

    /** PUT a JSON body, answering the entry. */
    public JsonNode put(String path, Object body) throws IOException {
        return send("PUT " + path, request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build()).path("entry");
    }

    /** Replaces the content of a node. */
    public JsonNode putContent(String nodeId, byte[] content, String mimetype) throws IOException {
        String path = "/nodes/" + nodeId + "/content";
        return send("PUT " + path, request(path).header("Content-Type", mimetype)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)).build()).path("entry");
    }

    /** Every child of a folder (paged through), as entries with their content information. */
    public List<JsonNode> children(String folderId) throws IOException {
        List<JsonNode> children = new ArrayList<>();
        int skip = 0;
        while (true) {
            String path = "/nodes/" + folderId + "/children?skipCount=" + skip + "&maxItems=1000";
            JsonNode list = send("GET " + path, request(path).GET().build()).path("list");
            list.path("entries").forEach(entry -> children.add(entry.path("entry")));
            if (!list.at("/pagination/hasMoreItems").asBoolean(false) || list.path("entries").isEmpty()) {
                return children;
            }
            skip += list.path("entries").size();
        }
    }
}
