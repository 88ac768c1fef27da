package vn.vanthu.edxml;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.vanthu.metadata.DocumentType;

/**
 * Maps an edXML header to the Vanthu metadata of a document and back, without Alfresco:
 * <pre>
 *  From/OrganName              → organName        From/OrganId → senderOrganId
 *  Code/CodeNumber             → codeNumber (int)  Code/CodeNotation → codeNotation
 *  PromulgationInfo/Place      → issuedPlace      PromulgationInfo/PromulgationDate → issuedDate
 *  DocumentType/TypeName       → typeName (Decree 30 name, see {@link DocumentType})
 *  Subject → subject           Content → description
 *  SignerInfo/Position         → signerPosition (Competence prefixed: "TM. ..." kept as written)
 *  SignerInfo/FullName         → signerFullName   DueDate → dueDate
 *  OtherInfo/Priority 0..4     → priority normal | khẩn | thượng khẩn | hỏa tốc | hỏa tốc (4 = hẹn giờ)
 *  OtherInfo/PromulgationAmount→ issuedAmount     OtherInfo/PageAmount → pageAmount
 *  ToPlaces/Place              → toPlaces (incoming, joined by "; ") / recipients (outgoing)
 *  ResponseFor/Code            → replyNotation    ResponseFor/DocumentId → responseForDocumentId
 *  TraceHeaderList             → traces (JSON)    DocumentId → documentId
 * </pre>
 */
public final class EdxmlMapping {

    /** The vt:priority values, indexed by edXML priority code (4, "hỏa tốc hẹn giờ", maps to hỏa tốc). */
    public static final List<String> PRIORITIES = List.of("normal", "khẩn", "thượng khẩn", "hỏa tốc", "hỏa tốc");

    /** Warning code: the type is known (Nghị định, Thông tư...) but is not a vt:typeName value. */
    public static final String TYPE_NOT_IN_CATALOGUE = "TYPE_NOT_IN_CATALOGUE";

    private EdxmlMapping() {
    }

    /**
     * The metadata of an incoming document and the non-fatal findings.
     *
     * @param fields   the values to store
     * @param warnings findings that do not refuse the package (e.g. a Nghị định, whose type is
     *                 not a vt:typeName value: typeName is then null and the name is in the warning)
     */
    public record Incoming(VanthuDocumentFields fields, List<EdxmlProblem> warnings) {
        public Incoming {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * The metadata of the incoming document a received package becomes.
     *
     * @throws EdxmlException UNKNOWN_TYPE, UNKNOWN_PRIORITY, BAD_NUMBER (all of them at once)
     */
    public static Incoming incoming(EdxmlHeader h) throws EdxmlException {
        List<EdxmlProblem> problems = new ArrayList<>();
        List<EdxmlProblem> warnings = new ArrayList<>();
        Integer number = null;
        if (h.codeNumber() != null) {
            try {
                number = Integer.valueOf(h.codeNumber().strip());
                if (number < 1) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add(EdxmlProblem.of(EdxmlProblem.BAD_NUMBER, "MessageHeader/Code/CodeNumber",
                        "Số văn bản không phải là số dương: " + h.codeNumber(),
                        "The document number is not a positive number: " + h.codeNumber()));
            }
        }
        String typeName = null;
        String edxmlType = h.documentType() == null ? null : h.documentType().typeName();
        if (edxmlType != null) {
            Optional<DocumentType> type = DocumentType.fromName(edxmlType);
            if (type.isEmpty()) {
                problems.add(unknownType(edxmlType));
            } else if (!type.get().inDecree30Catalogue()) {
                warnings.add(EdxmlProblem.of(TYPE_NOT_IN_CATALOGUE, "MessageHeader/DocumentType/TypeName",
                        "Loại văn bản " + type.get().typeName() + " không thuộc danh mục loại văn bản của Nghị định 30; để trống loại",
                        "Document type " + type.get().typeName() + " is not a Decree 30 type; the type is left empty"));
            } else {
                typeName = type.get().typeName();
            }
        }
        String priority = PRIORITIES.get(0);
        Integer issuedAmount = null;
        Integer pageAmount = null;
        if (h.otherInfo() != null) {
            int p = h.otherInfo().priority();
            if (p < 0 || p >= PRIORITIES.size()) {
                problems.add(EdxmlProblem.of(EdxmlProblem.UNKNOWN_PRIORITY, "MessageHeader/OtherInfo/Priority",
                        "Độ khẩn " + p + " không hợp lệ (0 thường, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc, 4 hỏa tốc hẹn giờ)",
                        "Unknown priority " + p + " (0 normal, 1 urgent, 2 very urgent, 3 express, 4 timed express)"));
            } else {
                priority = PRIORITIES.get(p);
            }
            issuedAmount = h.otherInfo().promulgationAmount();
            pageAmount = h.otherInfo().pageAmount();
        }
        if (!problems.isEmpty()) {
            throw new EdxmlException(problems);
        }
        String signerPosition = null;
        String signerName = null;
        if (h.signer() != null) {
            signerPosition = joinCompetence(h.signer().competence(), h.signer().position());
            signerName = blankToNull(h.signer().fullName());
        }
        String reply = null;
        String replyId = null;
        if (!h.responseFor().isEmpty()) {
            EdxmlResponseFor r = h.responseFor().get(0);
            reply = blankToNull(r.code());
            replyId = blankToNull(r.documentId());
        }
        VanthuDocumentFields f = new VanthuDocumentFields(
                h.from() == null ? null : blankToNull(h.from().organName()), number,
                vanthuNotation(h.codeNumber(), blankToNull(h.codeNotation())),
                blankToNull(h.promulgationPlace()), h.promulgationDate(), typeName, blankToNull(h.subject()),
                blankToNull(h.content()), signerPosition, signerName, h.dueDate(), priority, issuedAmount, pageAmount,
                "vi", h.toPlaces().isEmpty() ? null : String.join("; ", h.toPlaces()), List.of(), reply,
                blankToNull(h.documentId()), h.from() == null ? null : blankToNull(h.from().organId()), replyId,
                tracesJson(h.traces()));
        return new Incoming(f, warnings);
    }

    /**
     * The header of the package for an outgoing document.
     *
     * @param f          the document's metadata (typeName, codeNumber, codeNotation, issuedDate and
     *                   subject required; recipients become ToPlaces)
     * @param from       the issuing agency (its code on the exchange axis and its name)
     * @param to         the recipient agencies on the axis
     * @param documentId the package's DocumentId (the repository side derives a stable one per node)
     * @param sentAt     time of sending: the TraceHeader of the issuing agency
     * @throws EdxmlException UNKNOWN_TYPE, UNKNOWN_PRIORITY or MISSING_FIELD, all at once
     */
    public static EdxmlHeader outgoing(VanthuDocumentFields f, EdxmlOrgan from, List<EdxmlOrgan> to,
                                       String documentId, LocalDateTime sentAt) throws EdxmlException {
        List<EdxmlProblem> problems = new ArrayList<>();
        DocumentType type = null;
        if (f.typeName() == null) {
            problems.add(EdxmlProblem.missingField("typeName"));
        } else {
            type = DocumentType.fromName(f.typeName()).orElse(null);
            if (type == null) {
                problems.add(unknownType(f.typeName()));
            }
        }
        int priority = f.priority() == null ? 0 : PRIORITIES.indexOf(f.priority());
        if (priority < 0) {
            problems.add(EdxmlProblem.of(EdxmlProblem.UNKNOWN_PRIORITY, "priority",
                    "Độ khẩn không hợp lệ: " + f.priority(), "Unknown priority: " + f.priority()));
        }
        if (f.codeNumber() == null || f.codeNotation() == null) {
            problems.add(EdxmlProblem.of(EdxmlProblem.MISSING_CODE, "codeNumber",
                    "Văn bản chưa có số và ký hiệu", "The document has no number and notation"));
        }
        if (f.issuedDate() == null) {
            problems.add(EdxmlProblem.missingField("issuedDate"));
        }
        if (f.subject() == null) {
            problems.add(EdxmlProblem.missingField("subject"));
        }
        if (to == null || to.isEmpty()) {
            problems.add(EdxmlProblem.missingField("To"));
        }
        if (!problems.isEmpty()) {
            throw new EdxmlException(problems);
        }
        String number = f.codeNumber() < 10 ? "0" + f.codeNumber() : f.codeNumber().toString();
        String[] signer = splitCompetence(f.signerPosition());
        EdxmlHeader.Builder b = EdxmlHeader.builder()
                .from(from)
                .to(to)
                .documentId(documentId)
                .code(number, edxmlNotation(f.codeNotation()))
                .promulgation(f.issuedPlace(), f.issuedDate())
                .documentType(new EdxmlDocumentType(type.inDecree30Catalogue() ? 2 : 1, 0, type.typeName()))
                .subject(f.subject())
                .content(f.description() != null ? f.description() : f.subject())
                .signer(new EdxmlSignerInfo(signer[0], signer[1], f.signerFullName()))
                .dueDate(f.dueDate())
                .otherInfo(new EdxmlOtherInfo(priority, f.issuedAmount(), f.pageAmount(), null, null, false, List.of()))
                .toPlaces(f.recipients())
                .steeringType(0);
        if (sentAt != null && from != null) {
            b.addTrace(new EdxmlTraceHeader(from.organId(), sentAt.withNano(0)));
        }
        return b.build();
    }

    /** UNKNOWN_TYPE for this type name. */
    public static EdxmlProblem unknownType(String typeName) {
        return EdxmlProblem.of(EdxmlProblem.UNKNOWN_TYPE, "MessageHeader/DocumentType/TypeName",
                "Loại văn bản không có trong danh mục Nghị định 30: " + typeName,
                "Document type not in the Decree 30 list: " + typeName);
    }

    private static final java.util.regex.Pattern LEADING_NUMBER = java.util.regex.Pattern.compile("\\s*(\\d+)\\s*/");

    /**
     * vt:codeNotation as Vanthu stores it, the notation as printed after "Số:" ("04/QĐ-UBND"), from
     * edXML's Code, whose CodeNotation has no number ("QĐ-UBND"). A CodeNotation that already starts
     * with its number (some senders write it so) is kept as it is.
     */
    public static String vanthuNotation(String codeNumber, String codeNotation) {
        if (codeNotation == null || codeNumber == null || codeNumber.isBlank()) {
            return codeNotation;
        }
        String n = codeNumber.strip();
        java.util.regex.Matcher lead = LEADING_NUMBER.matcher(codeNotation);
        if (lead.lookingAt() && n.matches("\\d+")
                && new java.math.BigInteger(lead.group(1)).equals(new java.math.BigInteger(n))) {
            return codeNotation;
        }
        if (n.length() == 1) {
            n = "0" + n;
        }
        return n + "/" + codeNotation;
    }

    /** edXML's CodeNotation ("QĐ-UBND", "2019/NĐ-CP") from vt:codeNotation ("04/QĐ-UBND", "34/2019/NĐ-CP"). */
    public static String edxmlNotation(String vanthuNotation) {
        if (vanthuNotation == null) {
            return null;
        }
        return vanthuNotation.replaceFirst("^\\s*\\d+\\s*/\\s*", "");
    }

    /** The traces as a JSON array: [{"organId":"...","timestamp":"2023-01-06T08:30:00"}]. */
    public static String tracesJson(List<EdxmlTraceHeader> traces) {
        if (traces.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder("[");
        for (EdxmlTraceHeader t : traces) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append("{\"organId\":").append(jsonString(t.organId())).append(",\"timestamp\":")
                    .append(t.timestamp() == null ? "null" : jsonString(t.timestamp().toString())).append('}');
        }
        return sb.append(']').toString();
    }

    static String jsonString(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static final List<String> COMPETENCES = List.of("TM.", "KT.", "TL.", "TUQ.", "Q.");

    private static String joinCompetence(String competence, String position) {
        String c = blankToNull(competence);
        String p = blankToNull(position);
        if (c == null || !COMPETENCES.contains(c.strip().toUpperCase(java.util.Locale.ROOT))) {
            return p;
        }
        return p == null ? c.strip() : c.strip() + " " + p;
    }

    /** "KT. CHỦ TỊCH" → {"KT.", "CHỦ TỊCH"}; a position without competence → {null, position}. */
    private static String[] splitCompetence(String position) {
        if (position == null) {
            return new String[] {null, null};
        }
        String p = position.strip();
        for (String c : COMPETENCES) {
            if (p.regionMatches(true, 0, c, 0, c.length()) && p.length() > c.length()
                    && Character.isWhitespace(p.charAt(c.length()))) {
                return new String[] {c, p.substring(c.length()).strip()};
            }
        }
        return new String[] {null, p};
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
