package vn.vanthu.feedback;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a feedback on administrative regulations can be handled (Decree 20/2008/NĐ-CP, art. 7,
 * as amended by Decree 92/2017/NĐ-CP): it must give the name, the address and a phone number or
 * e-mail address of the individual or organisation sending it, and state its content. A
 * submission lacking them is still recorded, as not admissible, with the reasons.
 */
public final class Admissibility {

    /** One reason a feedback is not admissible, in both languages. */
    public record Reason(String code, String vi, String en) {
        public String text() {
            return vi + " / " + en;
        }
    }

    public static final Reason NO_NAME = new Reason("NO_NAME", "Thiếu họ và tên (tên tổ chức) của người phản ánh",
            "The name of the person or organisation is missing");
    public static final Reason NO_ADDRESS = new Reason("NO_ADDRESS", "Thiếu địa chỉ liên hệ", "The address is missing");
    public static final Reason NO_CONTACT = new Reason("NO_CONTACT", "Thiếu số điện thoại hoặc địa chỉ thư điện tử",
            "Neither a phone number nor an e-mail address is given");
    public static final Reason NO_CONTENT = new Reason("NO_CONTENT", "Thiếu nội dung phản ánh, kiến nghị", "The content is missing");

    private Admissibility() {
    }

    /** The reasons the feedback is not admissible; empty when it is. */
    public static List<Reason> check(String name, String address, String phone, String email, String content) {
        List<Reason> reasons = new ArrayList<>();
        if (blank(name)) {
            reasons.add(NO_NAME);
        }
        if (blank(address)) {
            reasons.add(NO_ADDRESS);
        }
        if (blank(phone) && blank(email)) {
            reasons.add(NO_CONTACT);
        }
        if (blank(content)) {
            reasons.add(NO_CONTENT);
        }
        return reasons;
    }

    /** The reasons as one stored text, "" when admissible. */
    public static String describe(List<Reason> reasons) {
        return String.join("; ", reasons.stream().map(Reason::text).toList());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
