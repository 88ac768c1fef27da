package vn.vanthu.edxml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An attachment to write into a package. The manifest (which carries sizes and SHA-256 digests)
 * comes before the attachments in the XML, so the writer reads a source twice: once to compute
 * its digest, once to encode it; {@link #open()} must therefore return the same bytes each time.
 * A source that already knows its size and digest returns them from {@link #knownSize()} and
 * {@link #knownSha256()} and is read once (the writer still checks both while encoding).
 */
public interface AttachmentSource {

    /** ContentId, unique within the package, without {@code cid:} (the writer makes one when null). */
    default String contentId() {
        return null;
    }

    /** AttachmentName, the file name. */
    String name();

    /** ContentType (MIME type). */
    default String contentType() {
        return "application/pdf";
    }

    /** Description, or null. */
    default String description() {
        return null;
    }

    /** A new stream over the bytes, from the start. */
    InputStream open() throws IOException;

    /** Size in bytes when known in advance, else -1. */
    default long knownSize() {
        return -1;
    }

    /** Base64 SHA-256 when known in advance, else null. */
    default String knownSha256() {
        return null;
    }

    /** A file, named by its file name. */
    static AttachmentSource ofFile(Path file, String contentType) {
        return ofFile(file, file.getFileName().toString(), contentType, null);
    }

    /** A file with a given attachment name and description. */
    static AttachmentSource ofFile(Path file, String name, String contentType, String description) {
        return new AttachmentSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String contentType() {
                return contentType;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }
        };
    }

    /** Bytes in memory (small attachments, tests). */
    static AttachmentSource ofBytes(byte[] bytes, String name, String contentType) {
        byte[] copy = bytes.clone();
        return new AttachmentSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String contentType() {
                return contentType;
            }

            @Override
            public InputStream open() {
                return new java.io.ByteArrayInputStream(copy);
            }

            @Override
            public long knownSize() {
                return copy.length;
            }
        };
    }
}
