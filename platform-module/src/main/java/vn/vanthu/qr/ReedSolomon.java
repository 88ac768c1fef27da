package vn.vanthu.qr;

/** Reed-Solomon error correction over GF(256) with the QR code's polynomial x^8+x^4+x^3+x^2+1 (0x11D). */
final class ReedSolomon {

    private static final int[] EXP = new int[512];
    private static final int[] LOG = new int[256];

    static {
        int x = 1;
        for (int i = 0; i < 255; i++) {
            EXP[i] = x;
            LOG[x] = i;
            x <<= 1;
            if (x >= 0x100) {
                x ^= 0x11D;
            }
        }
        for (int i = 255; i < EXP.length; i++) {
            EXP[i] = EXP[i - 255];
        }
    }

    private ReedSolomon() {
    }

    static int multiply(int a, int b) {
        return a == 0 || b == 0 ? 0 : EXP[LOG[a] + LOG[b]];
    }

    /**
     * Coefficients of the generator polynomial (x - a^0)(x - a^1)...(x - a^(degree-1)), highest
     * power first, without the leading 1.
     */
    static byte[] generator(int degree) {
        int[] poly = new int[degree];
        poly[degree - 1] = 1;
        int root = 1;
        for (int i = 0; i < degree; i++) {
            for (int j = 0; j < degree; j++) {
                poly[j] = multiply(poly[j], root);
                if (j + 1 < degree) {
                    poly[j] ^= poly[j + 1];
                }
            }
            root = multiply(root, 2);
        }
        byte[] result = new byte[degree];
        for (int i = 0; i < degree; i++) {
            result[i] = (byte) poly[i];
        }
        return result;
    }

    /** The remainder of data(x) * x^degree divided by the generator: the error correction codewords. */
    static byte[] remainder(byte[] data, byte[] generator) {
        int degree = generator.length;
        int[] result = new int[degree];
        for (byte b : data) {
            int factor = (b & 0xFF) ^ result[0];
            System.arraycopy(result, 1, result, 0, degree - 1);
            result[degree - 1] = 0;
            for (int i = 0; i < degree; i++) {
                result[i] ^= multiply(generator[i] & 0xFF, factor);
            }
        }
        byte[] out = new byte[degree];
        for (int i = 0; i < degree; i++) {
            out[i] = (byte) result[i];
        }
        return out;
    }
}
