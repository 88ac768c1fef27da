package vn.vanthu.qr;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A small QR Code encoder (ISO/IEC 18004): byte mode, error correction level M, versions 1 to 10
 * (up to 213 bytes), Reed-Solomon over GF(256), the eight masks with the standard penalty rules
 * choosing the best, format and version information. Enough for the look-up address printed on
 * receipt slips; written here because the platform JAR may carry only Vanthu classes.
 */
public final class QrCode {

    /** Largest version supported. */
    public static final int MAX_VERSION = 10;

    // Error correction level M, versions 1..10: EC codewords per block, blocks and data codewords
    // of group 1, blocks and data codewords of group 2 (ISO/IEC 18004 table 9).
    private static final int[] EC_PER_BLOCK = {0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26};
    private static final int[] G1_BLOCKS = {0, 1, 1, 1, 2, 2, 4, 4, 2, 3, 4};
    private static final int[] G1_DATA = {0, 16, 28, 44, 32, 43, 27, 31, 38, 36, 43};
    private static final int[] G2_BLOCKS = {0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 1};
    private static final int[] G2_DATA = {0, 0, 0, 0, 0, 0, 0, 0, 39, 37, 44};
    private static final int[][] ALIGNMENT = {{}, {}, {6, 18}, {6, 22}, {6, 26}, {6, 30}, {6, 34}, {6, 22, 38}, {6, 24, 42},
            {6, 26, 46}, {6, 28, 50}};
    /** Format bits of level M (L=01, M=00, Q=11, H=10). */
    private static final int ECL_M_BITS = 0;

    private final int version;
    private final int size;
    private final int mask;
    private final boolean[][] modules;
    private final boolean[][] function;

    private QrCode(int version, int mask, boolean[][] modules, boolean[][] function) {
        this.version = version;
        this.size = modules.length;
        this.mask = mask;
        this.modules = modules;
        this.function = function;
    }

    /** Encodes the UTF-8 bytes of {@code text}. */
    public static QrCode encode(String text) {
        return encode(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Encodes {@code data} in byte mode at level M, in the smallest version that holds it. */
    public static QrCode encode(byte[] data) {
        return encode(data, 1, -1);
    }

    /**
     * Encodes {@code data} in the smallest version from {@code minVersion} that holds it; {@code mask}
     * 0..7 forces a mask, -1 chooses the one with the lowest penalty.
     */
    public static QrCode encode(byte[] data, int minVersion, int mask) {
        if (minVersion < 1 || minVersion > MAX_VERSION || mask < -1 || mask > 7) {
            throw new IllegalArgumentException("version 1-" + MAX_VERSION + " and mask -1..7");
        }
        int version = minVersion;
        while (version <= MAX_VERSION && bitsNeeded(data.length, version) > dataCodewords(version) * 8) {
            version++;
        }
        if (version > MAX_VERSION) {
            throw new IllegalArgumentException("Too long for a QR code of version " + MAX_VERSION + " (at most "
                    + capacity(MAX_VERSION) + " bytes): " + data.length + " / Nội dung quá dài cho mã QR: " + data.length + " byte");
        }
        byte[] codewords = addErrorCorrection(dataCodewords(data, version), version);
        int size = version * 4 + 17;
        boolean[][] modules = new boolean[size][size];
        boolean[][] function = new boolean[size][size];
        drawFunctionPatterns(version, modules, function);
        placeData(codewords, modules, function);
        int chosen = mask;
        if (chosen < 0) {
            int best = Integer.MAX_VALUE;
            for (int m = 0; m < 8; m++) {
                applyMask(m, modules, function);
                drawFormat(m, modules, function);
                int penalty = penalty(modules);
                if (penalty < best) {
                    best = penalty;
                    chosen = m;
                }
                applyMask(m, modules, function);
            }
        }
        applyMask(chosen, modules, function);
        drawFormat(chosen, modules, function);
        return new QrCode(version, chosen, modules, function);
    }

    /** Bytes that fit in {@code version} at level M in byte mode. */
    public static int capacity(int version) {
        int bits = dataCodewords(version) * 8 - 4 - countBits(version);
        return bits / 8;
    }

    public int version() {
        return version;
    }

    public int size() {
        return size;
    }

    public int mask() {
        return mask;
    }

    /** Whether the module at column {@code x}, row {@code y} is dark. */
    public boolean dark(int x, int y) {
        return modules[y][x];
    }

    /**
     * An SVG image of the code with a quiet zone of four modules, {@code pixels} wide and high (0:
     * sized by the page), dark runs of each row drawn as one path.
     */
    public String toSvg(int pixels, String title) {
        int full = size + 8;
        StringBuilder path = new StringBuilder(size * size);
        for (int y = 0; y < size; y++) {
            int x = 0;
            while (x < size) {
                if (!modules[y][x]) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < size && modules[y][x]) {
                    x++;
                }
                path.append('M').append(start + 4).append(',').append(y + 4).append('h').append(x - start).append("v1h-")
                        .append(x - start).append('z');
            }
        }
        StringBuilder svg = new StringBuilder(path.length() + 300);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(full).append(' ').append(full).append('"');
        if (pixels > 0) {
            svg.append(" width=\"").append(pixels).append("\" height=\"").append(pixels).append('"');
        }
        svg.append(" shape-rendering=\"crispEdges\" role=\"img\"");
        if (title != null && !title.isEmpty()) {
            svg.append(" aria-label=\"").append(escape(title)).append('"');
        }
        svg.append('>');
        if (title != null && !title.isEmpty()) {
            svg.append("<title>").append(escape(title)).append("</title>");
        }
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"").append(path).append("\"/></svg>");
        return svg.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    // ---- data ----

    private static int countBits(int version) {
        return version < 10 ? 8 : 16;
    }

    private static int bitsNeeded(int length, int version) {
        return 4 + countBits(version) + 8 * length;
    }

    private static int dataCodewords(int version) {
        return G1_BLOCKS[version] * G1_DATA[version] + G2_BLOCKS[version] * G2_DATA[version];
    }

    /** Mode indicator, count, the bytes, terminator, padding to the version's data capacity. */
    static byte[] dataCodewords(byte[] data, int version) {
        int capacity = dataCodewords(version);
        BitBuffer bits = new BitBuffer(capacity * 8);
        bits.append(0b0100, 4);
        bits.append(data.length, countBits(version));
        for (byte b : data) {
            bits.append(b & 0xFF, 8);
        }
        bits.append(0, Math.min(4, capacity * 8 - bits.length()));
        bits.append(0, (8 - bits.length() % 8) % 8);
        byte[] out = bits.toBytes();
        byte[] result = Arrays.copyOf(out, capacity);
        for (int i = out.length, pad = 0; i < capacity; i++, pad++) {
            result[i] = (byte) (pad % 2 == 0 ? 0xEC : 0x11);
        }
        return result;
    }

    /** Splits the data into blocks, adds each block's Reed-Solomon codewords and interleaves. */
    static byte[] addErrorCorrection(byte[] data, int version) {
        int blocks = G1_BLOCKS[version] + G2_BLOCKS[version];
        int ecLength = EC_PER_BLOCK[version];
        byte[][] dataBlocks = new byte[blocks][];
        byte[][] ecBlocks = new byte[blocks][];
        byte[] generator = ReedSolomon.generator(ecLength);
        int offset = 0;
        for (int b = 0; b < blocks; b++) {
            int length = b < G1_BLOCKS[version] ? G1_DATA[version] : G2_DATA[version];
            dataBlocks[b] = Arrays.copyOfRange(data, offset, offset + length);
            ecBlocks[b] = ReedSolomon.remainder(dataBlocks[b], generator);
            offset += length;
        }
        byte[] result = new byte[data.length + blocks * ecLength];
        int k = 0;
        int longest = Math.max(G1_DATA[version], G2_DATA[version]);
        for (int i = 0; i < longest; i++) {
            for (byte[] block : dataBlocks) {
                if (i < block.length) {
                    result[k++] = block[i];
                }
            }
        }
        for (int i = 0; i < ecLength; i++) {
            for (byte[] block : ecBlocks) {
                result[k++] = block[i];
            }
        }
        return result;
    }

    // ---- function patterns ----

    private static void set(boolean[][] modules, boolean[][] function, int x, int y, boolean dark) {
        modules[y][x] = dark;
        function[y][x] = true;
    }

    private static void drawFunctionPatterns(int version, boolean[][] modules, boolean[][] function) {
        int size = modules.length;
        for (int i = 0; i < size; i++) {
            set(modules, function, 6, i, i % 2 == 0);
            set(modules, function, i, 6, i % 2 == 0);
        }
        drawFinder(3, 3, modules, function);
        drawFinder(size - 4, 3, modules, function);
        drawFinder(3, size - 4, modules, function);
        int[] positions = ALIGNMENT[version];
        int last = positions.length - 1;
        for (int i = 0; i < positions.length; i++) {
            for (int j = 0; j < positions.length; j++) {
                if (i == 0 && j == 0 || i == 0 && j == last || i == last && j == 0) {
                    continue;
                }
                for (int dy = -2; dy <= 2; dy++) {
                    for (int dx = -2; dx <= 2; dx++) {
                        set(modules, function, positions[i] + dx, positions[j] + dy, Math.max(Math.abs(dx), Math.abs(dy)) != 1);
                    }
                }
            }
        }
        // Reserve the format areas (drawn per mask) and the dark module.
        drawFormat(0, modules, function);
        if (version >= 7) {
            int remainder = version;
            for (int i = 0; i < 12; i++) {
                remainder = (remainder << 1) ^ ((remainder >>> 11) * 0x1F25);
            }
            int bits = version << 12 | remainder;
            for (int i = 0; i < 18; i++) {
                boolean dark = ((bits >>> i) & 1) != 0;
                int a = size - 11 + i % 3;
                int b = i / 3;
                set(modules, function, a, b, dark);
                set(modules, function, b, a, dark);
            }
        }
    }

    private static void drawFinder(int cx, int cy, boolean[][] modules, boolean[][] function) {
        int size = modules.length;
        for (int dy = -4; dy <= 4; dy++) {
            for (int dx = -4; dx <= 4; dx++) {
                int x = cx + dx;
                int y = cy + dy;
                if (x >= 0 && x < size && y >= 0 && y < size) {
                    int distance = Math.max(Math.abs(dx), Math.abs(dy));
                    set(modules, function, x, y, distance != 2 && distance != 4);
                }
            }
        }
    }

    /** The 15 format bits (level M, the mask, BCH code, XOR 0x5412) in both places, and the dark module. */
    private static void drawFormat(int mask, boolean[][] modules, boolean[][] function) {
        int size = modules.length;
        int data = ECL_M_BITS << 3 | mask;
        int remainder = data;
        for (int i = 0; i < 10; i++) {
            remainder = (remainder << 1) ^ ((remainder >>> 9) * 0x537);
        }
        int bits = (data << 10 | remainder) ^ 0x5412;
        for (int i = 0; i <= 5; i++) {
            set(modules, function, 8, i, bit(bits, i));
        }
        set(modules, function, 8, 7, bit(bits, 6));
        set(modules, function, 8, 8, bit(bits, 7));
        set(modules, function, 7, 8, bit(bits, 8));
        for (int i = 9; i < 15; i++) {
            set(modules, function, 14 - i, 8, bit(bits, i));
        }
        for (int i = 0; i < 8; i++) {
            set(modules, function, size - 1 - i, 8, bit(bits, i));
        }
        for (int i = 8; i < 15; i++) {
            set(modules, function, 8, size - 15 + i, bit(bits, i));
        }
        set(modules, function, 8, size - 8, true);
    }

    private static boolean bit(int value, int i) {
        return ((value >>> i) & 1) != 0;
    }

    // ---- data placement and masking ----

    private static void placeData(byte[] codewords, boolean[][] modules, boolean[][] function) {
        int size = modules.length;
        int i = 0;
        int total = codewords.length * 8;
        for (int right = size - 1; right >= 1; right -= 2) {
            if (right == 6) {
                right = 5;
            }
            for (int vertical = 0; vertical < size; vertical++) {
                for (int j = 0; j < 2; j++) {
                    int x = right - j;
                    boolean upward = ((right + 1) & 2) == 0;
                    int y = upward ? size - 1 - vertical : vertical;
                    if (!function[y][x] && i < total) {
                        modules[y][x] = ((codewords[i >>> 3] >>> (7 - (i & 7))) & 1) != 0;
                        i++;
                    }
                    // Modules left over (remainder bits) stay light.
                }
            }
        }
    }

    private static void applyMask(int mask, boolean[][] modules, boolean[][] function) {
        int size = modules.length;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                boolean invert = switch (mask) {
                    case 0 -> (x + y) % 2 == 0;
                    case 1 -> y % 2 == 0;
                    case 2 -> x % 3 == 0;
                    case 3 -> (x + y) % 3 == 0;
                    case 4 -> (x / 3 + y / 2) % 2 == 0;
                    case 5 -> x * y % 2 + x * y % 3 == 0;
                    case 6 -> (x * y % 2 + x * y % 3) % 2 == 0;
                    case 7 -> ((x + y) % 2 + x * y % 3) % 2 == 0;
                    default -> throw new IllegalArgumentException("mask " + mask);
                };
                if (invert && !function[y][x]) {
                    modules[y][x] = !modules[y][x];
                }
            }
        }
    }

    /** The penalty of ISO/IEC 18004 section 7.8.3: runs, 2x2 blocks, finder-like patterns, dark balance. */
    static int penalty(boolean[][] m) {
        int size = m.length;
        int penalty = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int a = 0; a < size; a++) {
                int run = 1;
                for (int b = 1; b <= size; b++) {
                    if (b < size && at(m, pass, a, b) == at(m, pass, a, b - 1)) {
                        run++;
                    } else {
                        if (run >= 5) {
                            penalty += 3 + run - 5;
                        }
                        run = 1;
                    }
                }
                for (int b = 0; b + 7 <= size; b++) {
                    if (at(m, pass, a, b) && !at(m, pass, a, b + 1) && at(m, pass, a, b + 2) && at(m, pass, a, b + 3)
                            && at(m, pass, a, b + 4) && !at(m, pass, a, b + 5) && at(m, pass, a, b + 6)
                            && (light(m, pass, a, b - 4, b) || light(m, pass, a, b + 7, b + 11))) {
                        penalty += 40;
                    }
                }
            }
        }
        int dark = 0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (m[y][x]) {
                    dark++;
                }
                if (x + 1 < size && y + 1 < size && m[y][x] == m[y][x + 1] && m[y][x] == m[y + 1][x] && m[y][x] == m[y + 1][x + 1]) {
                    penalty += 3;
                }
            }
        }
        int total = size * size;
        int deviation = Math.abs(dark * 100 - total * 50);
        penalty += 10 * (deviation / (total * 5));
        return penalty;
    }

    /** Module of row a, column b (pass 0) or column a, row b (pass 1). */
    private static boolean at(boolean[][] m, int pass, int a, int b) {
        return pass == 0 ? m[a][b] : m[b][a];
    }

    /** Whether positions [from, to) of line a are all light; outside the symbol counts as light. */
    private static boolean light(boolean[][] m, int pass, int a, int from, int to) {
        for (int b = from; b < to; b++) {
            if (b >= 0 && b < m.length && at(m, pass, a, b)) {
                return false;
            }
        }
        return true;
    }

    /** A growable bit string, most significant bit first. */
    private static final class BitBuffer {
        private final byte[] bytes;
        private int length;

        BitBuffer(int capacityBits) {
            bytes = new byte[(capacityBits + 7) / 8 + 2];
        }

        void append(int value, int count) {
            for (int i = count - 1; i >= 0; i--) {
                if (((value >>> i) & 1) != 0) {
                    bytes[length >>> 3] |= (byte) (0x80 >>> (length & 7));
                }
                length++;
            }
        }

        int length() {
            return length;
        }

        byte[] toBytes() {
            return Arrays.copyOf(bytes, (length + 7) / 8);
        }
    }
}
