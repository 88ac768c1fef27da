package vn.vanthu.edxml;

/**
 * MessageHeader/DocumentType. {@code typeName} (e.g. "Quyết định") is what Vanthu maps; the two
 * numbers are the sender's classification and are carried through unchanged.
 *
 * @param type       Type: 1 legal normative document, 2 administrative document (as Vanthu writes it)
 * @param typeDetail TypeDetail, the sender's own detailed code (0 when unknown)
 * @param typeName   TypeName, the Decree 30 name
 */
public record EdxmlDocumentType(int type, int typeDetail, String typeName) {
}
