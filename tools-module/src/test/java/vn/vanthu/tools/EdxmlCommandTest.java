package vn.vanthu.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.signature.SigningFixtures;

class EdxmlCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ObjectMapper json = new ObjectMapper();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> lines() throws Exception {
        List<JsonNode> l = new java.util.ArrayList<>();
        for (String s : out.toString(StandardCharsets.UTF_8).trim().split("\n")) {
            l.add(json.readTree(s));
        }
        return l;
    }

    private static final String FIELDS_META = """
            {
              "from": {"organId": "H15.50.05.13", "organName": "Ủy ban nhân dân xã Phú Hồ"},
              "to": [{"organId": "H15.50", "organName": "Ủy ban nhân dân huyện Phú Vang"}],
              "sentAt": "2023-01-06T08:30:00",
              "fields": {
                "organName": "Ủy ban nhân dân xã Phú Hồ",
                "codeNumber": 4,
                "codeNotation": "QĐ-UBND",
                "issuedPlace": "Phú Hồ",
                "issuedDate": "2023-01-06",
                "typeName": "Quyết định",
                "subject": "Về việc ban hành Kế hoạch cải cách hành chính năm 2023",
                "signerPosition": "KT. Chủ tịch",
                "signerFullName": "Trần Thị Ánh Tuyết",
                "priority": "khẩn",
                "pageAmount": 3,
                "recipients": ["UBND huyện Phú Vang", "Lưu: VT"]
              }
            }
            """;

    @Test
    void packThenValidateThenUnpackGivesBackTheFilesAndMetadata() throws Exception {
        byte[] pdf = SigningFixtures.pdf(20_000, 5);
        Path pdfFile = Files.write(dir.resolve("04-QĐ-UBND.pdf"), pdf);
        Path appendix = Files.writeString(dir.resolve("Phụ lục.txt"), "Phụ lục I: nhiệm vụ năm 2023");
        Path meta = Files.writeString(dir.resolve("meta.json"), FIELDS_META);
        Path pkg = dir.resolve("goi.edxml");

        assertEquals(0, run("edxml", "pack", "--pdf", pdfFile.toString(), "--metadata", meta.toString(),
                "--attach", appendix.toString(), "--out", pkg.toString()));
        JsonNode packed = lines().get(0);
        assertTrue(packed.get("ok").asBoolean(), packed.toString());
        assertEquals("H15.50.05.13,2023/01/06,04/QĐ-UBND", packed.get("documentId").asText());
        assertFalse(packed.get("signed").asBoolean());

        Path broken = Files.writeString(dir.resolve("hỏng.edxml"), Files.readString(pkg).replace("<TypeName>Quyết định", "<TypeName>Sắc lệnh"));
        assertEquals(0, run("edxml", "validate", pkg.toString(), broken.toString()));
        List<JsonNode> v = lines();
        assertEquals(2, v.size());
        assertTrue(v.get(0).get("valid").asBoolean());
        assertEquals("document", v.get(0).get("kind").asText());
        assertEquals("04/QĐ-UBND", v.get(0).get("code").asText());
        assertEquals("UNSIGNED", v.get(0).get("signature").get("status").asText());
        assertEquals(2, v.get(0).get("attachments").size());
        assertFalse(v.get(1).get("valid").asBoolean());
        assertEquals("UNKNOWN_TYPE", v.get(1).get("problems").get(0).get("code").asText());
        assertTrue(v.get(1).get("problems").get(0).get("vi").asText().contains("Sắc lệnh"));

        Path target = dir.resolve("ra");
        assertEquals(0, run("edxml", "unpack", pkg.toString(), "--out", target.toString()));
        JsonNode unpacked = lines().get(0);
        assertTrue(unpacked.get("ok").asBoolean(), unpacked.toString());
        assertArrayEquals(pdf, Files.readAllBytes(target.resolve("04-QĐ-UBND.pdf")));
        assertEquals("Phụ lục I: nhiệm vụ năm 2023", Files.readString(target.resolve("Phụ lục.txt")));
        JsonNode m = json.readTree(target.resolve("metadata.json").toFile());
        assertEquals("Quyết định", m.get("fields").get("typeName").asText());
        assertEquals("KT. Chủ tịch", m.get("fields").get("signerPosition").asText());
        assertEquals("khẩn", m.get("fields").get("priority").asText());
        assertEquals("2023-01-06", m.get("header").get("promulgationDate").asText());
        assertEquals("04-QĐ-UBND.pdf", m.get("attachments").get(0).get("file").asText());

        // metadata.json packs again into the same header
        Path again = dir.resolve("lai.edxml");
        assertEquals(0, run("edxml", "pack", "--pdf", target.resolve("04-QĐ-UBND.pdf").toString(), "--metadata",
                target.resolve("metadata.json").toString(), "--out", again.toString()));
        Path target2 = dir.resolve("ra2");
        assertEquals(0, run("edxml", "unpack", again.toString(), "--out", target2.toString()));
        assertEquals(m.get("header"), json.readTree(target2.resolve("metadata.json").toFile()).get("header"));
    }

    @Test
    void aRefusedPackageLeavesNothingInTheFolder() throws Exception {
        Path pdfFile = Files.write(dir.resolve("a.pdf"), SigningFixtures.pdf(5_000, 6));
        Path meta = Files.writeString(dir.resolve("meta.json"), FIELDS_META);
        Path pkg = dir.resolve("goi.edxml");
        assertEquals(0, run("edxml", "pack", "--pdf", pdfFile.toString(), "--metadata", meta.toString(), "--out", pkg.toString()));
        String xml = Files.readString(pkg);
        int at = xml.indexOf("<ContentTransferEncoded>") + 40;
        Path tampered = Files.writeString(dir.resolve("sua.edxml"), xml.substring(0, at) + (xml.charAt(at) == 'A' ? 'B' : 'A') + xml.substring(at + 1));
        Path target = dir.resolve("ra");
        assertEquals(0, run("edxml", "unpack", tampered.toString(), "--out", target.toString()));
        JsonNode line = lines().get(0);
        assertFalse(line.get("ok").asBoolean());
        assertEquals("DIGEST_MISMATCH", line.get("problems").get(0).get("code").asText());
        try (Stream<Path> files = Files.list(target)) {
            assertEquals(0, files.count(), "no part file, no metadata");
        }
    }

    @Test
    void aSignedPackageVerifiesAgainstTheGivenAnchors() throws Exception {
        SigningFixtures pki = SigningFixtures.get();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("vanthu", pki.signer.key(), "secret".toCharArray(),
                new X509Certificate[] {pki.signer.cert(), pki.signer.chain().get(0)});
        Path p12 = dir.resolve("vanthu.p12");
        try (OutputStream o = Files.newOutputStream(p12)) {
            ks.store(o, "secret".toCharArray());
        }
        Path root = Files.write(dir.resolve("root.cer"), pki.root.cert().getEncoded());
        Path pdfFile = Files.write(dir.resolve("a.pdf"), SigningFixtures.pdf(5_000, 8));
        Path meta = Files.writeString(dir.resolve("meta.json"), FIELDS_META);
        Path pkg = dir.resolve("goi.edxml");
        assertEquals(0, run("edxml", "pack", "--pdf", pdfFile.toString(), "--metadata", meta.toString(), "--out", pkg.toString(),
                "--sign", p12.toString(), "--password", "secret"));
        assertTrue(lines().get(0).get("signed").asBoolean());
        assertEquals(0, run("edxml", "validate", "--trust", root.toString(), pkg.toString()));
        JsonNode sig = lines().get(0).get("signature");
        assertEquals("VALID", sig.get("status").asText());
        assertTrue(sig.get("signer").asText().contains("Nguyễn Văn An"));
        assertEquals(0, run("edxml", "validate", pkg.toString()));
        assertEquals("UNTRUSTED", lines().get(0).get("signature").get("status").asText());
        assertEquals(2, run("edxml", "pack", "--pdf", pdfFile.toString(), "--metadata", meta.toString(), "--out", pkg.toString(),
                "--sign", p12.toString(), "--password", "wrong"));
    }

    @Test
    void aStatusPackageIsValidatedToo() throws Exception {
        Path status = Files.writeString(dir.resolve("trang-thai.edxml"), """
                <edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016"><edXMLEnvelope><edXMLHeader><Status>
                <ResponseFor><OrganId>H15.50.05.13</OrganId><Code>04/QĐ-UBND</Code><DocumentId>H15.50.05.13,2023/01/06,04/QĐ-UBND</DocumentId></ResponseFor>
                <From><OrganId>H15.50</OrganId><OrganName>UBND huyện Phú Vang</OrganName></From>
                <StatusCode>03</StatusCode><Timestamp>2023/01/06 09:00:00</Timestamp>
                </Status></edXMLHeader></edXMLEnvelope></edXML>
                """);
        assertEquals(0, run("edxml", "validate", status.toString()));
        JsonNode l = lines().get(0);
        assertEquals("status", l.get("kind").asText());
        assertEquals("03", l.get("statusCode").asText());
        assertEquals("Đã tiếp nhận / Accepted", l.get("status").asText());
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        Path meta = Files.writeString(dir.resolve("meta.json"), FIELDS_META);
        Path notJson = Files.writeString(dir.resolve("x.json"), "{không phải json");
        Path pdfFile = Files.write(dir.resolve("a.pdf"), SigningFixtures.pdf(3_000, 9));
        assertEquals(2, run("edxml"));
        assertEquals(2, run("edxml", "nén"));
        assertEquals(2, run("edxml", "validate"));
        assertEquals(2, run("edxml", "validate", "--bogus", "x"));
        assertEquals(2, run("edxml", "unpack", "a.edxml"));
        assertEquals(2, run("edxml", "pack", "--pdf", pdfFile.toString(), "--out", dir.resolve("o.edxml").toString()));
        assertEquals(2, run("edxml", "pack", "--pdf", dir.resolve("missing.pdf").toString(), "--metadata", meta.toString(),
                "--out", dir.resolve("o.edxml").toString()));
        assertEquals(2, run("edxml", "pack", "--pdf", pdfFile.toString(), "--metadata", notJson.toString(),
                "--out", dir.resolve("o.edxml").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("metadata"));
        // a metadata file that maps to a refused header is reported as a JSON line, exit 0
        Path noCode = Files.writeString(dir.resolve("nocode.json"), FIELDS_META.replace("\"codeNumber\": 4,", ""));
        assertEquals(0, run("edxml", "pack", "--pdf", pdfFile.toString(), "--metadata", noCode.toString(),
                "--out", dir.resolve("o.edxml").toString()));
        assertEquals("MISSING_CODE", lines().get(0).get("problems").get(0).get("code").asText());
        assertFalse(Files.exists(dir.resolve("o.edxml")));
    }

    @Test
    void attachmentNamesCannotEscapeTheFolder() {
        assertEquals("passwd", EdxmlCommand.safeName("../../etc/passwd", 1));
        assertEquals("a.pdf", EdxmlCommand.safeName("C:\\Windows\\a.pdf", 1));
        assertEquals("attachment-3", EdxmlCommand.safeName("..", 3));
        assertEquals("bashrc", EdxmlCommand.safeName(".bashrc", 1));
        assertEquals("Quyết định_1.pdf", EdxmlCommand.safeName("Quyết định\u00001.pdf", 1));
    }
}
