package vn.vanthu.tools;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A tiny in-memory stand-in for the REST API calls seed-demo makes, on 127.0.0.1, recording every
 * request. It can be told to fail after a number of node creations, like a server that goes away.
 */
final class FakeAlfresco implements AutoCloseable {

    /** One recorded request. */
    record Request(String method, String path, String query, String authorization, String contentType, byte[] body) {
    }

    /** One node: id, parent, name, type, properties, content bytes. */
    static final class Node {
        final String id;
        final String parent;
        final String name;
        final String type;
        final ObjectNode properties;
        byte[] content;

        Node(String id, String parent, String name, String type, ObjectNode properties) {
            this.id = id;
            this.parent = parent;
            this.name = name;
            this.type = type;
            this.properties = properties;
        }
    }

    private static final String API = "/alfresco/api/-default-/public/alfresco/versions/1";
    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    final Map<String, Node> nodes = new LinkedHashMap<>();
    private int nextId;
    int failAfterCreates = Integer.MAX_VALUE;
    private int creates;

    FakeAlfresco() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(API, this::handle);
        server.start();
        nodes.put("-root-", new Node("-root-", null, "Company Home", "cm:folder", json.createObjectNode()));
        nodes.put("doclib-phuho", new Node("doclib-phuho", null, "documentLibrary", "cm:folder", json.createObjectNode()));
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/alfresco";
    }

    List<Node> childrenOf(String parent) {
        return nodes.values().stream().filter(node -> parent.equals(node.parent)).toList();
    }

    Node child(String parent, String name) {
        return childrenOf(parent).stream().filter(node -> node.name.equals(name)).findFirst().orElse(null);
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String path = exchange.getRequestURI().getPath().substring(API.length());
        String query = exchange.getRequestURI().getRawQuery();
        String method = exchange.getRequestMethod();
        requests.add(new Request(method, path, query, exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Content-Type"), body));
        Map<String, String> parameters = parameters(query);
        String[] parts = path.split("/");
        if (method.equals("GET") && path.equals("/sites/phuho/containers/documentLibrary")) {
            reply(exchange, 200, entry(nodes.get("doclib-phuho")));
        } else if (parts.length == 3 && parts[1].equals("nodes") && method.equals("GET")) {
            Node node = nodes.get(parts[2]);
            if (node != null && parameters.containsKey("relativePath")) {
                node = child(node.id, parameters.get("relativePath"));
            }
            reply(exchange, node == null ? 404 : 200, node == null ? error("not found") : entry(node));
        } else if (parts.length == 4 && parts[3].equals("children") && method.equals("GET")) {
            int skip = Integer.parseInt(parameters.getOrDefault("skipCount", "0"));
            int max = Integer.parseInt(parameters.getOrDefault("maxItems", "100"));
            List<Node> children = childrenOf(parts[2]);
            List<Node> page = children.subList(Math.min(skip, children.size()), Math.min(children.size(), skip + max));
            ObjectNode list = json.createObjectNode();
            ArrayNode entries = list.putObject("list").putArray("entries");
            page.forEach(node -> entries.add(entry(node)));
            ((ObjectNode) list.get("list")).putObject("pagination").put("hasMoreItems", skip + page.size() < children.size());
            reply(exchange, 200, list);
        } else if (parts.length == 4 && parts[3].equals("children") && method.equals("POST")) {
            if (++creates > failAfterCreates) {
                reply(exchange, 503, error("Service unavailable"));
                return;
            }
            JsonNode request = json.readTree(body);
            if (child(parts[2], request.get("name").asText()) != null) {
                reply(exchange, 409, error("Duplicate child name not allowed: " + request.get("name").asText()));
                return;
            }
            Node node = new Node("id" + nextId++, parts[2], request.get("name").asText(),
                    request.get("nodeType").asText(), request.has("properties")
                    ? (ObjectNode) request.get("properties") : json.createObjectNode());
            nodes.put(node.id, node);
            reply(exchange, 201, entry(node));
        } else if (parts.length == 3 && method.equals("PUT")) {
            Node node = nodes.get(parts[2]);
            node.properties.setAll((ObjectNode) json.readTree(body).get("properties"));
            reply(exchange, 200, entry(node));
        } else if (parts.length == 4 && parts[3].equals("content") && method.equals("PUT")) {
            Node node = nodes.get(parts[2]);
            node.content = body;
            reply(exchange, 200, entry(node));
        } else {
            reply(exchange, 400, error("unexpected call " + method + " " + path));
        }
    }

    private ObjectNode entry(Node node) {
        ObjectNode entry = json.createObjectNode();
        ObjectNode fields = entry.putObject("entry");
        fields.put("id", node.id).put("name", node.name).put("nodeType", node.type);
        fields.set("properties", node.properties);
        if (node.content != null) {
            fields.putObject("content").put("mimeType", "application/pdf").put("sizeInBytes", node.content.length);
        }
        return entry;
    }

    private ObjectNode error(String message) {
        ObjectNode error = json.createObjectNode();
        error.putObject("error").put("briefSummary", message);
        return error;
    }

    private void reply(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new HashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
