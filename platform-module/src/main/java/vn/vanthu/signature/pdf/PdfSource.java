package vn.vanthu.signature.pdf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;

/** Random access to a file's bytes, read on demand (the reader never loads the whole file). */
public interface PdfSource {

    long size();

    /** Reads up to {@code len} bytes at {@code pos} into {@code dst}; returns how many (0 at the end). */
    int read(long pos, byte[] dst, int off, int len) throws IOException;

    static PdfSource of(byte[] data) {
        return new PdfSource() {
            @Override
            public long size() {
                return data.length;
            }

            @Override
            public int read(long pos, byte[] dst, int off, int len) {
                if (pos < 0 || pos >= data.length) {
                    return 0;
                }
                int n = (int) Math.min(len, data.length - pos);
                System.arraycopy(data, (int) pos, dst, off, n);
                return n;
            }
        };
    }

    /** A channel of {@code size} bytes; a FileChannel is read with positional reads, another channel's position is moved (not thread-safe). */
    static PdfSource of(SeekableByteChannel channel, long size) {
        return new PdfSource() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public int read(long pos, byte[] dst, int off, int len) throws IOException {
                if (pos < 0 || pos >= size) {
                    return 0;
                }
                ByteBuffer bb = ByteBuffer.wrap(dst, off, (int) Math.min(len, size - pos));
                if (channel instanceof FileChannel fc) {
                    // One positional read per call, the channel's position untouched.
                    while (bb.hasRemaining()) {
                        if (fc.read(bb, pos + bb.position() - off) < 0) {
                            break;
                        }
                    }
                    return bb.position() - off;
                }
                channel.position(pos);
                while (bb.hasRemaining()) {
                    if (channel.read(bb) < 0) {
                        break;
                    }
                }
                return bb.position() - off;
            }
        };
    }
}
