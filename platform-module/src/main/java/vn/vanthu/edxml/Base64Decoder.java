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

    private static final int[] VALUE = new int[128];

    static {
        java.util.Arrays.fill(VALUE, -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            VALUE[alphabet.charAt(i)] = i;
        }
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
        int end = start + length;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            charIndex++;
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                continue;
            }
            if (c == '=') {
                if (inQuad < 2) {
                    fail(c);
                    return;
                }
                padding++;
                inQuad++;
                if (inQuad == 4) {
                    finishQuad();
                }
                continue;
            }
            int v = c < 128 ? VALUE[c] : -1;
            if (v < 0 || padding > 0) {
                fail(c);
                return;
            }
            quad = (quad << 6) | v;
            inQuad++;
            if (inQuad == 4) {
                finishQuad();
            }
        }
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

    private void fail(char c) {
        error = c == '=' ? "misplaced '=' at character " + charIndex
                : padding > 0 ? "data after the '=' padding at character " + charIndex
                : "character U+" + String.format("%04X", (int) c) + " at position " + charIndex + " is not base64";
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
