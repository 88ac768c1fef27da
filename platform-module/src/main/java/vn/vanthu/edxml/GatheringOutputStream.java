package vn.vanthu.edxml;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A buffered stream over a lent array: the decoded blocks of an attachment reach the sink in
 * writes of the array's size (as {@link java.io.BufferedOutputStream} would, without allocating
 * its buffer for every attachment). Closing flushes, then closes the sink's stream.
 */
final class GatheringOutputStream extends OutputStream {
    private final OutputStream out;
    private final byte[] buf;
    private int count;

    GatheringOutputStream(OutputStream out, byte[] buffer) {
        this.out = out;
        this.buf = buffer;
    }

    @Override
    public void write(int b) throws IOException {
        if (count == buf.length) {
            drain();
        }
        buf[count++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (len >= buf.length) {
            drain();
            out.write(b, off, len);
            return;
        }
        if (len > buf.length - count) {
            drain();
        }
        System.arraycopy(b, off, buf, count, len);
        count += len;
    }

    private void drain() throws IOException {
        if (count > 0) {
            out.write(buf, 0, count);
            count = 0;
        }
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            drain();
        } finally {
            out.close();
        }
    }
}
