package vn.vanthu.edxml;

import java.util.List;

/**
 * MessageHeader/OtherInfo.
 *
 * @param priority             Priority: 0 normal, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc, 4 hỏa tốc hẹn giờ
 * @param promulgationAmount   PromulgationAmount, number of copies issued (null when absent)
 * @param pageAmount           PageAmount (null when absent)
 * @param sphereOfPromulgation SphereOfPromulgation, free text
 * @param typerNotation        TyperNotation, initials of the typist
 * @param direction            Direction: true when the document is a steering document
 * @param appendixes           Appendixes/Appendix names, never null
 */
public record EdxmlOtherInfo(int priority, Integer promulgationAmount, Integer pageAmount,
                             String sphereOfPromulgation, String typerNotation, boolean direction,
                             List<String> appendixes) {

    public EdxmlOtherInfo {
        appendixes = appendixes == null ? List.of() : List.copyOf(appendixes);
    }
}
