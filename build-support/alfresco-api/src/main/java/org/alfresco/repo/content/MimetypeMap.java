package org.alfresco.repo.content;

/**
 * Subset: the repository's mimetype registry, here only the constants Vanthu uses (the runtime
 * class also implements MimetypeService, which Vanthu does not call).
 */
public class MimetypeMap {
    public static final String MIMETYPE_BINARY = "application/octet-stream";
    public static final String MIMETYPE_TEXT_PLAIN = "text/plain";
    public static final String MIMETYPE_TEXT_CSV = "text/csv";
    public static final String MIMETYPE_HTML = "text/html";
    public static final String MIMETYPE_XML = "text/xml";
    public static final String MIMETYPE_JSON = "application/json";
    public static final String MIMETYPE_PDF = "application/pdf";
    public static final String MIMETYPE_OPENXML_WORDPROCESSING =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String MIMETYPE_OPENXML_SPREADSHEET =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
