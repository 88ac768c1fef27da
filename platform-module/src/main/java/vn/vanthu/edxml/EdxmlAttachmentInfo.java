package vn.vanthu.edxml;

/**
 * One attachment of a package. Declared values come from the manifest (edXMLManifest/Reference);
 * actual values are computed by the reader while decoding (null / -1 before that, or when the
 * attachment is offered to {@link AttachmentSink#open}).
 *
 * <p>Digests are SHA-256, written in <b>base64</b> (as XMLDSig writes DigestValue), never hex.
 *
 * @param contentId      ContentId, without the {@code cid:} prefix
 * @param name           AttachmentName, the file name ("04-QD-UBND.pdf")
 * @param contentType    ContentType (MIME type), null when absent
 * @param description    Description, null when absent
 * @param declaredSize   the manifest's AttachmentSize in bytes, or -1 when the sender gave none
 * @param declaredSha256 the manifest's DigestValue (base64 SHA-256), or null when the sender gave none
 * @param actualSize     decoded size in bytes, or -1 when not yet decoded
 * @param actualSha256   base64 SHA-256 of the decoded bytes, or null when not yet decoded
 */
public record EdxmlAttachmentInfo(String contentId, String name, String contentType, String description,
                                  long declaredSize, String declaredSha256, long actualSize, String actualSha256) {

    /** An attachment described before decoding. */
    public static EdxmlAttachmentInfo declared(String contentId, String name, String contentType, String description,
                                               long declaredSize, String declaredSha256) {
        return new EdxmlAttachmentInfo(contentId, name, contentType, description, declaredSize, declaredSha256, -1, null);
    }

    /** This attachment with the actual size and digest filled in. */
    public EdxmlAttachmentInfo withActual(long size, String sha256) {
        return new EdxmlAttachmentInfo(contentId, name, contentType, description, declaredSize, declaredSha256, size, sha256);
    }

    /** True when the manifest gave a digest, so the signature of the envelope covers these bytes. */
    public boolean covered() {
        return declaredSha256 != null;
    }
}
