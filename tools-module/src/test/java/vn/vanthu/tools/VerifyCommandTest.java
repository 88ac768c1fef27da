package vn.vanthu.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.signature.SigningFixtures;

class VerifyCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsOneJsonLinePerFile() throws Exception {
        SigningFixtures pki = SigningFixtures.get();
        byte[] plain = SigningFixtures.pdf(5000, 11);
        byte[] signed = SigningFixtures.signPdf(plain, pki.signer, SigningFixtures.options());
        Path good = Files.write(dir.resolve("quyet-dinh.pdf"), signed);
        Path unsigned = Files.write(dir.resolve("cong-van.pdf"), plain);
        Path anchors = Files.createDirectories(dir.resolve("anchors"));
        Files.write(anchors.resolve("root.cer"), pki.root.cert().getEncoded());

        assertEquals(0, run("verify", "--trust", anchors.toString(), good.toString(), unsigned.toString()));
        String[] lines = out.toString(StandardCharsets.UTF_8).trim().split("\n");
        assertEquals(2, lines.length);
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertEquals(good.toString(), first.get("file").asText());
        assertEquals("VALID", first.get("verdict").asText());
        assertEquals(1, first.get("signatures").asInt());
        assertEquals("Nguyễn Văn An", first.get("details").get(0).get("signer").asText().replaceAll(".*CN=([^,]+).*", "$1"));
        JsonNode second = new ObjectMapper().readTree(lines[1]);
        assertEquals("UNSIGNED", second.get("verdict").asText());
        assertEquals(0, second.get("signatures").asInt());

        out.reset();
        // Without the test root only the shipped Government root is trusted.
        assertEquals(0, run("verify", good.toString()));
        assertEquals("UNTRUSTED", new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("verdict").asText());
    }

    @Test
    void detachedSignature() throws Exception {
        SigningFixtures pki = SigningFixtures.get();
        byte[] doc = "Tờ trình số 05/TTr-UBND".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("to-trinh.txt"), doc);
        Path sig = Files.write(dir.resolve("to-trinh.txt.p7s"), SigningFixtures.signCms(doc, pki.signer, SigningFixtures.cms()));
        Path root = Files.write(dir.resolve("root.cer"), pki.root.cert().getEncoded());
        assertEquals(0, run("verify", "--trust", root.toString(), "--detached", sig.toString(), file.toString()));
        JsonNode r = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("VALID", r.get("verdict").asText());
        assertEquals("DETACHED", r.get("details").get(0).get("kind").asText());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run("verify"));
        assertEquals(2, run("verify", "--trust"));
        assertEquals(2, run("verify", "--colour", "a.pdf"));
        assertEquals(2, run("verify", "--trust", dir.resolve("missing").toString(), "a.pdf"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage / Cách dùng"));
        assertEquals(0, out.size());
    }
}
