package vn.vanthu.repo.edxml;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.ContentWriter;

import vn.vanthu.edxml.AttachmentSink;
import vn.vanthu.edxml.EdxmlAttachmentInfo;

/**
 * Decoded attachments go to the repository's temporary content store while the package is read;
 * only when the whole package is accepted are nodes created from them. A refused package leaves
 * nothing in the repository (temporary files are cleaned by the repository's temp-file job).
 */
final class TempAttachmentSink implements AttachmentSink {

    private final ContentService contentService;
    private final List<ContentWriter> writers = new ArrayList<>();

    TempAttachmentSink(ContentService contentService) {
        this.contentService = contentService;
    }

    @Override
    public OutputStream open(EdxmlAttachmentInfo info) throws IOException {
        ContentWriter writer = contentService.getTempWriter();
        if (info.contentType() != null && !info.contentType().isBlank()) {
            writer.setMimetype(info.contentType().strip());
        }
        writers.add(writer);
        return writer.getContentOutputStream();
    }

    @Override
    public void discardAll() {
        writers.clear();
    }

    /** The decoded bytes of the attachment at {@code index}, in package order. */
    ContentReader reader(int index) {
        return writers.get(index).getReader();
    }

    int count() {
        return writers.size();
    }
}
