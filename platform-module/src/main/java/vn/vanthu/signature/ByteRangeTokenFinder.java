package vn.vanthu.signature;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds the token {@code /ByteRange} in a buffer while looking at one position in nine: any
 * occurrence (10 bytes) holds a sampled position {@code p} with {@code p+1} also inside it, and two
 * small tables of the token's nine adjacent byte pairs reject almost every sample at once (about
 * one random pair in seven thousand passes). The scan thus costs a small fraction of the digest it
 * runs beside, with nearly no mispredicted branch, even on incompressible image data.
 */
final class ByteRangeTokenFinder {

    static final byte[] TOKEN = {'/', 'B', 'y', 't', 'e', 'R', 'a', 'n', 'g', 'e'};
    private static final int STRIDE = TOKEN.length - 1;
    /**
     * FIRST[b] has bit j when TOKEN[j] == b, SECOND[b] when TOKEN[j + 1] == b: the pair b0 b1 can
     * start an occurrence's j-th pair only if FIRST[b0] &amp; SECOND[b1] has bit j. Two 1 KiB tables
     * stay in the L1 cache, unlike one table of all 65536 pairs.
     */
    private static final int[] FIRST = new int[256];
    private static final int[] SECOND = new int[256];
    /** Two bytes read as one little-endian char: a single load, no byte swap on x86 and ARM. */
    private static final VarHandle PAIR_AT = MethodHandles.byteArrayViewVarHandle(char[].class, ByteOrder.LITTLE_ENDIAN);

    static {
        for (int j = 0; j + 1 < TOKEN.length; j++) {
            FIRST[TOKEN[j] & 0xFF] |= 1 << j;
            SECOND[TOKEN[j + 1] & 0xFF] |= 1 << j;
        }
    }

    private ByteRangeTokenFinder() {
    }

    /**
     * The tokens of a file read chunk after chunk, including one that spans chunks (the last
     * bytes of the file so far are kept to search the seam, whatever the sizes of the chunks, down
     * to one byte). Used alike by the inline search, the helper thread and the writer's
     * {@link DigestCheckpoints}, so all find the same tokens in the same order.
     */
    static final class ChunkedSearch {

        /** What {@link #next()} returns when the chunk holds no further token. */
        static final int NONE = Integer.MIN_VALUE;
        /** The kept tail ({@link #tail} bytes, at most {@code STRIDE}), then room for the next chunk's head. */
        private final byte[] seam = new byte[2 * STRIDE];
        private int tail;
        private boolean seamPending;
        private byte[] chunk;
        private int offset;
        private int length;
        private int from;

        /** Starts on the next chunk of the file, {@code length} bytes of {@code buf}. */
        void begin(byte[] buf, int length) {
            begin(buf, 0, length);
        }

        /** Starts on the next chunk of the file, {@code length} bytes of {@code buf} from {@code offset}. */
        void begin(byte[] buf, int offset, int length) {
            this.chunk = buf;
            this.offset = offset;
            this.length = length;
            this.from = offset;
            this.seamPending = tail > 0;
        }

        /**
         * Start of the chunk's next token relative to the chunk's first byte (negative for one that
         * began in the chunks before), or {@link #NONE}; then the file's tail is kept for the next seam.
         */
        int next() {
            if (seamPending) {
                seamPending = false;
                int head = Math.min(STRIDE, length);
                System.arraycopy(chunk, offset, seam, tail, head);
                int s = indexOf(seam, 0, tail + head);
                if (s >= 0 && s < tail) {
                    return s - tail;
                }
            }
            int s = indexOf(chunk, from, offset + length);
            if (s >= 0) {
                from = s + 1;
                return s - offset;
            }
            from = offset + length;
            keepTail();
            return NONE;
        }

        /** The last {@code STRIDE} bytes of the file so far (fewer only at its very start). */
        private void keepTail() {
            if (length >= STRIDE) {
                System.arraycopy(chunk, offset + length - STRIDE, seam, 0, STRIDE);
                tail = STRIDE;
                return;
            }
            // A short chunk: after the kept tail (where the seam search may already have put it).
            System.arraycopy(chunk, offset, seam, tail, length);
            int kept = Math.min(STRIDE, tail + length);
            System.arraycopy(seam, tail + length - kept, seam, 0, kept);
            tail = kept;
        }
    }

    private static int pair(byte[] buf, int p) {
        int key = (char) PAIR_AT.get(buf, p);
        return FIRST[key & 0xFF] & SECOND[key >>> 8];
    }

    /**
     * Start of the first occurrence lying entirely in {@code [from, to)} and starting at or after
     * {@code from}, or -1.
     */
    static int indexOf(byte[] buf, int from, int to) {
        int last = to - 1;
        int p = from;
        // Eight samples per test: one well-predicted branch per 72 bytes on binary data.
        for (; p + 7 * STRIDE < last; p += 8 * STRIDE) {
            if ((pair(buf, p) | pair(buf, p + STRIDE) | pair(buf, p + 2 * STRIDE) | pair(buf, p + 3 * STRIDE)
                    | pair(buf, p + 4 * STRIDE) | pair(buf, p + 5 * STRIDE) | pair(buf, p + 6 * STRIDE)
                    | pair(buf, p + 7 * STRIDE)) != 0) {
                for (int q = p; q <= p + 7 * STRIDE; q += STRIDE) {
                    int s = candidate(buf, q, from, to);
                    if (s >= 0) {
                        return s;
                    }
                }
            }
        }
        for (; p < last; p += STRIDE) {
            int s = candidate(buf, p, from, to);
            if (s >= 0) {
                return s;
            }
        }
        return -1;
    }

    /** The first occurrence holding the sampled pair at p, or -1. */
    private static int candidate(byte[] buf, int p, int from, int to) {
        if (pair(buf, p) == 0) {
            return -1;
        }
        for (int j = STRIDE - 1; j >= 0; j--) {
            int s = p - j;
            if (buf[p] == TOKEN[j] && buf[p + 1] == TOKEN[j + 1] && s >= from && s + TOKEN.length <= to
                    && matchesAt(buf, s)) {
                return s;
            }
        }
        return -1;
    }

    private static boolean matchesAt(byte[] buf, int s) {
        for (int i = 0; i < TOKEN.length; i++) {
            if (buf[s + i] != TOKEN[i]) {
                return false;
            }
        }
        return true;
    }
}
