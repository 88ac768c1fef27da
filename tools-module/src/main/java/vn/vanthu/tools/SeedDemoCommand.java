package vn.vanthu.tools;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import vn.vanthu.tools.seed.AlfrescoClient;
import vn.vanthu.tools.seed.DemoSigner;
import vn.vanthu.tools.seed.DemoYear;
import vn.vanthu.tools.seed.PlannedNode;

/**
 * {@code seed-demo}: fills a fresh repository with the commune's demo year through the public REST
 * API. Everything goes into one folder, {@value #ROOT_FOLDER}, under Company Home or the site's
 * document library. The folder's description is the run's marker: "in progress" while it runs, so
 * a second run resumes (it lists what exists and creates only the missing nodes, uploading a PDF
 * a node lacks), and "complete" at the end, after which the command refuses to run there again.
 */
public final class SeedDemoCommand implements Main.Command {

    static final String ROOT_FOLDER = "Vanthu demo - xã Phú Hồ 2023";
    static final String IN_PROGRESS = "vanthu seed-demo: in progress";
    static final String COMPLETE = "vanthu seed-demo: complete";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    private static final int PROGRESS_EVERY = 100;

    private final Supplier<List<PlannedNode>> plan;

    public SeedDemoCommand() {
        this(DemoYear::plan);
    }

    SeedDemoCommand(Supplier<List<PlannedNode>> plan) {
        this.plan = plan;
    }

    @Override
    public String usage() {
        return "--url URL --user USER --password PASSWORD [--site SITE] [--state-dir DIR]"
                + "  fill a fresh repository with the demo year / tạo dữ liệu mẫu một năm của xã";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        Map<String, String> options = options(args);
        AlfrescoClient client = new AlfrescoClient(options.get("--url"), options.get("--user"), options.get("--password"));
        Path stateDirectory = Path.of(options.getOrDefault("--state-dir", "vanthu-seed-demo"));
        String site = options.get("--site");
        String parent = site == null ? "-root-"
                : client.get("/sites/" + AlfrescoClient.encode(site) + "/containers/documentLibrary").path("id").asText();
        Optional<JsonNode> existing = client.find("/nodes/" + parent + "?relativePath="
                + AlfrescoClient.encode(ROOT_FOLDER) + "&include=properties");
        String root;
        if (existing.isPresent()) {
            String marker = existing.get().at("/properties/cm:description").asText("");
            if (COMPLETE.equals(marker)) {
                err.println("The demo year is already in \"" + ROOT_FOLDER + "\"; seed-demo does not run twice into the "
                        + "same place. / Dữ liệu mẫu đã có tại đây; không tạo lần thứ hai.");
                return Main.EXIT_FAILED;
            }
            if (!IN_PROGRESS.equals(marker)) {
                err.println("A folder \"" + ROOT_FOLDER + "\" exists that seed-demo did not create; nothing was "
                        + "changed. / Đã có thư mục trùng tên không do seed-demo tạo; không thay đổi gì.");
                return Main.EXIT_FAILED;
            }
            out.println("Resuming the interrupted run / Tiếp tục lần chạy bị gián đoạn");
            root = existing.get().path("id").asText();
        } else {
            root = client.post("/nodes/" + parent + "/children", Map.of("name", ROOT_FOLDER, "nodeType", "cm:folder",
                    "properties", Map.of("cm:title", "Dữ liệu mẫu Vanthu 15/12/2022 - 06/12/2023",
                            "cm:description", IN_PROGRESS))).path("id").asText();
        }
        DemoSigner signer = DemoSigner.open(stateDirectory);
        List<PlannedNode> nodes = plan.get();
        Map<PlannedNode.Folder, Integer> totals = new EnumMap<>(PlannedNode.Folder.class);
        nodes.forEach(node -> totals.merge(node.folder(), 1, Integer::sum));
        Map<PlannedNode.Folder, String> folders = new EnumMap<>(PlannedNode.Folder.class);
        Map<PlannedNode.Folder, Map<String, JsonNode>> present = new EnumMap<>(PlannedNode.Folder.class);
        for (PlannedNode.Folder folder : totals.keySet()) {
            String id = folder(client, root, folder.title());
            folders.put(folder, id);
            Map<String, JsonNode> byName = new HashMap<>();
            client.children(id).forEach(child -> byName.put(child.path("name").asText(), child));
            present.put(folder, byName);
        }
        Map<PlannedNode.Folder, Integer> done = new EnumMap<>(PlannedNode.Folder.class);
        int created = 0;
        for (PlannedNode node : nodes) {
            JsonNode child = present.get(node.folder()).get(node.name());
            if (child == null) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("name", node.name());
                body.put("nodeType", node.nodeType());
                body.put("properties", node.properties());
                child = client.post("/nodes/" + folders.get(node.folder()) + "/children", body);
                created++;
            }
            if (node.content() != PlannedNode.Content.NONE && child.at("/content/sizeInBytes").asLong(0) == 0) {
                client.putContent(child.path("id").asText(), content(signer, node), "application/pdf");
            }
            int count = done.merge(node.folder(), 1, Integer::sum);
            if (count % PROGRESS_EVERY == 0 || count == totals.get(node.folder())) {
                out.println(node.folder().title() + ": " + count + "/" + totals.get(node.folder()));
            }
        }
        client.put("/nodes/" + root, Map.of("properties", Map.of("cm:description", COMPLETE)));
        out.println("Done / Xong: " + created + " nodes created in \"" + ROOT_FOLDER + "\".");
        out.println("Add " + stateDirectory.resolve(DemoSigner.ROOT_CERTIFICATE).toAbsolutePath()
                + " as a signature trust anchor so the outgoing documents verify VALID (then re-verify them). /"
                + " Thêm chứng thư gốc này vào danh sách tin cậy để văn bản đi được xác nhận chữ ký hợp lệ.");
        return Main.EXIT_OK;
    }

    private static byte[] content(DemoSigner signer, PlannedNode node) throws java.io.IOException {
        if (node.content() == PlannedNode.Content.SIGNED_PDF) {
            return signer.signedPdf(node.text(),
                    OffsetDateTime.parse((String) node.properties().get("vt:transmittedAt"), DATE_TIME));
        }
        return DemoSigner.pdf(node.text());
    }

    private static String folder(AlfrescoClient client, String parent, String name) throws java.io.IOException {
        Optional<JsonNode> folder = client.find("/nodes/" + parent + "?relativePath=" + AlfrescoClient.encode(name));
        if (folder.isPresent()) {
            return folder.get().path("id").asText();
        }
        return client.post("/nodes/" + parent + "/children", Map.of("name", name, "nodeType", "cm:folder"))
                .path("id").asText();
    }

    private static Map<String, String> options(String[] args) throws Main.UsageException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!List.of("--url", "--user", "--password", "--site", "--state-dir").contains(args[i])) {
                throw new Main.UsageException("Unknown option / Tùy chọn không hợp lệ: " + args[i]);
            }
            if (i + 1 >= args.length) {
                throw new Main.UsageException("Missing value of / Thiếu giá trị của " + args[i]);
            }
            options.put(args[i], args[i + 1]);
        }
        for (String required : List.of("--url", "--user", "--password")) {
            if (!options.containsKey(required)) {
                throw new Main.UsageException("Missing option / Thiếu tùy chọn " + required);
            }
        }
        return options;
    }
}
