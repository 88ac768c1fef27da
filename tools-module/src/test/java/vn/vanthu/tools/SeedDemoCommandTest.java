package vn.vanthu.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.tools.seed.DemoSigner;
import vn.vanthu.tools.seed.DemoYear;
import vn.vanthu.tools.seed.PlannedNode;

/** seed-demo against an in-process HTTP server standing in for Alfresco, with a small slice of the plan. */
class SeedDemoCommandTest {

    @TempDir
    Path state;
    private FakeAlfresco alfresco;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** The first nodes of each folder of the real plan. */
    private static List<PlannedNode> slice() {
        List<PlannedNode> slice = new ArrayList<>();
        for (PlannedNode.Folder folder : PlannedNode.Folder.values()) {
            DemoYear.plan().stream().filter(node -> node.folder() == folder).limit(4).forEach(slice::add);
        }
        return slice;
    }

    @BeforeEach
    void start() throws Exception {
        alfresco = new FakeAlfresco();
    }

    @AfterEach
    void stop() {
        alfresco.close();
    }

    private int run(String... extra) {
        List<String> args = new ArrayList<>(List.of("--url", alfresco.url(), "--user", "admin", "--password", "admin",
                "--state-dir", state.toString()));
        args.addAll(List.of(extra));
        try {
            return new SeedDemoCommand(SeedDemoCommandTest::slice).run(args.toArray(new String[0]),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        } catch (Exception e) {
            err.writeBytes(e.toString().getBytes(StandardCharsets.UTF_8));
            return Main.EXIT_FAILED;
        }
    }

    @Test
    void fillsTheRepositoryThroughTheRestApi() throws Exception {
        assertEquals(Main.EXIT_OK, run());
        FakeAlfresco.Node root = alfresco.child("-root-", SeedDemoCommand.ROOT_FOLDER);
        assertEquals(SeedDemoCommand.COMPLETE, root.properties.get("cm:description").asText());
        FakeAlfresco.Node outgoing = alfresco.child(root.id, "Văn bản đi");
        assertEquals(4, alfresco.childrenOf(outgoing.id).size());
        FakeAlfresco.Node first = alfresco.childrenOf(outgoing.id).get(0);
        assertEquals("vt:outgoingDocument", first.type);
        assertEquals("UBND xã Phú Hồ", first.properties.get("vt:organName").asText());
        assertTrue(first.properties.get("vt:recipients").isArray());
        assertTrue(new String(first.content, StandardCharsets.ISO_8859_1).contains("/SubFilter /adbe.pkcs7.detached"));
        FakeAlfresco.Node dossiers = alfresco.child(root.id, "Hồ sơ một cửa");
        FakeAlfresco.Node dossier = alfresco.childrenOf(dossiers.id).get(0);
        assertEquals("vt:dossier", dossier.type);
        assertEquals("10", dossier.properties.get("vt:dossierStatus").asText());
        assertEquals(null, dossier.content);
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        alfresco.requests.forEach(request -> assertEquals(basic, request.authorization()));
        assertTrue(alfresco.requests.stream().anyMatch(request -> request.method().equals("PUT")
                && request.path().endsWith("/content") && "application/pdf".equals(request.contentType())));
        assertTrue(Files.exists(state.resolve(DemoSigner.ROOT_CERTIFICATE)));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("Văn bản đến: 4/4"), printed);
        assertTrue(printed.contains("12 nodes created"), printed);
    }

    @Test
    void refusesToRunTwiceIntoTheSamePlace() {
        assertEquals(Main.EXIT_OK, run());
        int before = alfresco.nodes.size();
        alfresco.requests.clear();
        assertEquals(Main.EXIT_FAILED, run());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("does not run twice"));
        assertEquals(before, alfresco.nodes.size());
        assertTrue(alfresco.requests.stream().noneMatch(request -> request.method().equals("POST")));
    }

    @Test
    void resumesAfterAnInterruptionWithoutDuplicates() {
        alfresco.failAfterCreates = 7;
        assertEquals(Main.EXIT_FAILED, run());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("HTTP 503"), err.toString(StandardCharsets.UTF_8));
        FakeAlfresco.Node root = alfresco.child("-root-", SeedDemoCommand.ROOT_FOLDER);
        assertEquals(SeedDemoCommand.IN_PROGRESS, root.properties.get("cm:description").asText());
        alfresco.failAfterCreates = Integer.MAX_VALUE;
        assertEquals(Main.EXIT_OK, run());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Resuming"));
        for (String folder : List.of("Văn bản đến", "Văn bản đi", "Hồ sơ một cửa")) {
            FakeAlfresco.Node node = alfresco.child(root.id, folder);
            assertNotNull(node, folder);
            assertEquals(4, alfresco.childrenOf(node.id).size(), folder);
        }
        // Every document got its PDF, including one created just before the interruption.
        alfresco.nodes.values().stream().filter(node -> node.type.endsWith("Document"))
                .forEach(node -> assertNotNull(node.content, node.name));
    }

    @Test
    void aSiteDocumentLibraryAndAForeignFolder() {
        assertEquals(Main.EXIT_OK, run("--site", "phuho"));
        assertNotNull(alfresco.child("doclib-phuho", SeedDemoCommand.ROOT_FOLDER));
        // A folder of that name that seed-demo did not make is left alone.
        alfresco.child("doclib-phuho", SeedDemoCommand.ROOT_FOLDER).properties.put("cm:description", "tài liệu thật");
        assertEquals(Main.EXIT_FAILED, run("--site", "phuho"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("did not create"));
    }

    @Test
    void anUnreachableRepositoryIsNamed() throws Exception {
        String url = alfresco.url();
        alfresco.close();
        int status = Main.run(new String[] {"seed-demo", "--url", url, "--user", "admin", "--password", "admin",
                "--state-dir", state.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Main.EXIT_FAILED, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot connect to " + url), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void usageErrors() {
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(Main.EXIT_USAGE, Main.run(new String[] {"seed-demo", "--url", alfresco.url()},
                new PrintStream(out, true, StandardCharsets.UTF_8), errors));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Missing option / Thiếu tùy chọn --user"));
    }
}
