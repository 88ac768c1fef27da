package vn.vanthu.report.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.fasterxml.jackson.databind.ObjectMapper;
import vn.vanthu.report.ReportMessages;
import vn.vanthu.json.LineSafeJson;

/** Writes a {@link ReportView} as JSON, CSV (UTF-8 with BOM so spreadsheets read Vietnamese), XLSX or HTML. */
public final class ReportWriter {

    private static final ObjectMapper JSON = LineSafeJson.indented();

    private ReportWriter() {
    }

    /** Writes the view in the format; the stream is flushed, not closed. */
    public static void write(ReportView view, ReportFormat format, OutputStream out) throws IOException {
        switch (format) {
            case JSON -> {
                JSON.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                        .writeValue(out, view.json());
            }
            case CSV -> writeText(out, writer -> csv(view, writer));
            case XLSX -> xlsx(view, out);
            case HTML -> writeText(out, writer -> html(view, writer));
        }
        out.flush();
    }

    private interface TextBody {
        void write(Writer writer) throws IOException;
    }

    private static void writeText(OutputStream out, TextBody body) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        body.write(writer);
        writer.flush();
    }

    private static void csv(ReportView view, Writer writer) throws IOException {
        writer.write('\uFEFF');
        boolean first = true;
        for (ReportTable table : view.tables()) {
            if (!first) {
                writer.write("\r\n");
            }
            first = false;
            csvLine(writer, List.of(table.title()));
            csvLine(writer, table.header());
            for (List<Object> row : table.rows()) {
                csvLine(writer, row);
            }
        }
    }

    private static void csvLine(Writer writer, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            String text = text(cells.get(i));
            if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                text = '"' + text.replace("\"", "\"\"") + '"';
            }
            writer.write(text);
        }
        writer.write("\r\n");
    }

    private static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        return cell instanceof BigDecimal decimal ? decimal.toPlainString() : cell.toString();
    }

    private static void xlsx(ReportView view, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            int index = 0;
            for (ReportTable table : view.tables()) {
                index++;
                Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(index + " " + table.title()));
                Row title = sheet.createRow(0);
                Cell titleCell = title.createCell(0);
                titleCell.setCellValue(table.title());
                titleCell.setCellStyle(bold);
                Row header = sheet.createRow(1);
                for (int c = 0; c < table.header().size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(table.header().get(c));
                    cell.setCellStyle(bold);
                }
                int r = 2;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        Cell cell = row.createCell(c);
                        if (value instanceof BigDecimal number) {
                            cell.setCellValue(number.doubleValue());
                            cell.setCellStyle(decimal);
                        } else if (value instanceof Number number) {
                            cell.setCellValue(number.doubleValue());
                        } else if (value != null) {
                            cell.setCellValue(value.toString());
                        }
                    }
                }
                for (int c = 0; c < table.header().size(); c++) {
                    sheet.setColumnWidth(c, c == 0 ? 40 * 256 : 18 * 256);
                }
            }
            workbook.write(out);
        }
    }

    private static void html(ReportView view, Writer writer) throws IOException {
        ReportMessages messages = ReportMessages.forLanguage(view.lang());
        writer.write("<!DOCTYPE html>\n<html lang=\"" + escape(view.lang()) + "\">\n<head>\n<meta charset=\"UTF-8\">\n<title>");
        writer.write(escape(view.title()));
        writer.write("</title>\n<style>body{font-family:sans-serif}table{border-collapse:collapse;margin:1em 0}"
                + "th,td{border:1px solid #999;padding:4px 8px}td.n{text-align:right}caption{font-weight:bold;"
                + "text-align:left}</style>\n</head>\n<body>\n<h1>");
        writer.write(escape(view.title()));
        writer.write("</h1>\n");
        if (!view.paragraphs().isEmpty()) {
            for (String paragraph : view.paragraphs()) {
                writer.write("<p>" + escape(paragraph) + "</p>\n");
            }
        } else {
            for (ReportTable table : view.tables()) {
                writer.write("<table>\n<caption>" + escape(table.title()) + "</caption>\n<tr>");
                for (String column : table.header()) {
                    writer.write("<th>" + escape(column) + "</th>");
                }
                writer.write("</tr>\n");
                for (List<Object> row : table.rows()) {
                    writer.write("<tr>");
                    for (Object cell : row) {
                        writer.write(cell instanceof Number ? "<td class=\"n\">" : "<td>");
                        writer.write(escape(display(messages, cell)) + "</td>");
                    }
                    writer.write("</tr>\n");
                }
                writer.write("</table>\n");
            }
        }
        writer.write("</body>\n</html>\n");
    }

    /** A cell as people read it: numbers in the language's format (3.015; 99,5). */
    private static String display(ReportMessages messages, Object cell) {
        if (cell instanceof BigDecimal decimal) {
            return messages.percent(decimal);
        }
        if (cell instanceof Long || cell instanceof Integer) {
            return messages.number(((Number) cell).longValue());
        }
        return text(cell);
    }

    /** HTML text escaping of the five significant characters. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
