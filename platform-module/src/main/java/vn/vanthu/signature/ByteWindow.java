package vn.vanthu.signature;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

/**
 * Random access to a channel's bytes through one small buffer, so that parsing a dictionary
 * anywhere in a large file never needs more memory than the window. Reading forward or backward
 * from the last position is served from the buffer; anything else refills it.
 */
final class ByteWindow {

    private final SeekableByteChannel channel;
    private final long size;
    private final byte[] buffer;
    private final ByteBuffer wrapped;
    private long start;
    private int length;

    ByteWindow(SeekableByteChannel channel, long size, int capacity) {
        this.channel = channel;
        this.size = size;
        this.buffer = new byte[capacity];
        this.wrapped = ByteBuffer.wrap(buffer);
        this.start = 0;
        this.length = 0;
    }

    /** A window over bytes already in memory: the whole file, never refilled. */
    ByteWindow(byte[] whole) {
        this.channel = null;
        this.size = whole.length;
        this.buffer = whole;
        this.wrapped = ByteBuffer.wrap(whole);
        this.start = 0;
        this.length = whole.length;
    }

    long size() {
        return size;
    }

    /** The byte at {@code pos} (0..255), or -1 outside the file. */
    int get(long pos) throws IOException {
        if (pos < 0 || pos >= size) {
            return -1;
        }
        if (pos < start || pos >= start + length) {
            // Going backward: keep pos near the end of the window; forward: at its start.
            long from = pos < start ? Math.max(0, pos - buffer.length + 1) : pos;
            fill(from);
        }
        return buffer[(int) (pos - start)] & 0xFF;
    }

    /** The buffer behind the window, valid from {@link #start()} to {@link #end()} after a {@link #get}. */
    byte[] buffer() {
        return buffer;
    }

    long start() {
        return start;
    }

    long end() {
        return start + length;
    }

    /** Last position in {@code [floor, from]} holding byte {@code b}, or -1; reads backward in bulk. */
    long lastIndexOf(byte b, long from, long floor) throws IOException {
        long p = Math.min(from, size - 1);
        while (p >= floor) {
            get(p);
            int lo = (int) (Math.max(floor, start) - start);
            for (int i = (int) (p - start); i >= lo; i--) {
                if (buffer[i] == b) {
                    return start + i;
                }
            }
            p = Math.max(floor, start) - 1;
        }
        return -1;
    }

    /** True when the bytes at {@code pos} equal {@code ascii}. */
    boolean matches(long pos, byte[] ascii) throws IOException {
        for (int i = 0; i < ascii.length; i++) {
            if (get(pos + i) != (ascii[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    private void fill(long from) throws IOException {
        int want = (int) Math.min(buffer.length, size - from);
        wrapped.clear().limit(want);
        channel.position(from);
        while (wrapped.hasRemaining()) {
            if (channel.read(wrapped) < 0) {
                break;
            }
        }
        start = from;
        length = wrapped.position();
    }
}
