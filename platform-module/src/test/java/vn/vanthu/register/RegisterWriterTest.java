package vn.vanthu.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RegisterWriterTest {

    private static final LocalDate JAN_06 = LocalDate.of(2023, 1, 6);

    private static List<RegisterEntry> incoming() {
        return List.of(
                new RegisterEntry().arrivalNumber(2).arrivalDate(LocalDate.of(2023, 1, 9)).organName("BỘ NỘI VỤ")
                        .codeNotation("112/BNV-VTLTNN").issuedDate(LocalDate.of(2023, 1, 5)).typeName("Công văn")
                        .subject("V/v hướng dẫn thực hiện Nghị định số 30/2020/NĐ-CP").toPlaces("Văn phòng - Thống kê")
                        .dueDate(LocalDate.of(2023, 1, 20)).notes("Hỏa tốc, \"khẩn\""),
                new RegisterEntry().arrivalNumber(1).arrivalDate(JAN_06).organName("ỦY BAN NHÂN DÂN HUYỆN PHÚ VANG")
                        .codeNotation("02/CT-UBND").issuedDate(LocalDate.of(2023, 1, 4)).typeName("Chỉ thị")
                        .subject("Về việc tăng cường công tác phòng, chống cháy rừng").toPlaces("Địa chính")
                        .handler("Hồ Văn Bình").progress("Đang giải quyết").replyNotation("05/BC-UBND"),
                new RegisterEntry().arrivalNumber(230).arrivalDate(LocalDate.of(2022, 12, 30)).organName("SỞ NỘI VỤ")
                        .codeNotation("99/SNV").issuedDate(LocalDate.of(2022, 12, 28)).typeName("Công văn").subject("V/v năm cũ"));
    }

    private static XSSFWorkbook read(byte[] bytes) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static String text(Sheet sheet, int row, int column) {
        Cell cell = sheet.getRow(row).getCell(column);
        return cell == null || cell.getCellType() == CellType.BLANK ? null : cell.getStringCellValue();
    }

    private static LocalDate date(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getLocalDateTimeCellValue().toLocalDate();
    }

    private static double number(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getNumericCellValue();
    }

    @Test
    void incomingRegisterHasEveryColumnInBothLanguagesAndTheYearsDocumentsInOrder() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RegisterWriter().writeXlsx(RegisterKind.INCOMING, RegisterPeriod.ofYear(2023), incoming(),
                "ỦY BAN NHÂN DÂN XÃ PHÚ HỒ", RegisterLanguage.VI_EN, out);
        try (XSSFWorkbook workbook = read(out.toByteArray())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("ỦY BAN NHÂN DÂN XÃ PHÚ HỒ", text(sheet, 0, 0));
            assertEquals("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN / INCOMING DOCUMENTS REGISTER", text(sheet, 1, 0));
            assertEquals("Năm 2023 / Year 2023", text(sheet, 2, 0));
            String[] vi = {"Ngày đến", "Số đến", "Tác giả", "Số, ký hiệu", "Ngày tháng", "Tên loại và trích yếu nội dung",
                "Đơn vị hoặc người nhận", "Ngày chuyển", "Ký nhận", "Ghi chú"};
            String[] en = {"Arrival date", "Arrival number", "Issuer", "Number and notation", "Document date",
                "Type and summary", "Receiving unit or person", "Date forwarded", "Receipt signature", "Notes"};
            for (int c = 0; c < vi.length; c++) {
                assertEquals(vi[c], text(sheet, 3, c));
                assertEquals(en[c], text(sheet, 4, c));
                assertEquals("(" + (c + 1) + ")", text(sheet, 5, c));
            }
            assertEquals(vi.length, sheet.getRow(3).getLastCellNum());

            // arrival number 1 first; the 2022 document is outside the year
            assertEquals(JAN_06, date(sheet, 6, 0));
            assertEquals(1.0, number(sheet, 6, 1));
            assertEquals("ỦY BAN NHÂN DÂN HUYỆN PHÚ VANG", text(sheet, 6, 2));
            assertEquals("02/CT-UBND", text(sheet, 6, 3));
            assertEquals(LocalDate.of(2023, 1, 4), date(sheet, 6, 4));
            assertEquals("Chỉ thị: Về việc tăng cường công tác phòng, chống cháy rừng", text(sheet, 6, 5));
            assertEquals("Địa chính", text(sheet, 6, 6));
            assertEquals(null, text(sheet, 6, 7));
            assertEquals(null, text(sheet, 6, 8));
            assertEquals(2.0, number(sheet, 7, 1));
            assertEquals("V/v hướng dẫn thực hiện Nghị định số 30/2020/NĐ-CP", text(sheet, 7, 5));
            assertEquals("Hỏa tốc, \"khẩn\"", text(sheet, 7, 9));
            assertEquals(7, sheet.getLastRowNum());
            assertEquals("dd/mm/yyyy", sheet.getRow(6).getCell(0).getCellStyle().getDataFormatString());

            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals(1, sheet.getPrintSetup().getFitWidth());
            assertEquals(0, sheet.getPrintSetup().getFitHeight());
            assertTrue(sheet.getFitToPage());
            assertEquals("3:5", sheet.getRepeatingRows().getFirstRow() + ":" + sheet.getRepeatingRows().getLastRow());
        }
    }

    @Test
    void followUpRegisterForADateRange() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RegisterWriter().writeXlsx(RegisterKind.INCOMING_FOLLOW_UP,
                new RegisterPeriod(LocalDate.of(2022, 12, 15), JAN_06), incoming(), null, RegisterLanguage.VI, out);
        try (XSSFWorkbook workbook = read(out.toByteArray())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("SỔ THEO DÕI GIẢI QUYẾT VĂN BẢN ĐẾN", text(sheet, 1, 0));
            assertEquals("Từ ngày 15/12/2022 đến ngày 06/01/2023", text(sheet, 2, 0));
            assertEquals("Số đến", text(sheet, 3, 0));
            assertEquals("Số, ký hiệu văn bản trả lời", text(sheet, 3, 5));
            assertEquals("(1)", text(sheet, 4, 0));
            // year 2022 comes first, then 2023; arrival on 09/01 is outside the range
            assertEquals(230.0, number(sheet, 5, 0));
            assertEquals("Công văn số 99/SNV ngày 28/12/2022 của SỞ NỘI VỤ", text(sheet, 5, 1));
            assertEquals(1.0, number(sheet, 6, 0));
            assertEquals("Chỉ thị số 02/CT-UBND ngày 04/01/2023 của ỦY BAN NHÂN DÂN HUYỆN PHÚ VANG", text(sheet, 6, 1));
            assertEquals("Hồ Văn Bình", text(sheet, 6, 2));
            assertEquals("Đang giải quyết", text(sheet, 6, 4));
            assertEquals("05/BC-UBND", text(sheet, 6, 5));
            assertEquals(6, sheet.getLastRowNum());
        }
    }

    @Test
    void outgoingRegisterInCsv() throws Exception {
        List<RegisterEntry> outgoing = List.of(
                new RegisterEntry().codeNumber(4).codeNotation("04/QĐ-UBND").issuedDate(JAN_06).typeName("Quyết định")
                        .subject("Về việc ban hành Kế hoạch cải cách hành chính năm 2023").signerFullName("Nguyễn Văn Hùng")
                        .recipients(List.of("UBND huyện Phú Vang", "Các thôn")).issuedAmount(5).fileCopyUnit("Văn phòng")
                        .sentDate(LocalDate.of(2023, 1, 7)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RegisterWriter().writeCsv(RegisterKind.OUTGOING, RegisterPeriod.ofYear(2023), outgoing, RegisterLanguage.VI_EN, out);
        byte[] bytes = out.toByteArray();
        assertEquals(0xEF, bytes[0] & 0xFF, "UTF-8 byte order mark");
        String[] lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertEquals("SỔ ĐĂNG KÝ VĂN BẢN ĐI / OUTGOING DOCUMENTS REGISTER", lines[0]);
        assertEquals("Năm 2023 / Year 2023", lines[1]);
        assertEquals("\"Số, ký hiệu văn bản\",Ngày tháng văn bản,Tên loại và trích yếu nội dung văn bản,Người ký,"
                + "Nơi nhận văn bản,\"Đơn vị, người nhận bản lưu\",Số lượng bản,Ngày chuyển,Ký nhận,Ghi chú", lines[2]);
        assertEquals("Number and notation,Document date,Type and summary,Signer,Recipients,Unit keeping the file copy,"
                + "Copies,Date sent,Receipt signature,Notes", lines[3]);
        assertEquals("04/QĐ-UBND,06/01/2023,Quyết định: Về việc ban hành Kế hoạch cải cách hành chính năm 2023,"
                + "Nguyễn Văn Hùng,UBND huyện Phú Vang; Các thôn,Văn phòng,5,07/01/2023,,", lines[4]);
        assertEquals(5, lines.length);
    }

    @Test
    void badPeriodAndLanguageAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RegisterPeriod(JAN_06, JAN_06.minusDays(1)));
        assertThrows(IllegalArgumentException.class, () -> RegisterLanguage.parse("fr"));
        assertEquals(RegisterLanguage.VI_EN, RegisterLanguage.parse(null));
    }
}
