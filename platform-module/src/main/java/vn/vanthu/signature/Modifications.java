package vn.vanthu.signature;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.TreeSet;

/**
 * What the incremental updates after one signature changed, and whether the document's
 * permissions (certification, field locks) allow it. Made by {@link ModificationAnalysis}.
 */
public final class Modifications {

    /** At most this many changes and object numbers in {@link #toMap()} (the reasons name the first few). */
    static final int MAX_CHANGES_SHOWN = 20;
    static final int MAX_OBJECTS_SHOWN = 100;

    /** Kinds of change, from the most harmless; a change's kind decides whether it is allowed. */
    public enum Kind {
        /** Nothing changed after the signature. */
        NONE,
        /** Long-term validation data: a /DSS dictionary (certificates, CRLs, OCSP responses, VRI) or a document timestamp. */
        LTV,
        /** A further signature, into an existing empty signature field or a new one. */
        SIGNATURE,
        /** Form filling: field values and the appearance streams of their widgets. */
        FORM_FILL,
        /** Annotations added, changed or removed. */
        ANNOTATION,
        /** Anything else: page content, page tree, catalogue entries, resources, other objects. */
        OTHER
    }

    /** One change: its kind, the objects it concerns, the page (0 when none), and what it is in both languages. */
    public record Change(Kind kind, List<Integer> objects, int page, String en, String vi, boolean allowed) {
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", kind.name());
            m.put("objects", objects);
            if (page > 0) {
                m.put("page", page);
            }
            m.put("allowed", allowed);
            m.put("en", en);
            m.put("vi", vi);
            return m;
        }
    }

    final Kind kind;
    final List<Change> changes;
    final boolean allowed;
    /** The rule applied: "uncertified", "DocMDP P1", "DocMDP P2", "DocMDP P3" (with " + FieldMDP lock" when a lock applies). */
    final String rule;
    /** Revisions added after the signed one. */
    final int laterRevisions;

    Modifications(List<Change> changes, String rule, int laterRevisions) {
        this.changes = List.copyOf(changes);
        Kind k = Kind.NONE;
        boolean ok = true;
        for (Change c : changes) {
            if (c.kind().ordinal() > k.ordinal()) {
                k = c.kind();
            }
            ok &= c.allowed();
        }
        this.kind = k;
        this.allowed = ok;
        this.rule = rule;
        this.laterRevisions = laterRevisions;
    }

    public Kind kind() {
        return kind;
    }

    public List<Change> changes() {
        return changes;
    }

    public boolean allowed() {
        return allowed;
    }

    public String rule() {
        return rule;
    }

    public int laterRevisions() {
        return laterRevisions;
    }

    /** Every object number changed or added after the signature, in order. */
    public List<Integer> objects() {
        TreeSet<Integer> s = new TreeSet<>();
        for (Change c : changes) {
            s.addAll(c.objects());
        }
        return new ArrayList<>(s);
    }

    /** JSON-ready view: kind, allowed, rule, revisions, objects and the changes. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Integer> objects = objects();
        m.put("kind", kind.name());
        m.put("allowed", allowed);
        if (rule != null) {
            m.put("rule", rule);
        }
        m.put("laterRevisions", laterRevisions);
        m.put("objects", objects.size() > MAX_OBJECTS_SHOWN ? objects.subList(0, MAX_OBJECTS_SHOWN) : objects);
        List<Map<String, Object>> cs = new ArrayList<>();
        // Bounded, so that the stored detail (vt:signatureDetail) stays small whatever the update.
        for (Change c : changes) {
            if (cs.size() == MAX_CHANGES_SHOWN) {
                m.put("changesNotShown", changes.size() - MAX_CHANGES_SHOWN);
                break;
            }
            cs.add(c.toMap());
        }
        m.put("changes", cs);
        return m;
    }
}
