package vn.vanthu.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the dictionary that holds a {@code /ByteRange} key found at a given offset, straight from
 * the file's bytes. It walks back to the enclosing {@code N G obj} header and lexes the object
 * forward until it meets that key, so nested dictionaries, strings that contain delimiters and a
 * {@code /Contents} before or after {@code /ByteRange} are all handled. Every loop is bounded
 * (bytes read, nesting depth, string lengths), so hostile input cannot hang it or exhaust memory.
 */
final class PdfDictionaryParser {

    /** How far back the object header may be (the /Contents hex string may precede /ByteRange). */
    static final int MAX_BACK = 3 * 1024 * 1024;
    /** Largest object parsed forward. */
    static final int MAX_OBJECT = 4 * 1024 * 1024;
    /**
     * Largest /Contents hex string decoded: 1 MiB of CMS, far above real signatures (8-30 KiB, a few
     * hundred KiB with embedded revocation data), so that a hostile file cannot hold much memory.
     */
    static final int MAX_CONTENTS_HEX = 2 * 1024 * 1024;
    private static final int MAX_DEPTH = 32;
    private static final int MAX_CANDIDATES = 4;
    private static final int MAX_TEXT = 1024;
    private static final byte[] OBJ = {'o', 'b', 'j'};

    private final ByteWindow in;
    private long pos;
    private long limit;
    private long target;
    private SignatureDictionary found;

    PdfDictionaryParser(ByteWindow in) {
        this.in = in;
    }

    /** Parses the dictionary whose {@code /ByteRange} key starts at {@code tokenOffset}; null if none. */
    SignatureDictionary parseAt(long tokenOffset) throws IOException {
        long floor = Math.max(0, tokenOffset - MAX_BACK);
        int tried = 0;
        for (long j = in.lastIndexOf((byte) 'o', tokenOffset - 3, floor); j >= 0 && tried < MAX_CANDIDATES;
                j = in.lastIndexOf((byte) 'o', j - 1, floor)) {
            if (in.matches(j, OBJ) && isObjectHeader(j)) {
                tried++;
                SignatureDictionary d = parseObject(j + 3, tokenOffset);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private boolean isObjectHeader(long j) throws IOException {
        int after = in.get(j + 3);
        return isWhite(in.get(j - 1)) && isDigit(in.get(j - 2)) && (after < 0 || isWhite(after) || isDelimiter(after));
    }

    private SignatureDictionary parseObject(long from, long tokenOffset) throws IOException {
        pos = from;
        limit = Math.min(in.size(), from + MAX_OBJECT);
        target = tokenOffset;
        found = null;
        try {
            skipWhite();
            parseValue(0);
        } catch (ParseFailure e) {
            return null;
        }
        return found;
    }

    /** A parsed value: only what signature dictionaries need is kept. */
    private static final class Value {
        String text;
        List<String> items;
        long start = -1;
        long end = -1;
        boolean hexOnly;
        byte[] bytes;
    }

    private Value parseValue(int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new ParseFailure();
        }
        int c = peek();
        Value v = new Value();
        if (c == '<' && in.get(pos + 1) == '<') {
            pos += 2;
            parseDictionary(depth);
        } else if (c == '<') {
            parseHex(v);
        } else if (c == '[') {
            pos++;
            v.items = new ArrayList<>();
            while (true) {
                skipWhite();
                if (peek() == ']') {
                    pos++;
                    break;
                }
                Value item = parseValue(depth + 1);
                if (v.items.size() < 16) {
                    v.items.add(item.text == null ? "?" : item.text);
                }
            }
        } else if (c == '(') {
            v.text = parseLiteral();
        } else if (c == '/') {
            v.text = "/" + parseName();
        } else if (c == '>' || c == ']' || c == ')' || c == '{' || c == '}') {
            throw new ParseFailure();
        } else {
            v.text = parseRegular();
        }
        return v;
    }

    private void parseDictionary(int depth) throws IOException {
        Map<String, Value> entries = new HashMap<>();
        boolean isTarget = false;
        while (true) {
            skipWhite();
            int c = peek();
            if (c == '>' && in.get(pos + 1) == '>') {
                pos += 2;
                break;
            }
            if (c != '/') {
                throw new ParseFailure();
            }
            long keyAt = pos;
            String key = parseName();
            skipWhite();
            Value value = parseValue(depth + 1);
            if (keyAt == target && "ByteRange".equals(key)) {
                isTarget = true;
            }
            switch (key) {
                case "ByteRange", "Contents", "SubFilter", "Filter", "Type", "Name", "M", "Reason", "Location", "ContactInfo" ->
                        entries.put(key, value);
                default -> { }
            }
        }
        if (isTarget && found == null) {
            Value br = entries.get("ByteRange");
            Value contents = entries.get("Contents");
            found = new SignatureDictionary(target, br.items,
                    contents == null ? -1 : contents.start, contents == null ? -1 : contents.end,
                    contents != null && contents.hexOnly, contents == null ? null : contents.bytes,
                    text(entries.get("SubFilter")), text(entries.get("Filter")), text(entries.get("Type")),
                    text(entries.get("Name")), text(entries.get("M")));
            found.reason = text(entries.get("Reason"));
            found.location = text(entries.get("Location"));
            found.contactInfo = text(entries.get("ContactInfo"));
        } else if (pos > target && found == null && depth == 0) {
            // The outermost dictionary ended past the key without owning it: not our object.
            throw new ParseFailure();
        }
    }

    private static String text(Value v) {
        if (v == null) {
            return null;
        }
        if (v.text != null) {
            return v.text.startsWith("/") ? v.text.substring(1) : v.text;
        }
        return v.bytes == null ? null : decodeText(v.bytes);
    }

    /** PDF text string, see {@link PdfText#decode(byte[])}. */
    static String decodeText(byte[] b) {
        return PdfText.decode(b);
    }

    /**
     * Room for the bytes of the hex string starting at {@code pos}: exact when its closing '>' is in
     * the window (the whole file when it is in memory), else a start that doubles as needed.
     */
    private int initialHexCapacity() throws IOException {
        in.get(pos);
        byte[] buf = in.buffer();
        int from = (int) (pos - in.start());
        int end = (int) Math.min(in.end(), limit) - (int) in.start();
        int i = from + 1;
        // Eight bytes at a time: a byte equal to '>' makes (x ^ '>'s) have a zero byte.
        for (; i + 8 <= end; i += 8) {
            long x = (long) LONGS.get(buf, i) ^ EIGHT_GT;
            if (((x - 0x0101010101010101L) & ~x & 0x8080808080808080L) != 0) {
                break;
            }
        }
        for (; i < end; i++) {
            if (buf[i] == '>') {
                return Math.max(16, (i - from) / 2 + 1);
            }
        }
        return 256;
    }

    private void parseHex(Value v) throws IOException {
        v.start = pos;
        pos++;
        boolean hexOnly = true;
        byte[] out = new byte[initialHexCapacity()];
        int n = 0;
        int high = -1;
        long digits = 0;
        while (true) {
            // Bulk path: decode straight from the window's buffer (this is the /Contents hot loop).
            if (pos >= limit) {
                throw new ParseFailure();
            }
            in.get(pos);
            byte[] buf = in.buffer();
            int i = (int) (pos - in.start());
            int end = (int) Math.min(in.end(), limit) - (int) in.start();
            boolean closed = false;
            for (; i < end; i++) {
                int c = buf[i] & 0xFF;
                int d = HEX[c];
                if (d < 0) {
                    if (c == '>') {
                        closed = true;
                        i++;
                        break;
                    }
                    hexOnly = false;
                    continue;
                }
                if (high < 0 && c == '0' && i + 8 <= end && (long) LONGS.get(buf, i) == EIGHT_ZEROS) {
                    // Eight '0' digits, the zero padding after the DER: four zero bytes. The bytes
                    // at n and after were never written (copies pad with zeros), so only n moves.
                    if (n + 4 > out.length) {
                        out = java.util.Arrays.copyOf(out, Math.max(n * 2, n + 4));
                    }
                    n += 4;
                    digits += 8;
                    i += 7;
                    continue;
                }
                if (high < 0) {
                    // Two digits at once, the usual case (a run of digits without white space).
                    int d2 = i + 1 < end ? HEX[buf[i + 1] & 0xFF] : -1;
                    if (d2 < 0) {
                        high = d;
                        continue;
                    }
                    if (n == out.length) {
                        out = java.util.Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = (byte) (d << 4 | d2);
                    digits += 2;
                    i++;
                    continue;
                }
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2);
                }
                out[n++] = (byte) (high << 4 | d);
                high = -1;
                digits += 2;
            }
            pos = in.start() + i;
            if (digits > MAX_CONTENTS_HEX) {
                throw new ParseFailure();
            }
            if (closed) {
                break;
            }
        }
        if (high >= 0) {
            if (n == out.length) {
                out = java.util.Arrays.copyOf(out, n + 1);
            }
            out[n++] = (byte) (high << 4);
        }
        v.end = pos;
        v.hexOnly = hexOnly;
        v.bytes = n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    private String parseLiteral() throws IOException {
        pos++;
        int depth = 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            int c = next();
            if (c == '\\') {
                c = next();
                switch (c) {
                    case 'n' -> c = '\n';
                    case 'r' -> c = '\r';
                    case 't' -> c = '\t';
                    case 'b' -> c = '\b';
                    case 'f' -> c = '\f';
                    case '\r', '\n' -> c = -1;
                    default -> {
                        if (c >= '0' && c <= '7') {
                            int octal = c - '0';
                            for (int i = 0; i < 2 && peek() >= '0' && peek() <= '7'; i++) {
                                octal = octal * 8 + (next() - '0');
                            }
                            c = octal & 0xFF;
                        }
                    }
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                break;
            }
            if (c >= 0 && out.size() < MAX_TEXT) {
                out.write(c);
            }
        }
        return decodeText(out.toByteArray());
    }

    private String parseName() throws IOException {
        pos++;
        return readToken(true);
    }

    private String parseRegular() throws IOException {
        String token = readToken(false);
        if (token.isEmpty()) {
            throw new ParseFailure();
        }
        return token;
    }

    /** Regular characters up to the next white space or delimiter; names decode {@code #xx}. */
    private String readToken(boolean name) throws IOException {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int c = peekOrEnd();
            if (c < 0 || isWhite(c) || isDelimiter(c)) {
                break;
            }
            pos++;
            if (name && c == '#' && hexValue(peekOrEnd()) >= 0 && hexValue(in.get(pos + 1)) >= 0) {
                c = hexValue(next()) << 4 | hexValue(next());
            }
            if (sb.length() < MAX_TEXT) {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    private void skipWhite() throws IOException {
        while (true) {
            int c = peekOrEnd();
            if (c == '%') {
                while (c >= 0 && c != '\n' && c != '\r') {
                    pos++;
                    c = peekOrEnd();
                }
            } else if (c >= 0 && isWhite(c)) {
                pos++;
            } else {
                return;
            }
        }
    }

    private int peekOrEnd() throws IOException {
        return pos < limit ? in.get(pos) : -1;
    }

    private int peek() throws IOException {
        int c = peekOrEnd();
        if (c < 0) {
            throw new ParseFailure();
        }
        return c;
    }

    private int next() throws IOException {
        int c = peek();
        pos++;
        return c;
    }

    static boolean isWhite(int c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
    }

    static boolean isDelimiter(int c) {
        return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}'
                || c == '/' || c == '%';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long EIGHT_ZEROS = 0x3030303030303030L;
    private static final long EIGHT_GT = 0x3E3E3E3E3E3E3E3EL;

    /** Value of each byte as a hex digit, -1 for the others. */
    private static final byte[] HEX = new byte[256];

    static {
        for (int c = 0; c < 256; c++) {
            HEX[c] = (byte) hexValue(c);
        }
    }

    static int hexValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** Input that is not a well-formed object; carries no stack trace (it is expected on bad files). */
    private static final class ParseFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ParseFailure() {
            super(null, null, false, false);
        }
    }
}
