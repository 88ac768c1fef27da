package vn.vanthu.register;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a register as an XLSX workbook ready to print and bind (A4 landscape, fit to the page
 * width, header rows repeated on every page, numbered columns as on the Decree 30 forms) or as
 * CSV (UTF-8 with a byte order mark so spreadsheet programs read the diacritics, CRLF, RFC 4180).
 */
public final class RegisterWriter {

    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Row index of the first header row in the XLSX sheet (after the title and the period). */
    public static final int FIRST_HEADER_ROW = 3;

    /** Number of header rows for the language: one per language plus the column numbers row. */
    public static int headerRows(RegisterLanguage language) {
        return (language == RegisterLanguage.VI_EN ? 2 : 1) + 1;
    }

    /** The XLSX rendering. {@code agency} is printed above the title ("ỦY BAN NHÂN DÂN XÃ PHÚ HỒ"), may be null. */
    public void writeXlsx(RegisterKind kind, RegisterPeriod period, List<RegisterEntry> entries, String agency,
                          RegisterLanguage language, OutputStream out) throws IOException {
        List<RegisterEntry> rows = kind.select(period, entries);
        List<RegisterKind.Column> columns = kind.columns();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet(language == RegisterLanguage.EN ? "Register" : "So dang ky");
            Styles styles = new Styles(workbook);
            int last = columns.size() - 1;

            cell(sheet, 0, 0, agency == null ? "" : agency, styles.agency);
            cell(sheet, 1, 0, title(kind, language), styles.title);
            cell(sheet, 2, 0, periodLabel(period, language), styles.period);
            for (int r = 0; r < 3; r++) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
            }
            int r = FIRST_HEADER_ROW;
            for (String[] header : headers(kind, language)) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c <= last; c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(header[c]);
                    cell.setCellStyle(styles.header);
                }
            }
            Row numbers = sheet.createRow(r++);
            for (int c = 0; c <= last; c++) {
                Cell cell = numbers.createCell(c);
                cell.setCellValue("(" + (c + 1) + ")");
                cell.setCellStyle(styles.header);
            }
            int lastHeader = r - 1;
            for (RegisterEntry entry : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c <= last; c++) {
                    Object value = columns.get(c).value().apply(entry);
                    Cell cell = row.createCell(c);
                    if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(styles.date);
                    } else if (value instanceof Integer number) {
                        cell.setCellValue(number);
                        cell.setCellStyle(styles.number);
                    } else {
                        if (value != null) {
                            cell.setCellValue(value.toString());
                        }
                        cell.setCellStyle(styles.text);
                    }
                }
            }
            for (int c = 0; c <= last; c++) {
                sheet.setColumnWidth(c, columns.get(c).width() * 256);
            }

            // Printing: A4 landscape, all columns on the page width, headers on every page.
            PrintSetup print = sheet.getPrintSetup();
            print.setLandscape(true);
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setAutobreaks(true);
            sheet.setHorizontallyCenter(true);
            sheet.setMargin(PageMargin.LEFT, 0.5);
            sheet.setMargin(PageMargin.RIGHT, 0.4);
            sheet.setMargin(PageMargin.TOP, 0.6);
            sheet.setMargin(PageMargin.BOTTOM, 0.6);
            sheet.setRepeatingRows(new CellRangeAddress(FIRST_HEADER_ROW, lastHeader, -1, -1));
            sheet.getFooter().setCenter("&P / &N");
            sheet.createFreezePane(0, lastHeader + 1);
            workbook.write(out);
        }
    }

    /** The CSV rendering: title line, period line, header lines (per language), then one line per document. */
    public void writeCsv(RegisterKind kind, RegisterPeriod period, List<RegisterEntry> entries,
                         RegisterLanguage language, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writeCsvLine(writer, List.of(title(kind, language)));
        writeCsvLine(writer, List.of(periodLabel(period, language)));
        for (String[] header : headers(kind, language)) {
            writeCsvLine(writer, List.of(header));
        }
        for (RegisterEntry entry : kind.select(period, entries)) {
            List<String> cells = new ArrayList<>();
            for (RegisterKind.Column column : kind.columns()) {
                Object value = column.value().apply(entry);
                cells.add(value == null ? "" : value instanceof LocalDate date ? VN.format(date) : value.toString());
            }
            writeCsvLine(writer, cells);
        }
        writer.flush();
    }

    private static void writeCsvLine(Writer writer, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            String cell = cells.get(i);
            if (cell.matches("(?s).*[\",\\r\\n].*") || cell.startsWith("=") || cell.startsWith("+") || cell.startsWith("@")) {
                // Quoting also keeps a leading '=' from being read as a formula.
                writer.write('"' + cell.replace("\"", "\"\"") + '"');
            } else {
                writer.write(cell);
            }
        }
        writer.write("\r\n");
    }

    private static List<String[]> headers(RegisterKind kind, RegisterLanguage language) {
        List<String[]> headers = new ArrayList<>();
        if (language != RegisterLanguage.EN) {
            headers.add(kind.columns().stream().map(RegisterKind.Column::headerVi).toArray(String[]::new));
        }
        if (language != RegisterLanguage.VI) {
            headers.add(kind.columns().stream().map(RegisterKind.Column::headerEn).toArray(String[]::new));
        }
        return headers;
    }

    private static String title(RegisterKind kind, RegisterLanguage language) {
        return language.text(kind.titleVi(), kind.titleEn());
    }

    private static String periodLabel(RegisterPeriod period, RegisterLanguage language) {
        return language.text(period.labelVi(), period.labelEn());
    }

    private static void cell(XSSFSheet sheet, int row, int column, String value, CellStyle style) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        Cell cell = r.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle agency;
        final CellStyle title;
        final CellStyle period;
        final CellStyle header;
        final CellStyle text;
        final CellStyle number;
        final CellStyle date;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            bold.setFontName("Times New Roman");
            bold.setFontHeightInPoints((short) 11);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontName("Times New Roman");
            big.setFontHeightInPoints((short) 14);
            Font plain = workbook.createFont();
            plain.setFontName("Times New Roman");
            plain.setFontHeightInPoints((short) 11);

            agency = workbook.createCellStyle();
            agency.setFont(bold);
            title = centered(workbook, big, false);
            period = centered(workbook, plain, false);
            header = centered(workbook, bold, true);
            header.setWrapText(true);
            text = bordered(workbook, plain);
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            number = bordered(workbook, plain);
            number.setAlignment(HorizontalAlignment.CENTER);
            number.setVerticalAlignment(VerticalAlignment.TOP);
            date = bordered(workbook, plain);
            date.setAlignment(HorizontalAlignment.CENTER);
            date.setVerticalAlignment(VerticalAlignment.TOP);
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        }

        private static CellStyle centered(XSSFWorkbook workbook, Font font, boolean border) {
            CellStyle style = border ? bordered(workbook, font) : workbook.createCellStyle();
            style.setFont(font);
            style.setAlignment(HorizontalAlignment.CENTER);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }

        private static CellStyle bordered(XSSFWorkbook workbook, Font font) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
