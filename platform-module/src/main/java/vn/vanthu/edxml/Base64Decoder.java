package vn.vanthu.edxml;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import vn.vanthu.signature.DigestCheckpoints;

/**
 * Incremental base64 decoder fed with character chunks (as StAX hands them over), writing the
 * bytes to a stream while counting them and computing their SHA-256 through a
 * {@link DigestCheckpoints}, whose kept states let the PDF signature check of the same bytes skip
 * hashing them again ({@link #checkpoints()}). XML whitespace anywhere
 * (line-wrapped base64 at 76 or 64 columns, indentation) is skipped; any other character outside
 * the base64 alphabet, data after padding or a truncated last group is malformed. Works in fixed
 * buffers (about 120 KiB, lent by the read) whatever the size of the attachment; the bulk goes through
 * the JDK's decoder 64 Ki characters at a time, and so does the last run before the end tag.
 */
final class Base64Decoder {

    /** Value of each ASCII/Latin-1 character: 0..63, or one of the negative markers below. */
    private static final byte[] VALUE = new byte[256];
    private static final byte INVALID = -1;
    private static final byte SPACE = -2;
    private static final byte PAD = -3;

    static {
        java.util.Arrays.fill(VALUE, INVALID);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            VALUE[alphabet.charAt(i)] = (byte) i;
        }
        VALUE[' '] = SPACE;
        VALUE['\n'] = SPACE;
        VALUE['\r'] = SPACE;
        VALUE['\t'] = SPACE;
        VALUE['='] = PAD;
    }

    private final OutputStream out;
    private final DigestCheckpoints digest = new DigestCheckpoints();
    private String sha256;
    /** Output of the character-by-character path (around padding, errors, odd groups). */
    private final byte[] buf;
    static final int GROUPS = 8192;
    /**
     * Verified base64 alphabet characters (no whitespace, no padding) waiting for the JDK's
     * decoder, which takes only whole arrays: a full stage is decoded in place, a partial one
     * (at padding, an error or the end) once through an exact copy. 64 Ki characters per call so
     * that the JDK's vectorised decoding (an intrinsic on x86 with AVX-512) runs on long inputs
     * and the sink gets 48 KiB writes.
     */
    static final int STAGE = 1 << 16;
    /** Bytes decoded from one whole stage. */
    static final int BLOCK = STAGE / 4 * 3;
    private final byte[] stage;
    private int stageLen;
    private final byte[] blockOut;
    private static final Base64.Decoder JDK = Base64.getDecoder();
    /** No whole-stage attempt before this input index of the current call (one just failed). */
    private int noStageBefore;
    /** The next byte feed starts with the stage {@link #decodeInputStage} just refused. */
    private boolean refusedStageFirst;
    private boolean wantsMore;
    private int pos;
    private int quad;
    private int inQuad;
    private int padding;
    private long size;
    private long charIndex;
    private String error;

    /** After an error: the index of the next character that is not base64, '=' or whitespace. */
    private static int skipToOther(char[] chars, int i, int end) {
        while (i < end && isBase64OrSpace(chars[i])) {
            i++;
        }
        return i;
    }

    private static int skipToOther(byte[] bytes, int i, int end) {
        while (i < end && VALUE[bytes[i] & 0xFF] != INVALID) {
            i++;
        }
        return i;
    }

    /** True for the base64 alphabet, '=' and XML whitespace (a table look-up: no branches to mispredict). */
    static boolean isBase64OrSpace(char c) {
        return c <= 0xFF && VALUE[c] != INVALID;
    }

    Base64Decoder(OutputStream out) {
        this(out, new byte[STAGE], new byte[BLOCK], new byte[GROUPS]);
    }

    /** Decoding in the lent arrays of one read (one attachment at a time). */
    Base64Decoder(OutputStream out, ReadBuffers buffers) {
        this(out, buffers.stage, buffers.block, buffers.groups);
    }

    private Base64Decoder(OutputStream out, byte[] stage, byte[] block, byte[] groups) {
        this.out = out;
        this.stage = stage;
        this.blockOut = block;
        this.buf = groups;
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    /** Decodes a chunk; after the first malformed character the rest is ignored (see {@link #error()}). */
    void feed(char[] chars, int start, int length) throws IOException {
        decode(chars, start, start + length, false);
    }

    /**
     * Decodes from {@code start} up to the first character that is neither base64, '=' nor
     * whitespace (such as the '<' of an end tag), and returns its index ({@code end} when all was
     * consumed). Misplaced padding is still an error.
     */
    int feedUntilOther(char[] chars, int start, int end) throws IOException {
        return decode(chars, start, end, true);
    }

    /**
     * {@link #feedUntilOther(char[], int, int)} over the raw bytes of an ASCII-compatible
     * encoding (UTF-8, ISO-8859-1, US-ASCII): one byte per character, any byte from 0x80 on is
     * not base64. The characters are never made: the bytes go to the JDK's decoder as they are.
     */
    int feedUntilOther(byte[] bytes, int start, int end) throws IOException {
        return feedUntilOther(bytes, start, end, true);
    }

    /**
     * As {@link #feedUntilOther(byte[], int, int)}; with {@code last} false the caller can give
     * more bytes after {@code end}, and the decoder may stop early, when fewer bytes than a whole
     * stage are left ({@link #wantsMore()}), so that they are decoded in one block with the next
     * ones instead of one by one.
     */
    int feedUntilOther(byte[] bytes, int start, int end, boolean last) throws IOException {
        wantsMore = false;
        if (error != null) {
            return skipToOther(bytes, start, end);
        }
        final long base = charIndex - start;
        final byte[] table = VALUE;
        int i = start;
        noStageBefore = start;
        boolean knownNotWhole = refusedStageFirst;
        refusedStageFirst = false;
        while (i < end) {
            if (inQuad == 0 && padding == 0) {
                if (stageLen == 0 && i >= noStageBefore) {
                    if (end - i >= STAGE) {
                        if (!knownNotWhole) {
                            System.arraycopy(bytes, i, stage, 0, STAGE);
                            if (decodeFullStage()) {
                                i += STAGE;
                                continue;
                            }
                        }
                        knownNotWhole = false;
                    } else if (!last) {
                        wantsMore = true;
                        charIndex = base + i;
                        return i;
                    }
                    // not a whole stage: perhaps the attachment's last run, before its end tag
                    int window = Math.min(end, i + STAGE);
                    noStageBefore = window;
                    int after = decodeRunBeforeTag(bytes, i, window);
                    if (after > i) {
                        i = after;
                        continue;
                    }
                }
                // gather verified alphabet characters, dropping whitespace, up to anything else
                int w = stageLen;
                final byte[] st = stage;
                while (i < end) {
                    byte b = bytes[i];
                    int v = table[b & 0xFF];
                    if (v >= 0) {
                        st[w++] = b;
                        i++;
                        if (w == STAGE) {
                            break;
                        }
                    } else if (v == SPACE) {
                        i++;
                    } else {
                        break;
                    }
                }
                stageLen = w;
                if (w == STAGE) {
                    decodeVerifiedStage();
                    continue;
                }
                if (i >= end) {
                    break;
                }
                flushStage();
            }
            // one character the slow way: padding, an error, the stop, or an unfinished group
            int c = bytes[i] & 0xFF;
            int v = table[c];
            if (v == INVALID) {
                flushStage();
                charIndex = base + i;
                return i;
            }
            if (!slow((char) c, v, base + i + 1)) {
                charIndex = base + i;
                return skipToOther(bytes, i, end);
            }
            i++;
        }
        charIndex = base + end;
        return end;
    }

    /**
     * True when the next input can be decoded as a whole stage read straight into the stage
     * ({@link #stageForInput()}, {@link #decodeInputStage(int)}): no error, no group or staged
     * characters pending.
     */
    boolean takesInputStage() {
        return error == null && inQuad == 0 && padding == 0 && stageLen == 0;
    }

    /** The stage, for the source to fill with the next {@link #STAGE} input bytes (see {@link #takesInputStage()}). */
    byte[] stageForInput() {
        return stage;
    }

    /**
     * Decodes the stage the source filled with its next {@code length} bytes, when they are a
     * whole stage of alphabet characters; false otherwise, nothing emitted: the source then gives
     * the bytes back and feeds them from its own buffer next, and that feed does not try them
     * as a whole stage a second time.
     */
    boolean decodeInputStage(int length) throws IOException {
        if (length == STAGE && decodeFullStage()) {
            charIndex += STAGE;
            return true;
        }
        refusedStageFirst = true;
        return false;
    }

    /** The last byte feed stopped before a non-base64 byte only to be given more bytes. */
    boolean wantsMore() {
        return wantsMore;
    }

    private int decode(char[] chars, int start, int end, boolean stopAtOther) throws IOException {
        if (error != null) {
            return stopAtOther ? skipToOther(chars, start, end) : end;
        }
        final long base = charIndex - start;
        final byte[] table = VALUE;
        int i = start;
        noStageBefore = start;
        while (i < end) {
            if (inQuad == 0 && padding == 0) {
                if (stageLen == 0 && end - i >= STAGE && i >= noStageBefore) {
                    if (narrow(chars, i) && decodeFullStage()) {
                        i += STAGE;
                        continue;
                    }
                    noStageBefore = i + STAGE;
                }
                int w = stageLen;
                final byte[] st = stage;
                while (i < end) {
                    char c = chars[i];
                    int v = c > 0xFF ? INVALID : table[c];
                    if (v >= 0) {
                        st[w++] = (byte) c;
                        i++;
                        if (w == STAGE) {
                            break;
                        }
                    } else if (v == SPACE) {
                        i++;
                    } else {
                        break;
                    }
                }
                stageLen = w;
                if (w == STAGE) {
                    decodeVerifiedStage();
                    continue;
                }
                if (i >= end) {
                    break;
                }
                flushStage();
            }
            char c = chars[i];
            int v = c > 0xFF ? INVALID : table[c];
            if (v == INVALID && stopAtOther) {
                flushStage();
                charIndex = base + i;
                return i;
            }
            if (!slow(c, v, base + i + 1)) {
                charIndex = base + i;
                return stopAtOther ? skipToOther(chars, i, end) : end;
            }
            i++;
        }
        charIndex = base + end;
        return end;
    }

    /**
     * One character outside the staged path: whitespace, padding, or a character of an
     * unfinished group. False after recording an error at position {@code at} (1-based).
     */
    private boolean slow(char c, int v, long at) throws IOException {
        flushStage();
        if (v == SPACE) {
            return true;
        }
        if (v == PAD) {
            if (inQuad < 2 || padding >= 3) {
                fail(c, at);
                return false;
            }
            padding++;
            inQuad++;
            if (inQuad == 4) {
                finishQuad();
            }
            return true;
        }
        if (v < 0 || padding > 0) {
            fail(c, at);
            return false;
        }
        quad = (quad << 6) | v;
        inQuad++;
        if (inQuad == 4) {
            finishQuad();
        }
        return true;
    }

    /** Narrows {@link #STAGE} characters at {@code i} into the stage; false if any is not ASCII. */
    private boolean narrow(char[] chars, int i) {
        final byte[] st = stage;
        int wide = 0;
        for (int k = 0; k < STAGE; k++) {
            char c = chars[i + k];
            wide |= c;
            st[k] = (byte) c;
        }
        return wide <= 0x7F;
    }

    /**
     * Decodes a full stage of unverified input with the JDK's decoder; false (nothing emitted) if
     * it holds anything but alphabet characters, or ends with padding (which must be checked
     * for data after it): the caller then gathers the same input the careful way.
     */
    private boolean decodeFullStage() throws IOException {
        if (stage[STAGE - 1] == '=') {
            return false;
        }
        int n;
        try {
            n = JDK.decode(stage, blockOut);
        } catch (IllegalArgumentException e) {
            return false;
        }
        emit(n);
        return true;
    }

    /** Decodes the full stage of verified alphabet characters. */
    private void decodeVerifiedStage() throws IOException {
        emit(JDK.decode(stage, blockOut));
        stageLen = 0;
    }

    /** Decodes the staged whole groups; their 0 to 3 remaining characters start the next group. */
    private void flushStage() throws IOException {
        int len = stageLen;
        if (len == 0) {
            return;
        }
        stageLen = 0;
        int whole = len & ~3;
        if (whole > 0) {
            emit(JDK.decode(whole == STAGE ? stage : java.util.Arrays.copyOf(stage, whole), blockOut));
        }
        for (int k = whole; k < len; k++) {
            quad = (quad << 6) | VALUE[stage[k]];
            inQuad++;
        }
    }

    private void emit(int n) throws IOException {
        emit(0, n);
    }

    /** Hands over {@code blockOut[from..to)}. */
    private void emit(int from, int to) throws IOException {
        flushBuffer();
        digest.update(blockOut, from, to - from);
        out.write(blockOut, from, to - from);
        size += to - from;
    }

    /** Little-endian 8-byte loads from a byte array, for {@link #indexOfTagOpen}. */
    private static final VarHandle LONG_AT = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LT = ONES * '<';

    /**
     * Index of the first '<' in {@code bytes[from..to)}, or -1: eight bytes per step (a byte
     * equal to '<' becomes zero, and the lowest zero byte of a word is found exactly).
     */
    static int indexOfTagOpen(byte[] bytes, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONG_AT.get(bytes, i) ^ LT;
            long zero = (x - ONES) & ~x & HIGHS;
            if (zero != 0) {
                return i + (Long.numberOfTrailingZeros(zero) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (bytes[i] == '<') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The last run of an attachment's base64, from {@code from} (a group boundary) to the '<'
     * of the end tag within {@code [from, to)}, less the whitespace just before it, decoded as one
     * block by the JDK's decoder instead of character by character: the run is put at the end of
     * the stage behind 'A's (zero bits, whole groups), the stage decoded and only the run's bytes
     * handed over. The index after the run; {@code from} when there is no such run or the JDK's
     * decoder refuses it (anything but alphabet characters with padding at the end only), so
     * that the careful path finds the same bytes or the same error.
     */
    private int decodeRunBeforeTag(byte[] bytes, int from, int to) throws IOException {
        int lt = indexOfTagOpen(bytes, from, to);
        if (lt < 0) {
            return from;
        }
        int runEnd = lt;
        while (runEnd > from && VALUE[bytes[runEnd - 1] & 0xFF] == SPACE) {
            runEnd--;
        }
        int len = runEnd - from;
        if (len == 0 || (len & 3) != 0) {
            return from;
        }
        int filler = STAGE - len;
        System.arraycopy(bytes, from, stage, filler, len);
        java.util.Arrays.fill(stage, 0, filler, (byte) 'A');
        int n;
        try {
            n = JDK.decode(stage, blockOut);
        } catch (IllegalArgumentException e) {
            return from;
        }
        emit(filler / 4 * 3, n);
        if (bytes[runEnd - 1] == '=') {
            padding = 3; // any further data is an error
        }
        return runEnd;
    }

    private void finishQuad() throws IOException {
        int bits = quad << (6 * padding);
        int bytes = 3 - padding;
        if (pos + 3 > buf.length) {
            flushBuffer();
        }
        buf[pos++] = (byte) (bits >> 16);
        if (bytes > 1) {
            buf[pos++] = (byte) (bits >> 8);
        }
        if (bytes > 2) {
            buf[pos++] = (byte) bits;
        }
        size += bytes;
        quad = 0;
        inQuad = 0;
        if (padding > 0) {
            padding = 3; // any further data is an error
        }
    }

    private void fail(char c, long at) {
        error = c == '=' ? "misplaced '=' at character " + at
                : padding > 0 ? "data after the '=' padding at character " + at
                : "character U+" + String.format("%04X", (int) c) + " at position " + at + " is not base64";
    }

    private void flushBuffer() throws IOException {
        if (pos > 0) {
            digest.update(buf, 0, pos);
            out.write(buf, 0, pos);
            pos = 0;
        }
    }

    /** Ends the data: flushes, and reports a truncated final group as an error. */
    void finish() throws IOException {
        if (error == null) {
            flushStage();
        }
        if (error == null && inQuad != 0) {
            error = "the base64 data ends inside a 4-character group (" + inQuad + " characters left over)";
        }
        if (error == null) {
            flushBuffer();
        }
    }

    /** Null while the data is well-formed base64. */
    String error() {
        return error;
    }

    long size() {
        return size;
    }

    /** Base64 SHA-256 of the decoded bytes (call after {@link #finish()}; no byte can be fed after). */
    String sha256() {
        if (sha256 == null) {
            sha256 = Base64.getEncoder().encodeToString(digest.digest());
        }
        return sha256;
    }

    /**
     * The SHA-256 of the decoded bytes with its kept states (bounded: a few tens of kilobytes
     * whatever the size), for {@code SignatureVerifier.verifyPdf(file, checkpoints)} of the file
     * these bytes were written to. Complete once {@link #sha256()} was taken.
     */
    DigestCheckpoints checkpoints() {
        return digest;
    }
}
