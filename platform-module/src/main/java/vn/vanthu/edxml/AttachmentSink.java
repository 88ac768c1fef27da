package vn.vanthu.edxml;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where the reader writes decoded attachments. {@link #open} is called once per attachment, in
 * package order, and the stream is closed by the reader when the attachment ends (or when it
 * fails). When the package is refused the reader calls {@link #discardAll()} (after closing any
 * open stream) before throwing, so the sink can delete everything it wrote: nothing half-written
 * survives. When the package is accepted nothing more is called: the caller then commits.
 */
public interface AttachmentSink {

    /**
     * The stream the decoded bytes of this attachment go to.
     *
     * @param info the attachment as declared (actual size and digest not yet known)
     */
    OutputStream open(EdxmlAttachmentInfo info) throws IOException;

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
