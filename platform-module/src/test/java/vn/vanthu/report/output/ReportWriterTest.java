package vn.vanthu.report.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.vanthu.report.DocumentFacts;
import vn.vanthu.report.DocumentReport;
import vn.vanthu.report.DossierFacts;
import vn.vanthu.report.DossierReport;
import vn.vanthu.report.ElectronicFilter;
import vn.vanthu.report.GroupBy;
import vn.vanthu.report.NodeFacts;
import vn.vanthu.report.Period;
import vn.vanthu.report.ReportMessages;
import vn.vanthu.report.ReportParameterException;
import vn.vanthu.report.SignatureCoverage;
import vn.vanthu.report.Statistics;
import vn.vanthu.report.SummaryReport;

class ReportWriterTest {

    private static final LocalDate DAY = LocalDate.of(2023, 6, 5);
    private static final Period PERIOD = new Period(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 30));
    private static final ReportMessages VI = ReportMessages.of(ReportMessages.VIETNAMESE);
    private static final ReportMessages EN = ReportMessages.of(Locale.ENGLISH);

    private static Statistics statistics() {
        List<NodeFacts> facts = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            facts.add(new DocumentFacts(DocumentFacts.Kind.OUTGOING, DAY, true, i == 0 ? "INVALID" : "VALID"));
        }
        facts.add(new DocumentFacts(DocumentFacts.Kind.INCOMING, DAY, false, null));
        for (int i = 0; i < 1234; i++) {
            facts.add(new DossierFacts(DAY, DossierFacts.Channel.ONLINE, "Chứng thực", "Tư pháp - Hộ tịch", true,
                    DAY.plusDays(1), DAY, DossierFacts.Timeliness.EARLY));
        }
        facts.add(new DossierFacts(DAY, DossierFacts.Channel.IN_PERSON, "Đất đai", "Địa chính-NN-XD&MT", true,
                DAY.plusDays(5), null, null));
        facts.add(new DossierFacts(DAY, DossierFacts.Channel.POSTAL, "", "", false, null, null, null));
        return Statistics.count(facts);
    }

    private static byte[] write(ReportView view, ReportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWriter.write(view, format, out);
        return out.toByteArray();
    }

    @Test
    void documentsJsonHasTheApiShape() throws IOException {
        ReportView view = ReportViews.documents(DocumentReport.compute(statistics(), PERIOD), EN);
        JsonNode json = new ObjectMapper().readTree(write(view, ReportFormat.JSON));
        assertEquals("2023-06-01", json.get("from").asText());
        assertEquals("2023-06-30", json.get("to").asText());
        assertEquals(1, json.at("/incoming/received").asLong());
        assertEquals(0, json.at("/incoming/enteredElectronically").asLong());
        assertEquals(3, json.at("/outgoing/issued").asLong());
        assertEquals(3, json.at("/outgoing/transmittedElectronically").asLong());
        assertEquals(2, json.at("/outgoing/signed").asLong());
        assertTrue(json.at("/outgoing/signedShare").isNumber());
        assertEquals("66.7", json.at("/outgoing/signedShare").decimalValue().toPlainString());
        assertEquals(List.of("from", "to", "incoming", "outgoing"), fieldNames(json));
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void dossiersJsonCarriesTheBieu06Structure() throws IOException {
        DossierReport report = DossierReport.compute(statistics(), PERIOD, GroupBy.UNIT, ElectronicFilter.ALL);
        JsonNode json = new ObjectMapper().readTree(write(ReportViews.dossiers(report, VI), ReportFormat.JSON));
        assertEquals("unit", json.get("groupBy").asText());
        assertEquals(3, json.get("groups").size());
        JsonNode land = json.get("groups").get(0);
        assertEquals("Địa chính-NN-XD&MT", land.get("key").asText());
        assertEquals(1, land.at("/received/directInPeriod").asLong());
        // Due on 10/06 and unfinished at the cut-off 30/06: overdue.
        assertEquals(1, land.at("/inProgress/overdue").asLong());
        JsonNode unknown = json.get("groups").get(2);
        assertEquals("", unknown.get("key").asText());
        assertEquals("(chưa xác định)", unknown.get("label").asText());
        JsonNode total = json.get("total");
        assertEquals(1236, total.at("/received/total").asLong());
        assertEquals(1234, total.at("/received/onlineInPeriod").asLong());
        assertEquals(2, total.at("/received/directInPeriod").asLong());
        assertEquals(0, total.at("/received/carriedOver").asLong());
        assertEquals(1234, total.at("/settled/total").asLong());
        assertEquals(1234, total.at("/settled/early").asLong());
        assertEquals(2, total.at("/inProgress/total").asLong());
        assertEquals(1, total.at("/inProgress/overdue").asLong());
        assertEquals(1, total.at("/inProgress/withinDeadline").asLong());
    }

    @Test
    void csvIsOneTablePerBlockWithQuotedCells() throws IOException {
        DossierReport report = DossierReport.compute(statistics(), PERIOD, GroupBy.FIELD, ElectronicFilter.TRUE);
        String csv = new String(write(ReportViews.dossiers(report, VI), ReportFormat.CSV), StandardCharsets.UTF_8);
        String[] lines = csv.split("\r\n");
        assertEquals('\uFEFF', lines[0].charAt(0));
        assertTrue(lines[1].startsWith("Lĩnh vực,Số hồ sơ nhận giải quyết: tổng số,Trong kỳ: trực tuyến,"), lines[1]);
        assertEquals("Chứng thực,1234,1234,0,0,1234,1234,0,0,0,0,0", lines[2]);
        assertEquals("Đất đai,1,0,1,0,0,0,0,0,1,0,1", lines[3]);
        assertEquals("Tổng cộng,1235,1234,1,0,1234,1234,0,0,1,0,1", lines[4]);
        String documents = new String(write(ReportViews.documents(DocumentReport.compute(statistics(), PERIOD), EN),
                ReportFormat.CSV), StandardCharsets.UTF_8);
        assertTrue(documents.contains("\r\nOutgoing documents,Digitally signed (%),66.7\r\n"), documents);
    }

    @Test
    void xlsxKeepsNumbersAsNumbers() throws IOException {
        SignatureCoverage coverage = SignatureCoverage.compute(statistics(), PERIOD, new SignatureCoverage.NotValidPage(
                List.of(new SignatureCoverage.NotValidDocument("workspace://SpacesStore/1", "qd-04.pdf", "04/QĐ-UBND",
                        "2023-06-05", "INVALID", "Chữ ký không khớp nội dung")), 0, 50, false));
        byte[] xlsx = write(ReportViews.signatureCoverage(coverage, VI), ReportFormat.XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(2, workbook.getNumberOfSheets());
            Sheet counts = workbook.getSheetAt(0);
            assertEquals("Trạng thái chữ ký", counts.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Hợp lệ", counts.getRow(2).getCell(0).getStringCellValue());
            assertEquals(2.0, counts.getRow(2).getCell(1).getNumericCellValue());
            assertEquals("Không hợp lệ", counts.getRow(4).getCell(0).getStringCellValue());
            assertEquals(1.0, counts.getRow(4).getCell(1).getNumericCellValue());
            Sheet list = workbook.getSheetAt(1);
            assertEquals("04/QĐ-UBND", list.getRow(2).getCell(1).getStringCellValue());
            assertEquals("Chữ ký không khớp nội dung", list.getRow(2).getCell(4).getStringCellValue());
        }
    }

    @Test
    void htmlIsEscapedAndUsesTheLanguageNumbers() throws IOException {
        DossierReport report = DossierReport.compute(statistics(), PERIOD, GroupBy.UNIT, ElectronicFilter.TRUE);
        String html = new String(write(ReportViews.dossiers(report, VI), ReportFormat.HTML), StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"vi\">"));
        assertTrue(html.contains("<td>Địa chính-NN-XD&amp;MT</td>"), html);
        assertTrue(html.contains("<td class=\"n\">1.234</td>"), html);
        String english = new String(write(ReportViews.dossiers(report, EN), ReportFormat.HTML), StandardCharsets.UTF_8);
        assertTrue(english.contains("<td class=\"n\">1,234</td>"));
        String summary = new String(write(ReportViews.summary(SummaryReport.compute(statistics(), PERIOD, EN), EN),
                ReportFormat.HTML), StandardCharsets.UTF_8);
        assertTrue(summary.contains("<p>- Outgoing documents: 3 issued, of which 3 transmitted over the network (100%) "
                + "and 2 digitally signed (66.7%).</p>"), summary);
    }

    @Test
    void unknownFormatIsRefused() {
        assertEquals(ReportFormat.XLSX, ReportFormat.parse("XLSX"));
        assertEquals(ReportFormat.JSON, ReportFormat.parse(null));
        ReportParameterException error = assertThrows(ReportParameterException.class, () -> ReportFormat.parse("pdf"));
        assertEquals("Không rõ định dạng \"pdf\": dùng json, csv, xlsx hoặc html.", error.getMessage(ReportMessages.VIETNAMESE));
    }
}
