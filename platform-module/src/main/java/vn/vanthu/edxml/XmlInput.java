package vn.vanthu.edxml;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters of an XML input, decoded by Vanthu rather than by the parser, and guarded: the
 * JDK's StAX parser buffers a whole attribute value, comment, processing instruction, DOCTYPE or
 * CDATA section before reporting it, so one hostile construct of a gigabyte would exhaust the
 * heap. {@link Guard} refuses any tag, comment, PI or declaration longer than a limit, and turns
 * each CDATA section into the equivalent escaped character data (same infoset, and the parser
 * then hands it over in chunks: a package whose base64 sits in a CDATA section streams too).
 *
 * <p>Encoding: a UTF-8 or UTF-16 byte-order mark, UTF-16 without mark by its first characters,
 * otherwise the XML declaration's {@code encoding} (UTF-8 when absent). Malformed bytes are an
 * error, never replaced.
 */
final class XmlInput {

    private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    /** A construct over the limit: the reader reports TOO_LARGE. */
    static final class LimitException extends IOException {
        private static final long serialVersionUID = 1L;
        final String en;
        final String vi;

        LimitException(String en, String vi) {
            super(en);
            this.en = en;
            this.vi = vi;
        }
    }

    /** The input names an encoding the platform does not know. */
    static final class UnsupportedEncoding extends IOException {
        private static final long serialVersionUID = 1L;

        UnsupportedEncoding(String name) {
            super(name);
        }
    }

    private XmlInput() {
    }

    /** The guarded characters of {@code raw}, working in the arrays of {@code buffers} (lent to this input until it is done). */
    static Guard open(InputStream raw, int maxMarkup, ReadBuffers buffers) throws IOException {
        Source src = new Source(raw, buffers.input);
        byte[] head = src.head(512);
        Charset cs;
        int skip = 0;
        int b0 = head.length > 0 ? head[0] & 0xFF : -1;
        int b1 = head.length > 1 ? head[1] & 0xFF : -1;
        int b2 = head.length > 2 ? head[2] & 0xFF : -1;
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            cs = StandardCharsets.UTF_8;
            skip = 3;
        } else if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
            cs = StandardCharsets.UTF_16;
        } else if (b0 == 0x00 && b1 == 0x3C) {
            cs = StandardCharsets.UTF_16BE;
        } else if (b0 == 0x3C && b1 == 0x00) {
            cs = StandardCharsets.UTF_16LE;
        } else {
            Matcher m = ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
            if (m.find()) {
                try {
                    cs = Charset.forName(m.group(1));
                } catch (IllegalArgumentException e) {
                    throw new UnsupportedEncoding(m.group(1));
                }
                if (cs.name().startsWith("UTF-16") || cs.name().startsWith("UTF-32")) {
                    // declared UTF-16 but the bytes are ASCII-compatible: a contradiction
                    throw new UnsupportedEncoding(m.group(1) + " (the bytes are not " + m.group(1) + ")");
                }
            } else {
                cs = StandardCharsets.UTF_8;
            }
        }
        src.start(skip, cs);
        return new Guard(src, maxMarkup, buffers.chars, buffers.markup);
    }

    /**
     * The bytes of the input and their characters: a charset decoder over one 128 KiB byte
     * buffer, decoding straight into the caller's array (no intermediate buffers), so that the
     * bytes behind each character handed over are exactly the bytes consumed. For UTF-8,
     * ISO-8859-1 and US-ASCII the base64 of an attachment can then be taken from the bytes
     * themselves ({@link #bypassBytes}), never made into characters.
     */
    static final class Source extends Reader {
        static final int SIZE = 128 * 1024;
        private final InputStream in;
        private final byte[] bytes;
        private final ByteBuffer bb;
        private CharsetDecoder dec;
        private boolean ascii;
        private boolean eof;
        private boolean flushed;
        private char[] lastArray;
        private CharBuffer lastBuffer;

        /** Over {@code in}, buffering in {@code buffer} ({@link #SIZE} bytes at least). */
        Source(InputStream in, byte[] buffer) {
            this.in = in;
            this.bytes = buffer;
            this.bb = ByteBuffer.wrap(buffer);
            bb.limit(0);
        }

        /** Up to {@code n} first bytes, without consuming them. */
        byte[] head(int n) throws IOException {
            fillAtLeast(n);
            byte[] h = new byte[Math.min(n, bb.remaining())];
            System.arraycopy(bytes, bb.position(), h, 0, h.length);
            return h;
        }

        void start(int skip, Charset cs) {
            bb.position(bb.position() + Math.min(skip, bb.remaining()));
            dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            ascii = cs.equals(StandardCharsets.UTF_8) || cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII);
        }

        /** True when the buffer holds at least {@code n} bytes or the input ended. */
        private void fillAtLeast(int n) throws IOException {
            if (bb.remaining() >= n || eof) {
                return;
            }
            bb.compact();
            try {
                while (bb.position() < n && bb.hasRemaining()) {
                    int r = in.read(bytes, bb.position(), bb.remaining());
                    if (r < 0) {
                        eof = true;
                        break;
                    }
                    bb.position(bb.position() + r);
                }
            } finally {
                bb.flip();
            }
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            CharBuffer cb = lastArray == cbuf ? lastBuffer : CharBuffer.wrap(cbuf);
            lastArray = cbuf;
            lastBuffer = cb;
            cb.limit(off + len).position(off);
            while (true) {
                if (flushed) {
                    return -1;
                }
                CoderResult r = dec.decode(bb, cb, eof);
                if (r.isError()) {
                    r.throwException();
                }
                if (cb.position() > off) {
                    return cb.position() - off;
                }
                if (r.isOverflow()) {
                    throw new IOException("a character does not fit in a buffer of " + len);
                }
                if (eof) {
                    r = dec.flush(cb);
                    if (r.isError()) {
                        r.throwException();
                    }
                    flushed = true;
                    return cb.position() > off ? cb.position() - off : -1;
                }
                fillAtLeast(bb.remaining() + 1);
            }
        }

        /**
         * Hands the base64 bytes from here straight to {@code decoder}, up to the first byte that
         * is neither base64 nor whitespace, which is left to be read as characters; the number
         * of bytes consumed. Nothing happens (0) for an encoding that is not ASCII-compatible.
         * Once the buffer holds less than a stage and no '<', the next stage goes from the stream
         * straight into the decoder's stage (no compaction of the buffer, one copy of the bytes);
         * a stage that is not all base64 (the end tag is in it) comes back into the buffer.
         */
        long bypassBytes(Base64Decoder decoder) throws IOException {
            if (!ascii) {
                return 0;
            }
            long n = 0;
            while (true) {
                if (!eof && bb.remaining() < Base64Decoder.STAGE && decoder.takesInputStage()
                        && Base64Decoder.indexOfTagOpen(bytes, bb.position(), bb.limit()) < 0) {
                    // straight from the stream into the decoder's stage: no compaction, one copy
                    byte[] st = decoder.stageForInput();
                    int len = bb.remaining();
                    System.arraycopy(bytes, bb.position(), st, 0, len);
                    bb.position(bb.limit());
                    while (len < Base64Decoder.STAGE) {
                        int r = in.read(st, len, Base64Decoder.STAGE - len);
                        if (r < 0) {
                            eof = true;
                            break;
                        }
                        len += r;
                    }
                    if (decoder.decodeInputStage(len)) {
                        n += len;
                        continue;
                    }
                    // not a whole stage of base64 (the end tag is in it): back into the buffer
                    bb.clear();
                    bb.put(st, 0, len);
                    bb.flip();
                }
                fillAtLeast(Base64Decoder.STAGE);
                int p = bb.position();
                int end = bb.limit();
                if (p >= end) {
                    return n;
                }
                // fillAtLeast gave a whole stage unless the input ends within it
                int stop = decoder.feedUntilOther(bytes, p, end, end - p < Base64Decoder.STAGE);
                bb.position(stop);
                n += stop - p;
                if (stop < end && !decoder.wantsMore()) {
                    return n;
                }
            }
        }

        /**
         * Gives back the characters {@code chars[from..to)}, the last ones the latest
         * {@link #read} handed over, to be read again as bytes ({@link #bypassBytes}): possible
         * (true) for an ASCII-compatible encoding when they are all ASCII, one byte each, and
         * still in the buffer just before the read position; otherwise nothing changes (false).
         */
        boolean unread(char[] chars, int from, int to) {
            int n = to - from;
            int p = bb.position();
            if (!ascii || flushed || n > p) {
                return false;
            }
            for (int k = 0; k < n; k++) {
                char c = chars[from + k];
                if (c >= 0x80 || bytes[p - n + k] != c) {
                    return false;
                }
            }
            bb.position(p - n);
            return true;
        }

        boolean asciiCompatible() {
            return ascii;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** The guarding filter, a small state machine over the characters. */
    static final class Guard extends Reader {
        private static final int CONTENT = 0;
        private static final int HOLD = 1;
        private static final int TAG = 2;
        private static final int COMMENT = 3;
        private static final int PI = 4;
        private static final int DECL = 5;
        private static final int CDATA = 6;
        private static final String CDATA_OPEN = "<![CDATA[";

        /**
         * Characters decoded per step. Small: the characters read ahead past the start tag of an
         * attachment go back to the source to be taken as bytes ({@link Source#unread}), or, when
         * they cannot (not all ASCII), to its decoder one by one; the XML outside the attachments
         * is a few steps either way.
         */
        static final int CHARS = 4096;
        private final Source in;
        private final int max;
        private final char[] buf;
        private int bufPos;
        private int bufLen;
        private boolean eof;
        /** Output waiting to be handed to the parser. */
        private final StringBuilder out;
        private int outPos;
        private final StringBuilder held = new StringBuilder();
        private int state = CONTENT;
        private long count;
        private char quote;
        private int tail;
        private int depth;
        /** Name of the tag being read (first 64 characters), to recognise ContentTransferEncoded. */
        private final StringBuilder tagName = new StringBuilder();
        private boolean inName;
        /** The last character handed over is the '>' of a ContentTransferEncoded start tag. */
        private boolean atContentStart;
        /** While set, base64 characters go straight to this decoder instead of to the parser. */
        private Base64Decoder bypass;
        private long bypassed;

        /** Over {@code in}, reading into {@code chars} ({@link #CHARS} at least) and handing over through {@code markup} (emptied). */
        Guard(Source in, int max, char[] chars, StringBuilder markup) {
            this.in = in;
            this.max = max;
            this.buf = chars;
            this.out = markup;
            markup.setLength(0);
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (outPos >= out.length()) {
                out.setLength(0);
                outPos = 0;
                if (!fill()) {
                    return -1;
                }
            }
            int n = Math.min(len, out.length() - outPos);
            out.getChars(outPos, outPos + n, cbuf, off);
            outPos += n;
            return n;
        }

        /**
         * Hands the base64 text of the ContentTransferEncoded element whose start tag was just
         * handed over straight to {@code decoder}, until the first character that is neither
         * base64 nor whitespace (normally the '<' of the end tag), which goes to the parser as
         * usual. The parser then never scans the base64. Refused (false) unless the parser holds
         * nothing beyond that start tag, so the decoder gets the text in order or not at all.
         */
        boolean bypass(Base64Decoder decoder) {
            if (!atContentStart || outPos < out.length()) {
                return false;
            }
            bypass = decoder;
            return true;
        }

        /** Characters given to a bypass decoder so far. */
        long bypassed() {
            return bypassed;
        }

        /** The rest of the bypassed base64 straight from the source's bytes; the bypass then ends. */
        private void bypassFromBytes() throws IOException {
            bypassed += in.bypassBytes(bypass);
            bypass = null;
        }

        /** Processes input into {@link #out}; false at the end. */
        private boolean fill() throws IOException {
            atContentStart = false;
            if (bypass != null && bufPos >= bufLen && in.asciiCompatible()) {
                bypassFromBytes();
            }
            if (bufPos >= bufLen) {
                if (eof) {
                    if (held.length() > 0) {
                        out.append(held);
                        held.setLength(0);
                        return true;
                    }
                    return false;
                }
                bufLen = in.read(buf, 0, CHARS);
                bufPos = 0;
                if (bufLen < 0) {
                    bufLen = 0;
                    eof = true;
                    return fill();
                }
            }
            int i = bufPos;
            int end = bufLen;
            if (bypass != null) {
                // the characters read ahead past the start tag go back to be taken as bytes, so
                // the base64 goes to the decoder in whole stages from its first character; if
                // they cannot, they go to the decoder as characters
                if (!in.unread(buf, i, end)) {
                    int stop = bypass.feedUntilOther(buf, i, end);
                    bypassed += stop - i;
                    i = stop;
                    if (i < end) {
                        bypass = null;
                    }
                }
                if (bypass != null && in.asciiCompatible()) {
                    // the read-ahead is given back or used up: the rest of the base64 from the bytes
                    bufPos = end;
                    bypassFromBytes();
                    return true;
                }
            }
            while (i < end) {
                if (state == CONTENT) {
                    int start = i;
                    while (i < end && buf[i] != '<') {
                        i++;
                    }
                    out.append(buf, start, i - start);
                    if (i < end) {
                        held.setLength(0);
                        held.append('<');
                        state = HOLD;
                        i++;
                    }
                    continue;
                }
                char c = buf[i++];
                switch (state) {
                    case HOLD -> hold(c);
                    case TAG -> {
                        out.append(c);
                        if (quote != 0) {
                            if (c == quote) {
                                quote = 0;
                            }
                        } else if (c == '"' || c == '\'') {
                            quote = c;
                            inName = false;
                        } else if (c == '>') {
                            state = CONTENT;
                            if (isContentStart()) {
                                atContentStart = true;
                                bufPos = i;
                                return true;
                            }
                        } else if (inName) {
                            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/') {
                                inName = false;
                            } else if (tagName.length() < 64) {
                                tagName.append(c);
                            }
                        }
                        limit("a tag (with its attributes)", "một thẻ (cùng các thuộc tính)");
                    }
                    case COMMENT -> {
                        out.append(c);
                        tail = c == '-' ? Math.min(tail + 1, 2) : (c == '>' && tail == 2 ? 3 : 0);
                        if (tail == 3) {
                            state = CONTENT;
                            tail = 0;
                        }
                        limit("a comment", "một chú thích");
                    }
                    case PI -> {
                        out.append(c);
                        if (c == '>' && tail == 1) {
                            state = CONTENT;
                        }
                        tail = c == '?' ? 1 : 0;
                        limit("a processing instruction", "một chỉ thị xử lý");
                    }
                    case DECL -> {
                        out.append(c);
                        if (c == '[') {
                            depth++;
                        } else if (c == ']') {
                            depth--;
                        } else if (c == '>' && depth <= 0) {
                            state = CONTENT;
                        }
                        limit("a declaration", "một khai báo");
                    }
                    case CDATA -> cdata(c);
                    default -> throw new IllegalStateException();
                }
            }
            bufPos = end;
            return true;
        }

        /** The tag just closed is a start tag (not empty, not an end tag) named [prefix:]ContentTransferEncoded. */
        private boolean isContentStart() {
            int n = out.length();
            if (n >= 2 && out.charAt(n - 2) == '/') {
                return false;
            }
            String name = tagName.toString();
            if (name.startsWith("/")) {
                return false;
            }
            int colon = name.indexOf(':');
            return EdxmlNames.CONTENT_TRANSFER_ENCODED.equals(colon < 0 ? name : name.substring(colon + 1));
        }

        private void hold(char c) {
            held.append(c);
            int n = held.length();
            if (n <= CDATA_OPEN.length() && CDATA_OPEN.startsWith(held.toString())) {
                if (n == CDATA_OPEN.length()) {
                    held.setLength(0);
                    state = CDATA;
                    tail = 0;
                }
                return;
            }
            if (n <= 4 && "<!--".startsWith(held.toString())) {
                if (n == 4) {
                    start(COMMENT);
                }
                return;
            }
            char second = held.charAt(1);
            start(second == '?' ? PI : second == '!' ? DECL : TAG);
            if (state == TAG && (c == '>' || c == '"' || c == '\'')) {
                // the held characters may already close the tag or open a quote
                if (c == '>') {
                    state = CONTENT;
                } else {
                    quote = c;
                }
            }
        }

        private void start(int next) {
            out.append(held);
            tagName.setLength(0);
            inName = next == TAG;
            if (inName) {
                tagName.append(held, 1, held.length());
                char last = held.charAt(held.length() - 1);
                if (last == ' ' || last == '\t' || last == '\n' || last == '\r' || last == '/' || last == '>') {
                    tagName.setLength(tagName.length() - 1);
                    inName = false;
                }
            }
            count = held.length();
            held.setLength(0);
            state = next;
            tail = 0;
            depth = 0;
            quote = 0;
        }

        private void cdata(char c) {
            if (c == ']') {
                if (tail == 2) {
                    out.append(']');
                } else {
                    tail++;
                }
                return;
            }
            if (c == '>' && tail == 2) {
                tail = 0;
                state = CONTENT;
                return;
            }
            for (; tail > 0; tail--) {
                out.append(']');
            }
            switch (c) {
                case '<' -> out.append("&lt;");
                case '&' -> out.append("&amp;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }

        private void limit(String en, String vi) throws LimitException {
            if (++count > max) {
                throw new LimitException(en + " longer than " + max + " characters", vi + " dài quá " + max + " ký tự");
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
