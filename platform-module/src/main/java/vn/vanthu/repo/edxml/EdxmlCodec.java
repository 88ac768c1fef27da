package vn.vanthu.repo.edxml;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

import vn.vanthu.edxml.AttachmentSink;
import vn.vanthu.edxml.AttachmentSource;
import vn.vanthu.edxml.DocumentIdLookup;
import vn.vanthu.edxml.EdxmlException;
import vn.vanthu.edxml.EdxmlHeader;
import vn.vanthu.edxml.EdxmlMessage;
import vn.vanthu.edxml.EdxmlStatus;

/**
 * The domain's edXML reader and writer as the repository side uses them (one place that knows
 * how they are constructed and configured: trust anchors, signing).
 */
public interface EdxmlCodec {

    /**
     * Reads a document package or a status message, streaming attachments into the sink; a
     * document whose DocumentId {@code lookup} knows is refused before any attachment is decoded.
     */
    EdxmlMessage read(InputStream in, AttachmentSink sink, DocumentIdLookup lookup) throws EdxmlException, IOException;

    /** Writes the package of a document with its attachments. */
    void writeDocument(EdxmlHeader header, List<AttachmentSource> attachments, OutputStream out)
            throws EdxmlException, IOException;

    /** Writes a status message. */
    void writeStatus(EdxmlStatus status, OutputStream out) throws EdxmlException, IOException;
}
