package vn.vanthu.signature;

/**
 * Finds the token {@code /ByteRange} in a buffer while touching about one byte in nine: any
 * occurrence (10 bytes) contains a sampled position, and a 256-entry table says at which offsets
 * of the token a sampled byte could sit. On compressed streams almost no sample matches, so the
 * scan costs a small fraction of the digest it runs beside.
 */
final class ByteRangeTokenFinder {

    static final byte[] TOKEN = {'/', 'B', 'y', 't', 'e', 'R', 'a', 'n', 'g', 'e'};
    private static final int STRIDE = TOKEN.length - 1;
    /** Bit j set when TOKEN[j] equals the byte. */
    private static final int[] OFFSETS = new int[256];

    static {
        for (int j = 0; j < TOKEN.length; j++) {
            OFFSETS[TOKEN[j] & 0xFF] |= 1 << j;
        }
    }

    private ByteRangeTokenFinder() {
    }

    /**
     * Start of the first occurrence lying entirely in {@code [from, to)} and starting at or after
     * {@code from}, or -1.
     */
    static int indexOf(byte[] buf, int from, int to) {
        int best = -1;
        for (int p = from; p < to; p += STRIDE) {
            int mask = OFFSETS[buf[p] & 0xFF];
            if (mask == 0) {
                continue;
            }
            while (mask != 0) {
                int j = Integer.numberOfTrailingZeros(mask);
                mask &= mask - 1;
                int s = p - j;
                if (s >= from && s + TOKEN.length <= to && (best < 0 || s < best) && matchesAt(buf, s)) {
                    best = s;
                }
            }
            if (best >= 0 && best <= p) {
                // Any earlier occurrence would contain an earlier sample, so best is the first.
                return best;
            }
        }
        return best;
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
