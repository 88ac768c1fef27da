package vn.vanthu.edxml;

import java.util.List;

/**
 * A document package that was read and accepted: its header, its attachments (with the actual
 * size and digest computed while decoding, equal to the declared ones whenever those were given)
 * and the verification of its XML signature. Attachments are in package order; the first one is
 * the main document.
 */
public record EdxmlPackage(EdxmlHeader header, List<EdxmlAttachmentInfo> attachments,
                           EdxmlSignatureResult signature) implements EdxmlMessage {

    public EdxmlPackage {
        attachments = List.copyOf(attachments);
    }

    /** The main document: the first attachment. */
    public EdxmlAttachmentInfo mainAttachment() {
        return attachments.isEmpty() ? null : attachments.get(0);
    }
}
