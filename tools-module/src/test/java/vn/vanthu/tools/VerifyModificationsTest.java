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

import vn.vanthu.signature.ModificationFixtures;
import vn.vanthu.signature.SigningFixtures;

/** `vanthu-tools verify` prints the modification analysis of each signature (issue 11). */
class VerifyModificationsTest {

    @TempDir
    Path dir;

    @Test
    void printsTheModificationsOfEachSignature() throws Exception {
        SigningFixtures pki = SigningFixtures.get();
        byte[] signed = SigningFixtures.signPdf(ModificationFixtures.formPdf(false), pki.signer, SigningFixtures.options());
        Path ltv = Files.write(dir.resolve("ltv.pdf"), ModificationFixtures.addDss(signed));
        Path filled = Files.write(dir.resolve("filled.pdf"),
                ModificationFixtures.fill(signed, ModificationFixtures.TEXT_FIELD, "15/QD-UBND"));
        Path root = Files.write(dir.resolve("root.cer"), pki.root.cert().getEncoded());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"verify", "--trust", root.toString(), ltv.toString(), filled.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true,
                        StandardCharsets.UTF_8));
        assertEquals(0, code);
        String[] lines = out.toString(StandardCharsets.UTF_8).trim().split("\n");
        assertEquals(2, lines.length);
        JsonNode a = new ObjectMapper().readTree(lines[0]);
        assertEquals("VALID", a.get("verdict").asText());
        JsonNode am = a.get("details").get(0).get("modifications");
        assertEquals("LTV", am.get("kind").asText());
        assertTrue(am.get("allowed").asBoolean());
        assertEquals(1, am.get("laterRevisions").asInt());

        JsonNode b = new ObjectMapper().readTree(lines[1]);
        assertEquals("MODIFIED_AFTER_SIGNING", b.get("verdict").asText());
        JsonNode bm = b.get("details").get(0).get("modifications");
        assertEquals("FORM_FILL", bm.get("kind").asText());
        assertTrue(!bm.get("allowed").asBoolean());
        assertTrue(bm.get("changes").get(0).get("vi").asText().contains("trường \"" + ModificationFixtures.TEXT_FIELD + "\""),
                bm.toString());
    }
}
