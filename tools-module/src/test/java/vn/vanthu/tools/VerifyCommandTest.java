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
    void namesAndControlCharactersStayOnOneLine() throws Exception {
        SigningFixtures pki = SigningFixtures.get();
        byte[] plain = SigningFixtures.pdf(5000, 12);
        // an NSS-style raw UTF-8 /Name, and a UTF-16BE one carrying U+0085 (NEL) and U+2028
        byte[] nss = SigningFixtures.signPdf(plain, pki.signer, SigningFixtures.options()
                .name("Nguyễn Văn An".getBytes(StandardCharsets.UTF_8)));
        byte[] nel = SigningFixtures.signPdf(plain, pki.signer, SigningFixtures.options()
                .name(utf16("Trần\u0085Bình\u2028Văn thư")));
        Path a = Files.write(dir.resolve("nss.pdf"), nss);
        Path b = Files.write(dir.resolve("nel.pdf"), nel);
        Path root = Files.write(dir.resolve("root.cer"), pki.root.cert().getEncoded());
        assertEquals(0, run("verify", "--trust", root.toString(), a.toString(), b.toString()));
        String text = out.toString(StandardCharsets.UTF_8);
        for (char c : text.toCharArray()) {
            assertTrue(c == '\n' || !(c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029),
                    () -> "raw U+" + Integer.toHexString(c));
        }
        String[] lines = text.trim().split("\n");
        assertEquals(2, lines.length);
        assertEquals("Nguyễn Văn An", new ObjectMapper().readTree(lines[0]).get("details").get(0).get("name").asText());
        assertTrue(lines[1].contains("\\u0085") && lines[1].contains("\\u2028"), lines[1]);
        assertEquals("Trần\u0085Bình\u2028Văn thư",
                new ObjectMapper().readTree(lines[1]).get("details").get(0).get("name").asText());
    }

    private static byte[] utf16(String s) {
        byte[] t = s.getBytes(StandardCharsets.UTF_16BE);
        byte[] out = new byte[t.length + 2];
        out[0] = (byte) 0xFE;
        out[1] = (byte) 0xFF;
        System.arraycopy(t, 0, out, 2, t.length);
        return out;
    }

    @Test
    void validityModelAndTsaTrustOptions() throws Exception {
        SigningFixtures pki = SigningFixtures.get();
        byte[] plain = SigningFixtures.pdf(5000, 13);
        byte[] stamped = SigningFixtures.signPdf(plain, pki.signer, SigningFixtures.options()
                .cms(SigningFixtures.cms().timestamp(pki.tsa, new java.util.Date())));
        Path f = Files.write(dir.resolve("ts.pdf"), stamped);
        Path root = Files.write(dir.resolve("root.cer"), pki.root.cert().getEncoded());
        // the test root only as a TSA anchor: the timestamp is trusted, the signer is not
        assertEquals(0, run("verify", "--tsa-trust", root.toString(), "--validity-model", "chain", f.toString()));
        JsonNode d = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("details").get(0);
        assertEquals("UNTRUSTED", d.get("verdict").asText());
        assertEquals(false, d.get("signingTimeClaimed").asBoolean());
        assertEquals("CHAIN", d.get("longTermValidation").get("validityModel").asText());
        assertEquals("PKCS7-T", d.get("level").asText());
        out.reset();
        assertEquals(2, run("verify", "--validity-model", "hybrid", f.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("shell hoặc chain"));
        assertEquals(2, run("verify", "--ocsp-max-age", "a week", f.toString()));
        assertEquals(2, run("verify", "--tsa-trust"));
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
