package vn.vanthu.repo.edxml;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.ContentWriter;

import vn.vanthu.edxml.AttachmentSink;
import vn.vanthu.edxml.EdxmlAttachmentInfo;
import vn.vanthu.signature.DigestCheckpoints;

/**
 * Decoded attachments go straight into the repository's content store while the package is read
 * ({@code ContentService.getWriter(null, cm:content, false)}: content not yet on any node); only
 * when the whole package is accepted are nodes created and given that content, without a copy. A
 * refused package leaves no node: its transaction rolls back and the repository's eager cleaner
 * removes the content written in it (content left by a committed transaction that never reached a
 * node is an orphan, which the content store cleaner removes).
 * The SHA-256 checkpoints of each attachment (hashed by the reader for the manifest) are kept
 * until the nodes are created, for their signature verification; a refused package drops them.
 */
final class StoreAttachmentSink implements AttachmentSink {

    private final ContentService contentService;
    private final List<ContentWriter> writers = new ArrayList<>();
    private final List<DigestCheckpoints> digests = new ArrayList<>();

    StoreAttachmentSink(ContentService contentService) {
        this.contentService = contentService;
    }

    @Override
    public OutputStream open(EdxmlAttachmentInfo info) throws IOException {
        ContentWriter writer = contentService.getWriter(null, ContentModel.PROP_CONTENT, false);
        if (info.contentType() != null && !info.contentType().isBlank()) {
            writer.setMimetype(info.contentType().strip());
        }
        writers.add(writer);
        digests.add(null);
        return writer.getContentOutputStream();
    }

    @Override
    public void written(int index, EdxmlAttachmentInfo info, DigestCheckpoints digest) {
        if (index >= 0 && index < digests.size()) {
            digests.set(index, digest);
        }
    }

    @Override
    public void discardAll() {
        writers.clear();
        digests.clear();
    }

    /** The SHA-256 checkpoints of the attachment at {@code index}, or null when none were handed over. */
    DigestCheckpoints digest(int index) {
        return index < digests.size() ? digests.get(index) : null;
    }

    /** The writer the attachment at {@code index} ({@code open} order) was decoded into (its content data names the stored bytes). */
    ContentWriter writer(int index) {
        return writers.get(index);
    }
}
