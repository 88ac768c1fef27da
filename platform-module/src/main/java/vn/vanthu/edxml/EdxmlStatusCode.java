package vn.vanthu.edxml;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Status codes of QCVN 102 status messages. The receiving agency sends 01 to 06, 15 and 16; the
 * issuing agency sends 13. {@link #allowedNext()} is the sequence Vanthu accepts:
 * <pre>
 *  (none) → 01 arrived
 *  01 → 02 rejected | 03 accepted | 13
 *  03 → 04 assigned | 05 in progress | 06 done | 13
 *  04 → 05 | 06 | 13        05 → 06 | 13        06 → 13
 *  13 recall requested → 15 recall accepted | 16 recall refused
 *  16 → 04 | 05 | 06 | 13 (handling goes on)
 *  02 and 15 are final.
 * </pre>
 */
public enum EdxmlStatusCode {
    ARRIVED("01", "Đã đến", "Arrived"),
    REJECTED("02", "Từ chối tiếp nhận", "Rejected"),
    ACCEPTED("03", "Đã tiếp nhận", "Accepted"),
    ASSIGNED("04", "Đã phân công", "Assigned"),
    IN_PROGRESS("05", "Đang xử lý", "In progress"),
    DONE("06", "Hoàn thành", "Done"),
    RECALL_REQUESTED("13", "Đề nghị thu hồi", "Recall requested"),
    RECALL_ACCEPTED("15", "Đồng ý thu hồi", "Recall accepted"),
    RECALL_REFUSED("16", "Từ chối thu hồi", "Recall refused");

    private final String code;
    private final String vi;
    private final String en;

    EdxmlStatusCode(String code, String vi, String en) {
        this.code = code;
        this.vi = vi;
        this.en = en;
    }

    /** The two-digit code as written in StatusCode ("01"). */
    public String code() {
        return code;
    }

    /** Vietnamese name. */
    public String vi() {
        return vi;
    }

    /** English name. */
    public String en() {
        return en;
    }

    /** The code "01" (or "1", with or without spaces) as a status. */
    public static Optional<EdxmlStatusCode> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip();
        if (c.length() == 1) {
            c = "0" + c;
        }
        for (EdxmlStatusCode s : values()) {
            if (s.code.equals(c)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The statuses allowed first, before any status was recorded: only 01. */
    public static Set<EdxmlStatusCode> allowedFirst() {
        return EnumSet.of(ARRIVED);
    }

    /** The statuses that may follow this one. */
    public Set<EdxmlStatusCode> allowedNext() {
        return switch (this) {
            case ARRIVED -> EnumSet.of(REJECTED, ACCEPTED, RECALL_REQUESTED);
            case ACCEPTED -> EnumSet.of(ASSIGNED, IN_PROGRESS, DONE, RECALL_REQUESTED);
            case ASSIGNED -> EnumSet.of(IN_PROGRESS, DONE, RECALL_REQUESTED);
            case IN_PROGRESS -> EnumSet.of(DONE, RECALL_REQUESTED);
            case DONE -> EnumSet.of(RECALL_REQUESTED);
            case RECALL_REQUESTED -> EnumSet.of(RECALL_ACCEPTED, RECALL_REFUSED);
            case RECALL_REFUSED -> EnumSet.of(ASSIGNED, IN_PROGRESS, DONE, RECALL_REQUESTED);
            case REJECTED, RECALL_ACCEPTED -> EnumSet.noneOf(EdxmlStatusCode.class);
        };
    }

    /** True when {@code next} may follow {@code current} ({@code current} null: nothing recorded yet). */
    public static boolean allowed(EdxmlStatusCode current, EdxmlStatusCode next) {
        return (current == null ? allowedFirst() : current.allowedNext()).contains(next);
    }

    /**
     * Checks a transition; throws {@code BAD_STATUS_SEQUENCE} naming both statuses and what may
     * follow.
     *
     * @param current the document's last status, or null when none was recorded
     * @param next    the status to record
     */
    public static void check(EdxmlStatusCode current, EdxmlStatusCode next) throws EdxmlException {
        if (next == null) {
            throw new EdxmlException(EdxmlProblem.missingField("Status/StatusCode"));
        }
        if (allowed(current, next)) {
            return;
        }
        Set<EdxmlStatusCode> ok = current == null ? allowedFirst() : current.allowedNext();
        StringBuilder codes = new StringBuilder();
        for (EdxmlStatusCode s : ok) {
            codes.append(codes.length() == 0 ? "" : ", ").append(s.code);
        }
        String list = codes.length() == 0 ? "-" : codes.toString();
        String cur = current == null ? "(chưa có / none)" : current.code;
        throw new EdxmlException(EdxmlProblem.of(EdxmlProblem.BAD_STATUS_SEQUENCE, "Status/StatusCode",
                "Trạng thái " + next.code + " (" + next.vi + ") không được theo sau trạng thái " + cur
                        + (current == null ? "" : " (" + current.vi + ")") + "; được phép: " + list,
                "Status " + next.code + " (" + next.en + ") may not follow status " + cur
                        + (current == null ? "" : " (" + current.en + ")") + "; allowed: " + list));
    }
}
