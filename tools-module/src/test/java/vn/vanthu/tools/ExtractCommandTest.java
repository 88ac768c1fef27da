package vn.vanthu.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

class ExtractCommandTest {

    /** A công văn of xã Phú Hồ as the three files carry it. */
    private static final Map<String, Object> EXPECTED = Map.of(
            "typeName", "Công văn",
            "codeNumber", 12,
            "codeNotation", "12/UBND-VX",
            "issuedDate", "2023-03-15",
            "organName", "ỦY BAN NHÂN DÂN XÃ PHÚ HỒ",
            "subject", "V/v tổ chức các hoạt động kỷ niệm Ngày Quốc tế Phụ nữ",
            "signerPosition", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH",
            "signerFullName", "Nguyễn Văn Hùng",
            "place", "Phú Hồ");

    private static final String[][] HEADER = {
        {"ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
        {"XÃ PHÚ HỒ", "Độc lập - Tự do - Hạnh phúc"},
        {"Số: 12/UBND-VX", "Phú Hồ, ngày 15 tháng 3 năm 2023"},
        {"V/v tổ chức các hoạt động", ""},
        {"kỷ niệm Ngày Quốc tế Phụ nữ", ""},
    };
    private static final String[] BODY = {
        "Kính gửi: Các thôn trên địa bàn xã.",
        "Thực hiện Kế hoạch số 20/KH-UBND ngày 01 tháng 3 năm 2023 của UBND huyện Phú Vang, đề nghị các thôn thực hiện.",
    };
    private static final String[][] SIGNATURE = {
        {"Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"},
        {"- Như trên;", "CHỦ TỊCH"},
        {"- Lưu: VT, VX.", ""},
        {"", "Nguyễn Văn Hùng"},
    };

    @TempDir
    Path dir;

    private List<Map<String, Object>> run(int expectedExit, Path... files) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args = new String[files.length + 1];
        args[0] = "extract";
        for (int i = 0; i < files.length; i++) {
            args[i + 1] = files[i].toString();
        }
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(expectedExit, exit, err.toString(StandardCharsets.UTF_8));
        ObjectMapper json = new ObjectMapper();
        return out.toString(StandardCharsets.UTF_8).lines()
                .map(line -> {
                    try {
                        return json.readValue(line, new TypeReference<Map<String, Object>>() { });
                    } catch (Exception e) {
                        throw new AssertionError("not JSON: " + line, e);
                    }
                }).toList();
    }

    @Test
    void readsAWordDocumentWithTheHeaderInATable() throws Exception {
        Path docx = dir.resolve("cong-van.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            table(doc, HEADER);
            for (String line : BODY) {
                doc.createParagraph().createRun().setText(line);
            }
            table(doc, SIGNATURE);
            doc.write(out);
        }
        assertEquals(List.of(EXPECTED), run(Main.EXIT_OK, docx));
    }

    @Test
    void readsPlainTextAndReportsAMissingFileWithoutStopping() throws Exception {
        Path txt = dir.resolve("cong-van.txt");
        StringBuilder text = new StringBuilder();
        for (String[] row : HEADER) {
            text.append(String.format("%-40s%s%n", row[0], row[1]));
        }
        for (String line : BODY) {
            text.append(line).append('\n');
        }
        for (String[] row : SIGNATURE) {
            text.append(String.format("%-40s%s%n", row[0], row[1]));
        }
        Files.writeString(txt, text, StandardCharsets.UTF_8);
        List<Map<String, Object>> results = run(Main.EXIT_FAILED, dir.resolve("missing.pdf"), txt);
        assertEquals(List.of(EXPECTED), results);
    }

    @Test
    void readsAPdfWithAnEmbeddedVietnameseFont() throws Exception {
        Path font = List.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
                        "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf").stream()
                .map(Path::of).filter(Files::isReadable).findFirst().orElse(null);
        Assumptions.assumeTrue(font != null, "no TrueType font with Vietnamese glyphs installed (fonts-dejavu-core)");
        Path pdf = dir.resolve("cong-van.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font dejavu = PDType0Font.load(doc, font.toFile());
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = 800;
                for (String[] row : HEADER) {
                    write(content, dejavu, 40, y, row[0]);
                    write(content, dejavu, 300, y, row[1]);
                    y -= 16;
                }
                y -= 10;
                for (String line : BODY) {
                    write(content, dejavu, 40, y, line.length() > 80 ? line.substring(0, 80) : line);
                    y -= 16;
                }
                y -= 10;
                for (String[] row : SIGNATURE) {
                    write(content, dejavu, 40, y, row[0]);
                    write(content, dejavu, 330, y, row[1]);
                    y -= 16;
                }
            }
            doc.save(pdf.toFile());
        }
        assertEquals(List.of(EXPECTED), run(Main.EXIT_OK, pdf));
    }

    @Test
    void readsAnOpenDocumentText() throws Exception {
        // An ODT as LibreOffice writes it: a stored mimetype entry first, the manifest, content.xml.
        StringBuilder body = new StringBuilder();
        for (String[] row : HEADER) {
            body.append("<text:p>").append(row[0]).append("</text:p>");
        }
        for (String[] row : HEADER) {
            if (!row[1].isEmpty()) {
                body.append("<text:p>").append(row[1]).append("</text:p>");
            }
        }
        for (String line : BODY) {
            body.append("<text:p>").append(line).append("</text:p>");
        }
        for (String[] row : SIGNATURE) {
            body.append("<text:p>").append(row[0]).append("</text:p>");
        }
        for (String[] row : SIGNATURE) {
            body.append("<text:p>").append(row[1]).append("</text:p>");
        }
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\">"
                + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        Path odt = dir.resolve("cong-van.odt");
        byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(odt))) {
            java.util.zip.ZipEntry first = new java.util.zip.ZipEntry("mimetype");
            first.setMethod(java.util.zip.ZipEntry.STORED);
            first.setSize(mimetype.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("content.xml"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertEquals(List.of(EXPECTED), run(Main.EXIT_OK, odt));
    }

    @Test
    void withoutFilesItIsAUsageError() throws Exception {
        assertTrue(run(Main.EXIT_USAGE).isEmpty());
    }

    private static void write(PDPageContentStream content, PDType0Font font, float x, float y, String text) throws Exception {
        if (text.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, 10);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static void table(XWPFDocument doc, String[][] rows) {
        XWPFTable table = doc.createTable(rows.length, 2);
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < 2; c++) {
                XWPFTableCell cell = table.getRow(r).getCell(c);
                XWPFParagraph paragraph = cell.getParagraphs().get(0);
                paragraph.setAlignment(ParagraphAlignment.CENTER);
                paragraph.createRun().setText(rows[r][c]);
            }
        }
    }
}
