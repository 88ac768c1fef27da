package vn.vanthu.edxml;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Vanthu metadata of a document, in plain Java, keyed by the local names of the vt model
 * properties (the repository side prefixes {@code vt:}); what {@link EdxmlMapping} produces from an
 * incoming package and reads to build the package of an outgoing document. Null means "no value".
 *
 * <p>Model properties: organName, codeNumber, codeNotation, issuedPlace, issuedDate, typeName,
 * subject, signerPosition, signerFullName, dueDate, priority, issuedAmount, pageAmount, language,
 * toPlaces (incoming, one text), recipients (outgoing, multiple), replyNotation (incoming).
 * {@code description} is the edXML Content (cm:description on the node). The last four are
 * edXML facts without a vt property today: documentId, senderOrganId, responseForDocumentId and
 * traces (the TraceHeaderList as a JSON array of {"organId","timestamp"}).
 */
public record VanthuDocumentFields(
        String organName,
        Integer codeNumber,
        String codeNotation,
        String issuedPlace,
        LocalDate issuedDate,
        String typeName,
        String subject,
        String description,
        String signerPosition,
        String signerFullName,
        LocalDate dueDate,
        String priority,
        Integer issuedAmount,
        Integer pageAmount,
        String language,
        String toPlaces,
        List<String> recipients,
        String replyNotation,
        String documentId,
        String senderOrganId,
        String responseForDocumentId,
        String traces) {

    /** Local names of the vt properties this record carries, in record order. */
    public static final List<String> MODEL_PROPERTIES = List.of("organName", "codeNumber", "codeNotation",
            "issuedPlace", "issuedDate", "typeName", "subject", "signerPosition", "signerFullName", "dueDate",
            "priority", "issuedAmount", "pageAmount", "language", "toPlaces", "recipients", "replyNotation");

    public VanthuDocumentFields {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /**
     * The non-null values by name (every component of the record; dates stay {@link LocalDate},
     * recipients a {@code List<String>}, omitted when empty).
     */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "organName", organName);
        put(m, "codeNumber", codeNumber);
        put(m, "codeNotation", codeNotation);
        put(m, "issuedPlace", issuedPlace);
        put(m, "issuedDate", issuedDate);
        put(m, "typeName", typeName);
        put(m, "subject", subject);
        put(m, "description", description);
        put(m, "signerPosition", signerPosition);
        put(m, "signerFullName", signerFullName);
        put(m, "dueDate", dueDate);
        put(m, "priority", priority);
        put(m, "issuedAmount", issuedAmount);
        put(m, "pageAmount", pageAmount);
        put(m, "language", language);
        put(m, "toPlaces", toPlaces);
        if (!recipients.isEmpty()) {
            m.put("recipients", recipients);
        }
        put(m, "replyNotation", replyNotation);
        put(m, "documentId", documentId);
        put(m, "senderOrganId", senderOrganId);
        put(m, "responseForDocumentId", responseForDocumentId);
        put(m, "traces", traces);
        return m;
    }

    /**
     * The reverse of {@link #toMap()}: accepts values as their Java types or as text (numbers as
     * strings, dates as {@code yyyy-MM-dd}, {@link java.util.Date}), e.g. node properties or JSON.
     *
     * @throws IllegalArgumentException naming the key when a value cannot be converted
     */
    public static VanthuDocumentFields fromMap(Map<String, ?> m) {
        return new VanthuDocumentFields(text(m, "organName"), integer(m, "codeNumber"), text(m, "codeNotation"),
                text(m, "issuedPlace"), date(m, "issuedDate"), text(m, "typeName"), text(m, "subject"),
                text(m, "description"), text(m, "signerPosition"), text(m, "signerFullName"), date(m, "dueDate"),
                text(m, "priority"), integer(m, "issuedAmount"), integer(m, "pageAmount"), text(m, "language"),
                text(m, "toPlaces"), list(m, "recipients"), text(m, "replyNotation"), text(m, "documentId"),
                text(m, "senderOrganId"), text(m, "responseForDocumentId"), text(m, "traces"));
    }

    private static void put(Map<String, Object> m, String k, Object v) {
        if (v != null) {
            m.put(k, v);
        }
    }

    private static String text(Map<String, ?> m, String k) {
        Object v = m.get(k);
        if (v == null) {
            return null;
        }
        String s = v.toString();
        return s.isBlank() ? null : s;
    }

    /** The integer at {@code k} (a number or its text), null when absent or blank; shared with {@link EdxmlHeaderMaps}. */
    static Integer integer(Map<String, ?> m, String k) {
        Object v = m.get(k);
        if (v == null || v.toString().isBlank()) {
            return null;
        }
        if (v instanceof Number n) {
            return n.intValue();
        }
        try {
            return Integer.valueOf(v.toString().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(k + ": not a number / không phải số: " + v, e);
        }
    }

    private static LocalDate date(Map<String, ?> m, String k) {
        Object v = m.get(k);
        if (v == null || v.toString().isBlank()) {
            return null;
        }
        if (v instanceof LocalDate d) {
            return d;
        }
        if (v instanceof java.util.Date d) {
            return d.toInstant().atZone(EdxmlFormats.VIETNAM).toLocalDate();
        }
        try {
            return LocalDate.parse(v.toString().strip().substring(0, Math.min(10, v.toString().strip().length())));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(k + ": not a date yyyy-MM-dd / không phải ngày: " + v, e);
        }
    }

    private static List<String> list(Map<String, ?> m, String k) {
        Object v = m.get(k);
        List<String> out = new ArrayList<>();
        if (v instanceof Collection<?> c) {
            for (Object o : c) {
                if (o != null && !o.toString().isBlank()) {
                    out.add(o.toString());
                }
            }
        } else if (v != null && !v.toString().isBlank()) {
            out.add(v.toString());
        }
        return out;
    }
}
