package vn.vanthu.edxml;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.vanthu.metadata.DocumentType;
import org.w3c.dom.Element;

/**
 * MessageHeader, TraceHeaderList and Status between DOM and the header types, with the field
 * checks of the reader. One problem per faulty field; parsing goes on so that all are reported.
 */
final class HeaderCodec {

    static final String MH = "MessageHeader/";

    private HeaderCodec() {
    }

    // ---------------------------------------------------------------- reading

    static EdxmlHeader parse(Element mh, Element traceList, List<EdxmlProblem> problems) {
        EdxmlHeader.Builder b = EdxmlHeader.builder();
        Element from = Dom.child(mh, "From");
        if (from == null) {
            problems.add(EdxmlProblem.missingField(MH + "From"));
        } else {
            EdxmlOrgan o = organ(from);
            require(o.organId(), MH + "From/OrganId", problems);
            require(o.organName(), MH + "From/OrganName", problems);
            b.from(o);
        }
        List<Element> tos = Dom.children(mh, "To");
        if (tos.isEmpty()) {
            problems.add(EdxmlProblem.missingField(MH + "To"));
        }
        for (Element to : tos) {
            EdxmlOrgan o = organ(to);
            require(o.organId(), MH + "To/OrganId", problems);
            b.addTo(o);
        }
        String documentId = Dom.text(mh, "DocumentId");
        require(documentId, MH + "DocumentId", problems);
        b.documentId(documentId);

        Element code = Dom.child(mh, "Code");
        String number = Dom.text(code, "CodeNumber");
        String notation = Dom.text(code, "CodeNotation");
        if (number == null || notation == null) {
            String missing = code == null ? "Code" : number == null ? "Code/CodeNumber" : "Code/CodeNotation";
            problems.add(EdxmlProblem.of(EdxmlProblem.MISSING_CODE, MH + missing,
                    "Thiếu số, ký hiệu văn bản (" + missing + ")", "Missing document number or notation (" + missing + ")"));
        } else if (!number.matches("\\d{1,9}") || Integer.parseInt(number) < 1) {
            problems.add(EdxmlProblem.of(EdxmlProblem.BAD_NUMBER, MH + "Code/CodeNumber",
                    "Số văn bản không phải là số dương: " + number, "The document number is not a positive number: " + number));
        }
        b.code(number, notation);

        Element prom = Dom.child(mh, "PromulgationInfo");
        String place = Dom.text(prom, "Place");
        LocalDate date = date(Dom.text(prom, "PromulgationDate"), MH + "PromulgationInfo/PromulgationDate", true, problems);
        b.promulgation(place, date);

        Element type = Dom.child(mh, "DocumentType");
        String typeName = Dom.text(type, "TypeName");
        if (typeName == null) {
            problems.add(EdxmlProblem.missingField(MH + "DocumentType/TypeName"));
        } else if (DocumentType.fromName(typeName).isEmpty()) {
            problems.add(EdxmlMapping.unknownType(typeName));
        }
        if (type != null) {
            b.documentType(new EdxmlDocumentType(integer(Dom.text(type, "Type"), 0, MH + "DocumentType/Type", problems),
                    integer(Dom.text(type, "TypeDetail"), 0, MH + "DocumentType/TypeDetail", problems), typeName));
        }
        String subject = Dom.text(mh, "Subject");
        require(subject, MH + "Subject", problems);
        b.subject(subject);
        b.content(Dom.text(mh, "Content"));

        Element signer = Dom.child(mh, "SignerInfo");
        if (signer != null) {
            b.signer(new EdxmlSignerInfo(Dom.text(signer, "Competence"), Dom.text(signer, "Position"),
                    Dom.text(signer, "FullName")));
        }
        b.dueDate(date(Dom.text(mh, "DueDate"), MH + "DueDate", false, problems));

        Element toPlaces = Dom.child(mh, "ToPlaces");
        for (Element p : Dom.children(toPlaces, "Place")) {
            String t = Dom.text(p);
            if (t != null) {
                b.addToPlace(t);
            }
        }
        Element other = Dom.child(mh, "OtherInfo");
        if (other != null) {
            int priority = integer(Dom.text(other, "Priority"), 0, MH + "OtherInfo/Priority", problems);
            if (priority < 0 || priority >= EdxmlMapping.PRIORITIES.size()) {
                problems.add(EdxmlProblem.of(EdxmlProblem.UNKNOWN_PRIORITY, MH + "OtherInfo/Priority",
                        "Độ khẩn " + priority + " không hợp lệ (0 thường, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc, 4 hỏa tốc hẹn giờ)",
                        "Unknown priority " + priority + " (0 normal, 1 urgent, 2 very urgent, 3 express, 4 timed express)"));
            }
            List<String> appendixes = new ArrayList<>();
            for (Element a : Dom.children(Dom.child(other, "Appendixes"), "Appendix")) {
                String t = Dom.text(a);
                if (t != null) {
                    appendixes.add(t);
                }
            }
            String direction = Dom.text(other, "Direction");
            b.otherInfo(new EdxmlOtherInfo(priority,
                    optionalInteger(Dom.text(other, "PromulgationAmount"), MH + "OtherInfo/PromulgationAmount", problems),
                    optionalInteger(Dom.text(other, "PageAmount"), MH + "OtherInfo/PageAmount", problems),
                    Dom.text(other, "SphereOfPromulgation"), Dom.text(other, "TyperNotation"),
                    "true".equalsIgnoreCase(direction) || "1".equals(direction), appendixes));
        }
        String steering = Dom.text(mh, "SteeringType");
        if (steering != null) {
            b.steeringType(integer(steering, 0, MH + "SteeringType", problems));
        }
        for (Element r : Dom.children(mh, "ResponseFor")) {
            b.addResponseFor(responseFor(r, MH + "ResponseFor/", problems));
        }
        if (traceList != null) {
            for (Element t : Dom.children(traceList, "TraceHeader")) {
                b.addTrace(new EdxmlTraceHeader(Dom.text(t, "OrganId"),
                        time(Dom.text(t, "Timestamp"), "TraceHeaderList/TraceHeader/Timestamp", problems)));
            }
        }
        return b.build();
    }

    static EdxmlStatus parseStatus(Element st, List<EdxmlProblem> problems) {
        String p = "Status/";
        Element rf = Dom.child(st, "ResponseFor");
        EdxmlResponseFor responseFor = null;
        if (rf == null) {
            problems.add(EdxmlProblem.missingField(p + "ResponseFor"));
        } else {
            responseFor = responseFor(rf, p + "ResponseFor/", problems);
            require(responseFor.documentId(), p + "ResponseFor/DocumentId", problems);
        }
        Element from = Dom.child(st, "From");
        EdxmlOrgan fromOrgan = from == null ? null : organ(from);
        if (fromOrgan == null || fromOrgan.organId() == null) {
            problems.add(EdxmlProblem.missingField(p + "From/OrganId"));
        }
        Element to = Dom.child(st, "To");
        String codeText = Dom.text(st, "StatusCode");
        EdxmlStatusCode code = null;
        if (codeText == null) {
            problems.add(EdxmlProblem.missingField(p + "StatusCode"));
        } else {
            code = EdxmlStatusCode.fromCode(codeText).orElse(null);
            if (code == null) {
                problems.add(EdxmlProblem.of(EdxmlProblem.UNKNOWN_STATUS, p + "StatusCode",
                        "Mã trạng thái không hợp lệ: " + codeText, "Unknown status code: " + codeText));
            }
        }
        String ts = Dom.text(st, "Timestamp");
        LocalDateTime time = null;
        if (ts == null) {
            problems.add(EdxmlProblem.missingField(p + "Timestamp"));
        } else {
            time = time(ts, p + "Timestamp", problems);
        }
        Element staff = Dom.child(st, "StaffInfo");
        EdxmlStaffInfo staffInfo = staff == null ? null : new EdxmlStaffInfo(Dom.text(staff, "Department"),
                Dom.text(staff, "Staff"), Dom.text(staff, "Email"), Dom.text(staff, "Mobile"));
        return new EdxmlStatus(fromOrgan, to == null ? null : organ(to), responseFor, code, Dom.text(st, "Description"),
                time, staffInfo);
    }

    private static EdxmlResponseFor responseFor(Element r, String path, List<EdxmlProblem> problems) {
        return new EdxmlResponseFor(Dom.text(r, "OrganId"), Dom.text(r, "Code"),
                date(Dom.text(r, "PromulgationDate"), path + "PromulgationDate", false, problems),
                Dom.text(r, "DocumentId"));
    }

    private static EdxmlOrgan organ(Element e) {
        String inCharge = Dom.text(e, "OrganInCharge");
        if (inCharge == null) {
            inCharge = Dom.text(e, "OrganizationInCharge");
        }
        return new EdxmlOrgan(Dom.text(e, "OrganId"), Dom.text(e, "OrganName"), inCharge, Dom.text(e, "OrganAdd"),
                Dom.text(e, "Email"), Dom.text(e, "Telephone"), Dom.text(e, "Fax"), Dom.text(e, "Website"));
    }

    private static void require(String value, String field, List<EdxmlProblem> problems) {
        if (value == null) {
            problems.add(EdxmlProblem.missingField(field));
        }
    }

    private static LocalDate date(String text, String field, boolean required, List<EdxmlProblem> problems) {
        if (text == null) {
            if (required) {
                problems.add(EdxmlProblem.missingField(field));
            }
            return null;
        }
        try {
            return EdxmlFormats.parseDate(text);
        } catch (DateTimeException e) {
            problems.add(impossibleDate(field, text));
            return null;
        }
    }

    private static LocalDateTime time(String text, String field, List<EdxmlProblem> problems) {
        if (text == null) {
            return null;
        }
        try {
            return EdxmlFormats.parseTime(text);
        } catch (DateTimeException e) {
            problems.add(impossibleDate(field, text));
            return null;
        }
    }

    static EdxmlProblem impossibleDate(String field, String text) {
        return EdxmlProblem.of(EdxmlProblem.IMPOSSIBLE_DATE, field,
                "Ngày không hợp lệ hoặc không tồn tại: " + text + " (" + field + ")",
                "Invalid or impossible date: " + text + " (" + field + ")");
    }

    private static int integer(String text, int dflt, String field, List<EdxmlProblem> problems) {
        Integer v = optionalInteger(text, field, problems);
        return v == null ? dflt : v;
    }

    private static Integer optionalInteger(String text, String field, List<EdxmlProblem> problems) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(EdxmlProblem.of(EdxmlProblem.BAD_NUMBER, field, "Không phải là số: " + text + " (" + field + ")",
                    "Not a number: " + text + " (" + field + ")"));
            return null;
        }
    }

    // ---------------------------------------------------------------- writing

    /** Checks what a document message needs before writing; all problems at once. */
    static List<EdxmlProblem> checkForWriting(EdxmlHeader h) {
        List<EdxmlProblem> problems = new ArrayList<>();
        if (h.from() == null || h.from().organId() == null) {
            problems.add(EdxmlProblem.missingField(MH + "From/OrganId"));
        }
        if (h.from() == null || h.from().organName() == null) {
            problems.add(EdxmlProblem.missingField(MH + "From/OrganName"));
        }
        if (h.to().isEmpty()) {
            problems.add(EdxmlProblem.missingField(MH + "To"));
        }
        if (h.documentId() == null || h.documentId().isBlank()) {
            problems.add(EdxmlProblem.missingField(MH + "DocumentId"));
        }
        if (h.codeNumber() == null || h.codeNotation() == null) {
            problems.add(EdxmlProblem.of(EdxmlProblem.MISSING_CODE, MH + "Code", "Thiếu số, ký hiệu văn bản",
                    "Missing document number or notation"));
        }
        if (h.promulgationDate() == null) {
            problems.add(EdxmlProblem.missingField(MH + "PromulgationInfo/PromulgationDate"));
        }
        if (h.documentType() == null || h.documentType().typeName() == null) {
            problems.add(EdxmlProblem.missingField(MH + "DocumentType/TypeName"));
        } else if (DocumentType.fromName(h.documentType().typeName()).isEmpty()) {
            problems.add(EdxmlMapping.unknownType(h.documentType().typeName()));
        }
        if (h.subject() == null || h.subject().isBlank()) {
            problems.add(EdxmlProblem.missingField(MH + "Subject"));
        }
        return problems;
    }

    static void write(EdxmlHeader h, Element header) {
        Element mh = Dom.add(header, "MessageHeader");
        writeOrgan(Dom.add(mh, "From"), h.from());
        for (EdxmlOrgan to : h.to()) {
            writeOrgan(Dom.add(mh, "To"), to);
        }
        Element code = Dom.add(mh, "Code");
        Dom.add(code, "CodeNumber", h.codeNumber());
        Dom.add(code, "CodeNotation", h.codeNotation());
        Element prom = Dom.add(mh, "PromulgationInfo");
        Dom.add(prom, "Place", h.promulgationPlace() == null ? "" : h.promulgationPlace());
        Dom.add(prom, "PromulgationDate", EdxmlFormats.formatDate(h.promulgationDate()));
        Element type = Dom.add(mh, "DocumentType");
        Dom.add(type, "Type", Integer.toString(h.documentType().type()));
        Dom.add(type, "TypeDetail", Integer.toString(h.documentType().typeDetail()));
        Dom.add(type, "TypeName", h.documentType().typeName());
        Dom.add(mh, "Subject", h.subject());
        Dom.add(mh, "Content", h.content() == null ? "" : h.content());
        if (h.signer() != null) {
            Element s = Dom.add(mh, "SignerInfo");
            Dom.add(s, "Competence", h.signer().competence() == null ? "" : h.signer().competence());
            Dom.add(s, "Position", h.signer().position() == null ? "" : h.signer().position());
            Dom.add(s, "FullName", h.signer().fullName() == null ? "" : h.signer().fullName());
        }
        Dom.add(mh, "DueDate", EdxmlFormats.formatDate(h.dueDate()));
        if (!h.toPlaces().isEmpty()) {
            Element places = Dom.add(mh, "ToPlaces");
            for (String p : h.toPlaces()) {
                Dom.add(places, "Place", p);
            }
        }
        if (h.otherInfo() != null) {
            EdxmlOtherInfo o = h.otherInfo();
            Element other = Dom.add(mh, "OtherInfo");
            Dom.add(other, "Priority", Integer.toString(o.priority()));
            Dom.add(other, "SphereOfPromulgation", o.sphereOfPromulgation());
            Dom.add(other, "TyperNotation", o.typerNotation());
            Dom.add(other, "PromulgationAmount", o.promulgationAmount() == null ? null : o.promulgationAmount().toString());
            Dom.add(other, "PageAmount", o.pageAmount() == null ? null : o.pageAmount().toString());
            Dom.add(other, "Direction", Boolean.toString(o.direction()));
            if (!o.appendixes().isEmpty()) {
                Element apps = Dom.add(other, "Appendixes");
                for (String a : o.appendixes()) {
                    Dom.add(apps, "Appendix", a);
                }
            }
        }
        Dom.add(mh, "SteeringType", h.steeringType() == null ? null : h.steeringType().toString());
        Dom.add(mh, "DocumentId", h.documentId());
        for (EdxmlResponseFor r : h.responseFor()) {
            writeResponseFor(Dom.add(mh, "ResponseFor"), r);
        }
        Element traces = Dom.add(header, "TraceHeaderList");
        for (EdxmlTraceHeader t : h.traces()) {
            Element th = Dom.add(traces, "TraceHeader");
            Dom.add(th, "OrganId", t.organId());
            Dom.add(th, "Timestamp", EdxmlFormats.formatTime(t.timestamp()));
        }
    }

    static List<EdxmlProblem> checkForWriting(EdxmlStatus s) {
        List<EdxmlProblem> problems = new ArrayList<>();
        if (s.from() == null || s.from().organId() == null) {
            problems.add(EdxmlProblem.missingField("Status/From/OrganId"));
        }
        if (s.responseFor() == null || s.responseFor().documentId() == null) {
            problems.add(EdxmlProblem.missingField("Status/ResponseFor/DocumentId"));
        }
        if (s.statusCode() == null) {
            problems.add(EdxmlProblem.missingField("Status/StatusCode"));
        }
        if (s.timestamp() == null) {
            problems.add(EdxmlProblem.missingField("Status/Timestamp"));
        }
        return problems;
    }

    static void writeStatus(EdxmlStatus s, Element header) {
        Element st = Dom.add(header, "Status");
        writeResponseFor(Dom.add(st, "ResponseFor"), s.responseFor());
        writeOrgan(Dom.add(st, "From"), s.from());
        if (s.to() != null) {
            writeOrgan(Dom.add(st, "To"), s.to());
        }
        Dom.add(st, "StatusCode", s.statusCode().code());
        Dom.add(st, "Description", s.description() == null ? "" : s.description());
        Dom.add(st, "Timestamp", EdxmlFormats.formatTime(s.timestamp()));
        if (s.staffInfo() != null) {
            Element staff = Dom.add(st, "StaffInfo");
            Dom.add(staff, "Department", s.staffInfo().department());
            Dom.add(staff, "Staff", s.staffInfo().staff());
            Dom.add(staff, "Email", s.staffInfo().email());
            Dom.add(staff, "Mobile", s.staffInfo().mobile());
        }
    }

    private static void writeOrgan(Element e, EdxmlOrgan o) {
        Dom.add(e, "OrganId", o.organId());
        Dom.add(e, "OrganInCharge", o.organInCharge());
        Dom.add(e, "OrganName", o.organName());
        Dom.add(e, "OrganAdd", o.organAdd());
        Dom.add(e, "Email", o.email());
        Dom.add(e, "Telephone", o.telephone());
        Dom.add(e, "Fax", o.fax());
        Dom.add(e, "Website", o.website());
    }

    private static void writeResponseFor(Element e, EdxmlResponseFor r) {
        Dom.add(e, "OrganId", r.organId());
        Dom.add(e, "Code", r.code());
        Dom.add(e, "PromulgationDate", EdxmlFormats.formatDate(r.promulgationDate()));
        Dom.add(e, "DocumentId", r.documentId());
    }
}
