package vn.vanthu.signature.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lexes and parses PDF objects from a {@link PdfSource} through a small buffer. Every loop is
 * bounded: nesting depth, string, name and collection sizes, so hostile bytes end in a
 * {@link PdfParseException}, never in a hang or a memory exhaustion.
 */
final class ObjectParser {

    static final int MAX_DEPTH = 32;
    static final int MAX_STRING = 4 * 1024 * 1024;
    static final int MAX_ITEMS = 1 << 20;
    private static final int MAX_TOKEN = 256;

    /** Resolves a stream's indirect /Length; may give null. */
    interface LengthResolver {
        PdfObject resolve(PdfObject.Ref ref) throws PdfParseException;
    }

    private final PdfSource src;
    private final byte[] buf;
    private long bufStart;
    private int bufLen;
    long pos;
    /** Hex strings longer than this are not decoded ({@link PdfRevisions#withoutLargeHexStrings}). */
    int maxHexDigits = Integer.MAX_VALUE;

    ObjectParser(PdfSource src) {
        this.src = src;
        this.buf = new byte[8192];
    }

    /** Parses bytes held in memory (a decoded object stream) without a copy. */
    ObjectParser(byte[] data) {
        this.src = PdfSource.of(data);
        this.buf = data;
        this.bufStart = 0;
        this.bufLen = data.length;
    }

    long size() {
        return src.size();
    }

    int peek() throws PdfParseException {
        return at(pos);
    }

    /** The byte at {@code p} (0..255) or -1 past the end. */
    int at(long p) throws PdfParseException {
        if (p < 0 || p >= src.size()) {
            return -1;
        }
        if (p < bufStart || p >= bufStart + bufLen) {
            try {
                // Going backward keeps p near the end of the buffer; forward, at its start.
                bufStart = p < bufStart ? Math.max(0, p - buf.length + 1) : p;
                bufLen = src.read(bufStart, buf, 0, buf.length);
            } catch (IOException e) {
                throw new PdfParseException("the file could not be read at byte " + p + ": " + e.getMessage(), e);
            }
            if (bufLen <= 0) {
                bufLen = 0;
                return -1;
            }
        }
        if (p >= bufStart + bufLen) {
            return -1;
        }
        return buf[(int) (p - bufStart)] & 0xFF;
    }

    /** {@code len} bytes at {@code p}, read straight from the source. */
    byte[] bytes(long p, int len) throws PdfParseException {
        if (p < 0 || p + len > size()) {
            throw new PdfParseException("a stream runs past the end of the file");
        }
        byte[] b = new byte[len];
        int done = 0;
        try {
            while (done < len) {
                int n = src.read(p + done, b, done, len - done);
                if (n <= 0) {
                    throw new PdfParseException("a stream runs past the end of the file");
                }
                done += n;
            }
        } catch (IOException e) {
            throw new PdfParseException("the file could not be read at byte " + p + ": " + e.getMessage(), e);
        }
        return b;
    }

    static boolean isWhite(int c) {
        return c == 0 || c == 9 || c == 10 || c == 12 || c == 13 || c == 32;
    }

    static boolean isDelimiter(int c) {
        return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}'
                || c == '/' || c == '%';
    }

    static boolean isRegular(int c) {
        return c >= 0 && !isWhite(c) && !isDelimiter(c);
    }

    /** Skips white space and comments. */
    void skipWhite() throws PdfParseException {
        while (true) {
            int c = peek();
            if (isWhite(c)) {
                pos++;
            } else if (c == '%') {
                while (c >= 0 && c != '\n' && c != '\r') {
                    pos++;
                    c = peek();
                }
            } else {
                return;
            }
        }
    }

    /** A run of regular characters (a keyword or number), at most {@link #MAX_TOKEN} long. */
    String regularToken() throws PdfParseException {
        StringBuilder sb = new StringBuilder();
        for (int c = peek(); isRegular(c); c = peek()) {
            if (sb.length() >= MAX_TOKEN) {
                throw new PdfParseException("token longer than " + MAX_TOKEN + " bytes at " + pos);
            }
            sb.append((char) c);
            pos++;
        }
        return sb.toString();
    }

    /** True (and consumes it) when the next token is exactly {@code keyword}. */
    boolean keyword(String keyword) throws PdfParseException {
        skipWhite();
        int n = keyword.length();
        for (int i = 0; i < n; i++) {
            if (at(pos + i) != keyword.charAt(i)) {
                return false;
            }
        }
        if (isRegular(at(pos + n))) {
            return false;
        }
        pos += n;
        return true;
    }

    /** A non-negative integer token, or -1 (position unchanged) if the next token is not one. */
    long unsignedInt() throws PdfParseException {
        skipWhite();
        long p = pos;
        long v = 0;
        int digits = 0;
        for (int c = at(p); c >= '0' && c <= '9'; c = at(++p)) {
            if (++digits > 18) {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        if (digits == 0 || isRegular(at(p))) {
            return -1;
        }
        pos = p;
        return v;
    }

    /**
     * Parses {@code num gen obj <object> [stream...endstream] endobj} at {@link #pos}; {@code expectNum}
     * >= 0 requires that number. The stream's /Length may be resolved through {@code lengths}.
     */
    PdfObject indirect(int expectNum, int expectGen, LengthResolver lengths) throws PdfParseException {
        long start = pos;
        long num = unsignedInt();
        long gen = unsignedInt();
        if (num < 0 || gen < 0 || !keyword("obj")) {
            throw new PdfParseException("no object header (N G obj) at byte " + start);
        }
        if (expectNum >= 0 && (num != expectNum || gen != expectGen)) {
            throw new PdfParseException("byte " + start + " holds object " + num + " " + gen + ", not " + expectNum + " "
                    + expectGen);
        }
        PdfObject o = object(0);
        if (o instanceof PdfObject.Dict d && keyword("stream")) {
            return stream(d, lengths);
        }
        return o;
    }

    private PdfObject stream(PdfObject.Dict d, LengthResolver lengths) throws PdfParseException {
        // "stream" is followed by CRLF or LF (a lone CR is tolerated).
        if (peek() == '\r') {
            pos++;
        }
        if (peek() == '\n') {
            pos++;
        }
        long data = pos;
        long length = -1;
        PdfObject l = d.get("Length");
        if (l instanceof PdfObject.Ref r && lengths != null) {
            l = lengths.resolve(r);
        }
        if (l instanceof PdfObject.Num n && n.isInteger() && n.longValue() >= 0 && data + n.longValue() <= size()) {
            length = n.longValue();
            pos = data + length;
            if (!keyword("endstream")) {
                length = -1;
            }
        }
        if (length < 0) {
            throw new PdfParseException("the stream at byte " + data + " has no valid /Length");
        }
        return new PdfObject.Stream(d, data, length);
    }

    /** Parses one direct object (a reference {@code N G R} included). */
    PdfObject object(int depth) throws PdfParseException {
        if (depth > MAX_DEPTH) {
            throw new PdfParseException("objects nested deeper than " + MAX_DEPTH + " at byte " + pos);
        }
        skipWhite();
        int c = peek();
        switch (c) {
            case -1:
                throw new PdfParseException("unexpected end of data at byte " + pos);
            case '/':
                pos++;
                return new PdfObject.Name(name());
            case '(':
                pos++;
                return PdfObject.Str.wrap(literal());
            case '[':
                pos++;
                return array(depth);
            case '<':
                if (at(pos + 1) == '<') {
                    pos += 2;
                    return dict(depth);
                }
                pos++;
                return PdfObject.Str.wrap(hex());
            default:
                break;
        }
        long start = pos;
        if (c == 't' && keyword("true")) {
            return new PdfObject.Bool(true);
        }
        if (c == 'f' && keyword("false")) {
            return new PdfObject.Bool(false);
        }
        if (c == 'n' && keyword("null")) {
            return PdfObject.Null.NULL;
        }
        // A number: [+-] digits [. digits], no exponent (ISO 32000-1 7.3.3).
        long p = pos;
        boolean negative = false;
        if (c == '+' || c == '-') {
            negative = c == '-';
            p++;
        }
        long whole = 0;
        int digits = 0;
        int c2;
        for (c2 = at(p); c2 >= '0' && c2 <= '9'; c2 = at(++p)) {
            if (digits++ < 18) {
                whole = whole * 10 + (c2 - '0');
            }
        }
        double frac = 0;
        boolean real = false;
        if (c2 == '.') {
            real = true;
            double scale = 0.1;
            for (c2 = at(++p); c2 >= '0' && c2 <= '9'; c2 = at(++p)) {
                frac += (c2 - '0') * scale;
                scale /= 10;
                digits++;
            }
        }
        if (digits == 0 || isRegular(c2)) {
            throw new PdfParseException("unexpected byte 0x" + Integer.toHexString(c) + " at " + start);
        }
        pos = p;
        double v = negative ? -(whole + frac) : whole + frac;
        if (!real && !negative && c != '+' && p - start <= 9) {
            long save = pos;
            long gen = unsignedInt();
            if (gen >= 0 && gen <= 65535 && keyword("R")) {
                return new PdfObject.Ref((int) v, (int) gen);
            }
            pos = save;
        }
        return new PdfObject.Num(v);
    }

    /** Names met in nearly every object, returned without a new string. */
    private static final String[] COMMON = {"Type", "Length", "Filter", "FlateDecode", "Subtype", "Parent", "Kids",
        "Count", "Page", "Pages", "Annots", "Contents", "Resources", "Font", "XObject", "Widget", "Annot", "Rect", "FT",
        "Sig", "T", "V", "P", "F", "AP", "N", "AS", "DA", "DR", "MediaBox", "Root", "Info", "Size", "Prev", "ID", "W",
        "Index", "XRef", "ObjStm", "First", "DecodeParms", "Predictor", "Columns", "Catalog", "AcroForm", "Fields",
        "SigFlags", "DSS", "VRI", "Certs", "CRLs", "OCSPs", "Cert", "CRL", "OCSP", "ByteRange", "SubFilter", "M",
        "Name", "Reason", "Location", "Filter", "Adobe.PPKLite", "adbe.pkcs7.detached", "ETSI.CAdES.detached",
        "ETSI.RFC3161", "DocTimeStamp", "Reference", "TransformMethod", "TransformParams", "Perms", "DocMDP",
        "Helv", "ZaDb", "Encoding", "BaseFont", "Type1", "WinAnsiEncoding", "Form", "BBox", "Tx", "Extensions",
        "ProcSet", "PDF", "Text", "Lock", "Action", "Metadata", "XML", "Producer", "CreationDate", "ModDate",
        "Title", "Author", "Encrypt", "XRefStm", "Version"};

    private static final java.util.Map<Integer, String> COMMON_BY_HASH = new java.util.HashMap<>();

    static {
        for (String k : COMMON) {
            COMMON_BY_HASH.putIfAbsent(k.hashCode(), k);
        }
    }

    private String name() throws PdfParseException {
        long start = pos;
        boolean escaped = false;
        int hash = 0;
        for (int c = peek(); isRegular(c); c = peek()) {
            if (pos - start >= MAX_TOKEN) {
                throw new PdfParseException("name longer than " + MAX_TOKEN + " bytes at " + pos);
            }
            escaped |= c == '#';
            hash = 31 * hash + c;
            pos++;
        }
        int len = (int) (pos - start);
        if (!escaped) {
            // The same hash as String.hashCode of the ISO-8859-1 name: one lookup, one comparison.
            String k = COMMON_BY_HASH.get(hash);
            if (k != null && k.length() == len && matchesAt(start, k)) {
                return k;
            }
            if (start >= bufStart && pos <= bufStart + bufLen) {
                return new String(buf, (int) (start - bufStart), len, StandardCharsets.ISO_8859_1);
            }
        }
        StringBuilder sb = new StringBuilder(len);
        for (long p = start; p < pos; p++) {
            int c = at(p);
            if (c == '#' && p + 2 < pos && hexValue(at(p + 1)) >= 0 && hexValue(at(p + 2)) >= 0) {
                c = hexValue(at(p + 1)) * 16 + hexValue(at(p + 2));
                p += 2;
            }
            sb.append((char) c);
        }
        return sb.toString();
    }

    private boolean matchesAt(long p, String s) throws PdfParseException {
        for (int i = 0; i < s.length(); i++) {
            if (at(p + i) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int hexValue(int c) {
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

    private byte[] literal() throws PdfParseException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int nesting = 1;
        while (true) {
            if (out.size() > MAX_STRING) {
                throw new PdfParseException("string longer than " + MAX_STRING + " bytes at " + pos);
            }
            int c = peek();
            if (c < 0) {
                throw new PdfParseException("unterminated string at byte " + pos);
            }
            pos++;
            if (c == '(') {
                nesting++;
            } else if (c == ')') {
                if (--nesting == 0) {
                    return out.toByteArray();
                }
            } else if (c == '\\') {
                c = peek();
                pos++;
                switch (c) {
                    case 'n' -> out.write('\n');
                    case 'r' -> out.write('\r');
                    case 't' -> out.write('\t');
                    case 'b' -> out.write('\b');
                    case 'f' -> out.write('\f');
                    case '\r' -> {
                        if (peek() == '\n') {
                            pos++;
                        }
                    }
                    case '\n' -> {
                        // line continuation
                    }
                    default -> {
                        if (c >= '0' && c <= '7') {
                            int v = c - '0';
                            for (int i = 0; i < 2 && peek() >= '0' && peek() <= '7'; i++) {
                                v = v * 8 + peek() - '0';
                                pos++;
                            }
                            out.write(v & 0xFF);
                        } else if (c >= 0) {
                            out.write(c);
                        }
                    }
                }
                continue;
            }
            out.write(c);
        }
    }

    /** Where the next {@code b} is at or after {@code from} (scanning the buffer in bulk), or -1. */
    long indexOf(int b, long from, long limit) throws PdfParseException {
        long p = from;
        while (p < limit) {
            if (at(p) < 0) {
                return -1;
            }
            int end = (int) Math.min(bufLen, limit - bufStart);
            for (int i = (int) (p - bufStart); i < end; i++) {
                if (buf[i] == (byte) b) {
                    return bufStart + i;
                }
            }
            p = bufStart + end;
        }
        return -1;
    }

    /** A hex string, counted first so that its bytes are allocated once at their size. */
    private byte[] hex() throws PdfParseException {
        if (maxHexDigits < Integer.MAX_VALUE) {
            long close = indexOf('>', pos, Math.min(size(), pos + 2L * MAX_STRING + 2));
            if (close > pos + maxHexDigits) {
                // Not decoded: a marker that only the same bytes at the same place equal.
                byte[] marker = ("\u0000hex@" + pos + "+" + (close - pos)).getBytes(StandardCharsets.ISO_8859_1);
                pos = close + 1;
                return marker;
            }
        }
        long p = pos;
        long digits = 0;
        for (int c = at(p); c != '>'; c = at(++p)) {
            if (c < 0) {
                throw new PdfParseException("unterminated hex string at byte " + pos);
            }
            if (isWhite(c)) {
                continue;
            }
            if (hexValue(c) < 0) {
                throw new PdfParseException("not a hexadecimal digit in a hex string at byte " + p);
            }
            if (++digits > 2L * MAX_STRING) {
                throw new PdfParseException("hex string longer than " + MAX_STRING + " bytes at " + pos);
            }
        }
        byte[] out = new byte[(int) ((digits + 1) / 2)];
        int k = 0;
        int hi = -1;
        for (int c = at(pos); c != '>'; c = at(++pos)) {
            if (isWhite(c)) {
                continue;
            }
            int v = hexValue(c);
            if (hi < 0) {
                hi = v;
            } else {
                out[k++] = (byte) (hi * 16 + v);
                hi = -1;
            }
        }
        if (hi >= 0) {
            out[k] = (byte) (hi * 16);
        }
        pos++;
        return out;
    }

    private PdfObject array(int depth) throws PdfParseException {
        List<PdfObject> items = new ArrayList<>();
        while (true) {
            skipWhite();
            if (peek() == ']') {
                pos++;
                return new PdfObject.Array(items);
            }
            if (items.size() >= MAX_ITEMS) {
                throw new PdfParseException("array longer than " + MAX_ITEMS + " items at byte " + pos);
            }
            items.add(object(depth + 1));
        }
    }

    private PdfObject dict(int depth) throws PdfParseException {
        Map<String, PdfObject> m = new LinkedHashMap<>();
        while (true) {
            skipWhite();
            int c = peek();
            if (c == '>' && at(pos + 1) == '>') {
                pos += 2;
                return new PdfObject.Dict(m);
            }
            if (c != '/') {
                throw new PdfParseException("dictionary key expected at byte " + pos);
            }
            if (m.size() >= MAX_ITEMS) {
                throw new PdfParseException("dictionary larger than " + MAX_ITEMS + " entries at byte " + pos);
            }
            pos++;
            String key = name();
            PdfObject value = object(depth + 1);
            if (!(value instanceof PdfObject.Null)) {
                m.put(key, value);
            }
        }
    }

    /** Finds {@code ascii} at or after {@code from}, within {@code maxDistance} bytes; -1 if absent. */
    long find(String ascii, long from, long maxDistance) throws PdfParseException {
        byte[] t = ascii.getBytes(StandardCharsets.US_ASCII);
        long end = Math.min(size() - t.length, from + maxDistance);
        outer:
        for (long p = from; p <= end; p++) {
            for (int i = 0; i < t.length; i++) {
                if (at(p + i) != t[i]) {
                    continue outer;
                }
            }
            return p;
        }
        return -1;
    }

    /** Finds the last {@code ascii} that starts in {@code [floor, from]}; -1 if absent. */
    long findBackward(String ascii, long from, long floor) throws PdfParseException {
        byte[] t = ascii.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (long p = Math.min(from, size() - t.length); p >= Math.max(0, floor); p--) {
            for (int i = 0; i < t.length; i++) {
                if (at(p + i) != t[i]) {
                    continue outer;
                }
            }
            return p;
        }
        return -1;
    }
}
