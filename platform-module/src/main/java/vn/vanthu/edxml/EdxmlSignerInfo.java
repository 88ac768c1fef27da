package vn.vanthu.edxml;

/**
 * MessageHeader/SignerInfo.
 *
 * @param competence Competence: "TM.", "KT.", "TL.", "TUQ.", "Q." or empty when the head signs himself
 * @param position   Position, e.g. "Chủ tịch"
 * @param fullName   FullName
 */
public record EdxmlSignerInfo(String competence, String position, String fullName) {
}
