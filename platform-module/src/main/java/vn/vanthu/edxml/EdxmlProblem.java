package vn.vanthu.edxml;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One problem found in an edXML message, written for the clerk in Vietnamese and English. The
 * {@link #code()} is stable (tests, the command line and the repository side switch on it); the
 * {@link #field()} names the element concerned as a path below the root, e.g.
 * {@code MessageHeader/Code/CodeNumber}, or an attachment as {@code Attachment[cid:...]}.
 *
 * @param code  stable machine-readable code, one of the constants of this class
 * @param field the element or attachment concerned, or null for the message as a whole
 * @param vi    Vietnamese text
 * @param en    English text
 */
public record EdxmlProblem(String code, String field, String vi, String en) {

    /** The input is well-formed XML but not an edXML message (wrong root or namespace). */
    public static final String NOT_EDXML = "NOT_EDXML";
    /** The input is not well-formed XML (or is truncated). */
    public static final String MALFORMED_XML = "MALFORMED_XML";
    /** A DTD, entity declaration or external entity: refused outright. */
    public static final String DTD_NOT_ALLOWED = "DTD_NOT_ALLOWED";
    /** An element's text, the nesting depth or the element count is over the reader's limits. */
    public static final String TOO_LARGE = "TOO_LARGE";
    /** A required element is missing or empty; {@link #field()} names it. */
    public static final String MISSING_FIELD = "MISSING_FIELD";
    /** Code (CodeNumber or CodeNotation) missing or empty. */
    public static final String MISSING_CODE = "MISSING_CODE";
    /** A number field is not a number (CodeNumber, Priority, PageAmount...). */
    public static final String BAD_NUMBER = "BAD_NUMBER";
    /** A date that does not exist (2023-02-30) or cannot be read. */
    public static final String IMPOSSIBLE_DATE = "IMPOSSIBLE_DATE";
    /** DocumentType/TypeName is not a Decree 30 type Vanthu knows. */
    public static final String UNKNOWN_TYPE = "UNKNOWN_TYPE";
    /** OtherInfo/Priority is not one of the edXML priority codes 0..4. */
    public static final String UNKNOWN_PRIORITY = "UNKNOWN_PRIORITY";
    /** A status package's StatusCode is not one of the known codes. */
    public static final String UNKNOWN_STATUS = "UNKNOWN_STATUS";
    /** A status that may not follow the current status of the document. */
    public static final String BAD_STATUS_SEQUENCE = "BAD_STATUS_SEQUENCE";
    /** The SHA-256 of the decoded attachment differs from the manifest's. */
    public static final String DIGEST_MISMATCH = "DIGEST_MISMATCH";
    /** The decoded size of the attachment differs from the manifest's. */
    public static final String SIZE_MISMATCH = "SIZE_MISMATCH";
    /** ContentTransferEncoded is not base64. */
    public static final String MALFORMED_BASE64 = "MALFORMED_BASE64";
    /** The manifest lists an attachment the package does not carry. */
    public static final String MISSING_ATTACHMENT = "MISSING_ATTACHMENT";
    /** The package carries an attachment the manifest does not list (or lists twice). */
    public static final String UNLISTED_ATTACHMENT = "UNLISTED_ATTACHMENT";
    /** A document message without any attachment. */
    public static final String NO_ATTACHMENT = "NO_ATTACHMENT";
    /** A package with this DocumentId was already received (checked by the caller). */
    public static final String DUPLICATE_DOCUMENT_ID = "DUPLICATE_DOCUMENT_ID";
    /** The package signature is invalid and the reader was told to require a valid one. */
    public static final String BAD_SIGNATURE = "BAD_SIGNATURE";

    public EdxmlProblem {
        if (code == null || vi == null || en == null) {
            throw new IllegalArgumentException("code, vi and en are required");
        }
    }

    /** A problem with a field. */
    public static EdxmlProblem of(String code, String field, String vi, String en) {
        return new EdxmlProblem(code, field, vi, en);
    }

    /** A required element is missing: {@code MISSING_FIELD} naming it in both languages. */
    public static EdxmlProblem missingField(String field) {
        return new EdxmlProblem(MISSING_FIELD, field, "Thiếu trường bắt buộc " + field, "Missing required field " + field);
    }

    /**
     * The problem the caller reports when a package with the same DocumentId was already received.
     *
     * @param documentId the DocumentId of the package
     * @param existing   how the earlier document is named to the clerk (node name, arrival number...)
     */
    public static EdxmlProblem duplicateDocumentId(String documentId, String existing) {
        return new EdxmlProblem(DUPLICATE_DOCUMENT_ID, "MessageHeader/DocumentId",
                "Gói edXML có DocumentId " + documentId + " đã được tiếp nhận: " + existing,
                "An edXML package with DocumentId " + documentId + " was already received: " + existing);
    }

    /** JSON-ready view: code, field, vi, en. */
    public Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code", code);
        if (field != null) {
            m.put("field", field);
        }
        m.put("vi", vi);
        m.put("en", en);
        return m;
    }

    /** "vi / en". */
    public String text() {
        return vi + " / " + en;
    }
}
