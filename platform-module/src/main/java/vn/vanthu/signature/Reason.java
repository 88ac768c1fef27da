package vn.vanthu.signature;

/**
 * One finding of a verification, written for the clerk in Vietnamese and English. A reason whose
 * verdict is {@link Verdict#VALID} is informational (for example "signing time is claimed").
 *
 * @param verdict the verdict this finding implies on its own
 * @param code    stable machine-readable code, e.g. {@code DIGEST_MISMATCH}
 * @param en      English text
 * @param vi      Vietnamese text
 */
public record Reason(Verdict verdict, String code, String en, String vi) {

    static Reason of(Verdict verdict, String code, String en, String vi) {
        return new Reason(verdict, code, en, vi);
    }

    static Reason info(String code, String en, String vi) {
        return new Reason(Verdict.VALID, code, en, vi);
    }

    /** JSON-ready view. */
    public java.util.Map<String, String> toMap() {
        java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("code", code);
        m.put("verdict", verdict.name());
        m.put("vi", vi);
        m.put("en", en);
        return m;
    }

    /** "vi / en", the form stored on nodes and printed by the command line. */
    public String text() {
        return vi + " / " + en;
    }
}
