package vn.vanthu.edxml;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Incremental base64 decoder fed with character chunks (as StAX hands them over), writing the
 * bytes to a stream while counting them and computing their SHA-256. XML whitespace anywhere
 * (line-wrapped base64 at 76 or 64 columns, indentation) is skipped; any other character outside
 * the base64 alphabet, data after padding or a truncated last group is malformed. Holds a fixed
 * 8 KiB buffer whatever the size of the attachment.
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
    private final MessageDigest sha256;
    private final byte[] buf = new byte[8192];
    private int pos;
    private int quad;
    private int inQuad;
    private int padding;
    private long size;
    private long charIndex;
    private String error;

    Base64Decoder(OutputStream out) {
        this.out = out;
        this.sha256 = newSha256();
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
        if (error != null) {
            return;
        }
        final byte[] table = VALUE;
        final byte[] b = buf;
        int end = start + length;
        int i = start;
        while (i < end) {
            if (inQuad == 0 && padding == 0) {
                // fast path: whole groups of four alphabet characters
                int p = pos;
                long groups = 0;
                while (i + 4 <= end) {
                    char c0 = chars[i];
                    char c1 = chars[i + 1];
                    char c2 = chars[i + 2];
                    char c3 = chars[i + 3];
                    if ((c0 | c1 | c2 | c3) > 0xFF) {
                        break;
                    }
                    int v0 = table[c0];
                    int v1 = table[c1];
                    int v2 = table[c2];
                    int v3 = table[c3];
                    if ((v0 | v1 | v2 | v3) < 0) {
                        break;
                    }
                    if (p + 3 > b.length) {
                        pos = p;
                        flushBuffer();
                        p = 0;
                    }
                    int bits = v0 << 18 | v1 << 12 | v2 << 6 | v3;
                    b[p] = (byte) (bits >> 16);
                    b[p + 1] = (byte) (bits >> 8);
                    b[p + 2] = (byte) bits;
                    p += 3;
                    i += 4;
                    groups++;
                }
                size += 3 * groups;
                pos = p;
                if (i >= end) {
                    break;
                }
            }
            char c = chars[i];
            int v = c > 0xFF ? INVALID : table[c];
            if (v == SPACE) {
                i++;
                continue;
            }
            if (v == PAD) {
                if (inQuad < 2 || padding >= 3) {
                    fail(c, charIndex + (i - start) + 1);
                    return;
                }
                padding++;
                inQuad++;
                if (inQuad == 4) {
                    finishQuad();
                }
                i++;
                continue;
            }
            if (v < 0 || padding > 0) {
                fail(c, charIndex + (i - start) + 1);
                return;
            }
            quad = (quad << 6) | v;
            inQuad++;
            if (inQuad == 4) {
                finishQuad();
            }
            i++;
        }
        charIndex += length;
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
            sha256.update(buf, 0, pos);
            out.write(buf, 0, pos);
            pos = 0;
        }
    }

    /** Ends the data: flushes, and reports a truncated final group as an error. */
    void finish() throws IOException {
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

    /** Base64 SHA-256 of the decoded bytes (call after {@link #finish()}). */
    String sha256() {
        return Base64.getEncoder().encodeToString(sha256.digest());
    }
}
