package vn.vanthu.edxml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link EdxmlHeader} as nested maps and lists of strings, numbers and booleans (ready for any
 * JSON library), and back. Keys are the header's accessor names; dates are ISO {@code yyyy-MM-dd},
 * times ISO {@code yyyy-MM-ddTHH:mm:ss} (local time of Vietnam). Absent values are left out.
 * This is the form of {@code metadata.json} written by {@code vanthu-tools edxml unpack} and
 * read by {@code edxml pack}.
 */
public final class EdxmlHeaderMaps {

    private EdxmlHeaderMaps() {
    }

    public static Map<String, Object> toMap(EdxmlHeader h) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "from", organ(h.from()));
        List<Object> to = new ArrayList<>();
        h.to().forEach(o -> to.add(organ(o)));
        m.put("to", to);
        put(m, "documentId", h.documentId());
        put(m, "codeNumber", h.codeNumber());
        put(m, "codeNotation", h.codeNotation());
        put(m, "promulgationPlace", h.promulgationPlace());
        put(m, "promulgationDate", h.promulgationDate());
        if (h.documentType() != null) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("type", h.documentType().type());
            t.put("typeDetail", h.documentType().typeDetail());
            put(t, "typeName", h.documentType().typeName());
            m.put("documentType", t);
        }
        put(m, "subject", h.subject());
        put(m, "content", h.content());
        if (h.signer() != null) {
            Map<String, Object> s = new LinkedHashMap<>();
            put(s, "competence", h.signer().competence());
            put(s, "position", h.signer().position());
            put(s, "fullName", h.signer().fullName());
            m.put("signer", s);
        }
        put(m, "dueDate", h.dueDate());
        if (h.otherInfo() != null) {
            EdxmlOtherInfo o = h.otherInfo();
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("priority", o.priority());
            put(x, "promulgationAmount", o.promulgationAmount());
            put(x, "pageAmount", o.pageAmount());
            put(x, "sphereOfPromulgation", o.sphereOfPromulgation());
            put(x, "typerNotation", o.typerNotation());
            x.put("direction", o.direction());
            if (!o.appendixes().isEmpty()) {
                x.put("appendixes", new ArrayList<>(o.appendixes()));
            }
            m.put("otherInfo", x);
        }
        if (!h.toPlaces().isEmpty()) {
            m.put("toPlaces", new ArrayList<>(h.toPlaces()));
        }
        if (!h.responseFor().isEmpty()) {
            List<Object> rs = new ArrayList<>();
            for (EdxmlResponseFor r : h.responseFor()) {
                Map<String, Object> x = new LinkedHashMap<>();
                put(x, "organId", r.organId());
                put(x, "code", r.code());
                put(x, "promulgationDate", r.promulgationDate());
                put(x, "documentId", r.documentId());
                rs.add(x);
            }
            m.put("responseFor", rs);
        }
        if (!h.traces().isEmpty()) {
            List<Object> ts = new ArrayList<>();
            for (EdxmlTraceHeader t : h.traces()) {
                Map<String, Object> x = new LinkedHashMap<>();
                put(x, "organId", t.organId());
                put(x, "timestamp", t.timestamp());
                ts.add(x);
            }
            m.put("traces", ts);
        }
        put(m, "steeringType", h.steeringType());
        return m;
    }

    /**
     * The header these maps describe.
     *
     * @throws IllegalArgumentException naming the key whose value has the wrong form
     */
    public static EdxmlHeader fromMap(Map<String, ?> m) {
        EdxmlHeader.Builder b = EdxmlHeader.builder();
        Map<String, ?> from = map(m, "from");
        if (from != null) {
            b.from(organ(from));
        }
        for (Map<String, ?> to : maps(m, "to")) {
            b.addTo(organ(to));
        }
        b.documentId(text(m, "documentId"));
        b.code(text(m, "codeNumber"), text(m, "codeNotation"));
        b.promulgation(text(m, "promulgationPlace"), date(m, "promulgationDate"));
        Map<String, ?> t = map(m, "documentType");
        if (t != null) {
            b.documentType(new EdxmlDocumentType(integer(t, "type", 0), integer(t, "typeDetail", 0), text(t, "typeName")));
        }
        b.subject(text(m, "subject"));
        b.content(text(m, "content"));
        Map<String, ?> s = map(m, "signer");
        if (s != null) {
            b.signer(new EdxmlSignerInfo(text(s, "competence"), text(s, "position"), text(s, "fullName")));
        }
        b.dueDate(date(m, "dueDate"));
        Map<String, ?> o = map(m, "otherInfo");
        if (o != null) {
            Object dir = o.get("direction");
            b.otherInfo(new EdxmlOtherInfo(integer(o, "priority", 0), optionalInteger(o, "promulgationAmount"),
                    optionalInteger(o, "pageAmount"), text(o, "sphereOfPromulgation"), text(o, "typerNotation"),
                    dir != null && Boolean.parseBoolean(dir.toString()), strings(o, "appendixes")));
        }
        b.toPlaces(strings(m, "toPlaces"));
        for (Map<String, ?> r : maps(m, "responseFor")) {
            b.addResponseFor(new EdxmlResponseFor(text(r, "organId"), text(r, "code"), date(r, "promulgationDate"),
                    text(r, "documentId")));
        }
        for (Map<String, ?> x : maps(m, "traces")) {
            String ts = text(x, "timestamp");
            LocalDateTime time;
            try {
                time = ts == null ? null : EdxmlFormats.parseTime(ts);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("traces.timestamp: not a time / không phải thời điểm: " + ts, e);
            }
            b.addTrace(new EdxmlTraceHeader(text(x, "organId"), time));
        }
        b.steeringType(optionalInteger(m, "steeringType"));
        return b.build();
    }

    private static Map<String, Object> organ(EdxmlOrgan o) {
        if (o == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "organId", o.organId());
        put(m, "organName", o.organName());
        put(m, "organInCharge", o.organInCharge());
        put(m, "organAdd", o.organAdd());
        put(m, "email", o.email());
        put(m, "telephone", o.telephone());
        put(m, "fax", o.fax());
        put(m, "website", o.website());
        return m;
    }

    /** An agency from its map form (organId, organName, organInCharge, organAdd, email, telephone, fax, website). */
    public static EdxmlOrgan organ(Map<String, ?> m) {
        return new EdxmlOrgan(text(m, "organId"), text(m, "organName"), text(m, "organInCharge"), text(m, "organAdd"),
                text(m, "email"), text(m, "telephone"), text(m, "fax"), text(m, "website"));
    }

    private static void put(Map<String, Object> m, String k, Object v) {
        if (v instanceof LocalDate || v instanceof LocalDateTime) {
            m.put(k, v.toString());
        } else if (v != null) {
            m.put(k, v);
        }
    }

    private static String text(Map<String, ?> m, String k) {
        Object v = m.get(k);
        return v == null ? null : v.toString();
    }

    private static LocalDate date(Map<String, ?> m, String k) {
        String v = text(m, k);
        try {
            return v == null ? null : EdxmlFormats.parseDate(v);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(k + ": not a date yyyy-MM-dd / không phải ngày: " + v, e);
        }
    }

    private static int integer(Map<String, ?> m, String k, int dflt) {
        Integer v = optionalInteger(m, k);
        return v == null ? dflt : v;
    }

    private static Integer optionalInteger(Map<String, ?> m, String k) {
        return VanthuDocumentFields.integer(m, k);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> map(Map<String, ?> m, String k) {
        Object v = m.get(k);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Map)) {
            throw new IllegalArgumentException(k + ": an object is expected / cần một đối tượng");
        }
        return (Map<String, ?>) v;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, ?>> maps(Map<String, ?> m, String k) {
        Object v = m.get(k);
        List<Map<String, ?>> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!(v instanceof List<?> l)) {
            throw new IllegalArgumentException(k + ": a list is expected / cần một danh sách");
        }
        for (Object o : l) {
            if (!(o instanceof Map)) {
                throw new IllegalArgumentException(k + ": a list of objects is expected / cần danh sách đối tượng");
            }
            out.add((Map<String, ?>) o);
        }
        return out;
    }

    private static List<String> strings(Map<String, ?> m, String k) {
        Object v = m.get(k);
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            for (Object o : l) {
                if (o != null) {
                    out.add(o.toString());
                }
            }
        } else if (v != null) {
            out.add(v.toString());
        }
        return out;
    }
}
