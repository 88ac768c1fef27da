package vn.vanthu.report.output;

import java.util.List;

/**
 * One table of a report as the tabular formats (CSV, XLSX, HTML) show it. Cells are strings or
 * numbers (numbers stay numbers in XLSX); null cells are empty.
 */
public record ReportTable(String title, List<String> header, List<List<Object>> rows) {

    public ReportTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
