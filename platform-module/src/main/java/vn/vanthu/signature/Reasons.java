package vn.vanthu.signature;

/** Short factories so that every finding is written once, in both languages, where it is found. */
final class Reasons {

    private Reasons() {
    }

    static Reason malformed(String code, String en, String vi) {
        return Reason.of(Verdict.MALFORMED, code, en, vi);
    }

    static Reason invalid(String code, String en, String vi) {
        return Reason.of(Verdict.INVALID, code, en, vi);
    }
}
