package vn.vanthu.edxml;

import java.io.IOException;
import java.io.OutputStream;
import vn.vanthu.signature.DigestCheckpoints;

/**
 * Where the reader writes decoded attachments. {@link #open} is called once per attachment, in
 * package order, and the stream is closed by the reader when the attachment ends (or when it
 * fails). When the package is refused the reader calls {@link #discardAll()} (after closing any
 * open stream) before throwing, so the sink can delete everything it wrote: nothing half-written
 * survives. When the package is accepted, {@link #written} is called once per attachment, in the
 * same order as {@code open}, just before the reader returns (after every check passed, so never
 * for a package that is then refused); the caller then commits.
 */
public interface AttachmentSink {

    /**
     * The stream the decoded bytes of this attachment go to.
     *
     * @param info the attachment as declared (actual size and digest not yet known)
     */
    OutputStream open(EdxmlAttachmentInfo info) throws IOException;

    /**
     * The attachment opened as the {@code index}-th ({@code open} order) was written whole and
     * the package is accepted: its actual size and SHA-256 (checked against the manifest) and the
     * checkpoints of that SHA-256, which {@code SignatureVerifier.verifyPdf(file, digest)} can
     * resume from instead of hashing the same bytes again. The checkpoints stand for exactly
     * the bytes written to the stream {@code open} returned: they must only be used with those
     * bytes (keyed by the identity of the stored content, never by a name). {@code digest} is
     * null for the attachments after the first {@link #MAX_CHECKPOINTED} of a package (memory
     * stays bounded: a few tens of kilobytes per attachment). Called before the reader returns
     * the package; if this throws, the package is refused ({@link #discardAll()}).
     *
     * @param index  the position of the attachment in {@code open} order (0 for the first)
     * @param info   the attachment with its actual size and digest
     * @param digest the SHA-256 of its bytes with kept states, or null (see above)
     */
    default void written(int index, EdxmlAttachmentInfo info, DigestCheckpoints digest) {
        // kept by sinks that hand the content to a signature check
    }

    /** How many attachments of one package get their {@link DigestCheckpoints} handed over. */
    int MAX_CHECKPOINTED = 16;

    /** Forget everything written so far: the package is refused. Must not throw. */
    void discardAll();

    /** A sink that throws every byte away: for validation only. */
    static AttachmentSink discarding() {
        return new AttachmentSink() {
            @Override
            public OutputStream open(EdxmlAttachmentInfo info) {
                return OutputStream.nullOutputStream();
            }

            @Override
            public void discardAll() {
                // nothing kept
            }
        };
    }
}
