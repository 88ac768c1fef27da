package vn.vanthu.report.output;

import java.util.List;
import java.util.Map;

/**
 * A computed report ready to be written: its title, its JSON structure (the shapes of the web
 * script API) and its tables, all in one language.
 *
 * @param name   the file name without extension (documents, dossiers, ...), used for downloads
 * @param lang   "vi" or "en"
 */
public record ReportView(String name, String lang, String title, Map<String, Object> json, List<ReportTable> tables,
                         List<String> paragraphs) {
}
