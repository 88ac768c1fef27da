package vn.vanthu.signature;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes PDF text strings (ISO 32000-2 7.9.2.2): UTF-16BE with a byte order mark, UTF-8 with a
 * byte order mark (PDF 2.0), raw UTF-8 without a mark when the bytes are well-formed UTF-8 holding
 * at least one multibyte sequence (what NSS-based signers write), else PDFDocEncoding (the whole
 * table, which differs from Latin-1 at 0x18-0x1F and 0x7F-0xA0). Language escapes (U+001B ...
 * U+001B) inside UTF-16 text are removed.
 */
public final class PdfText {

    /** PDFDocEncoding code points 0x18-0x1F and 0x7F-0xA0 (the rest equals Latin-1); U+FFFD where undefined. */
    private static final char[] SPECIAL_18 = {'\u02D8', '\u02C7', '\u02C6', '\u02D9', '\u02DD', '\u02DB', '\u02DA',
        '\u02DC'};
    private static final char[] SPECIAL_7F = {'\uFFFD',
        '\u2022', '\u2020', '\u2021', '\u2026', '\u2014', '\u2013', '\u0192', '\u2044',
        '\u2039', '\u203A', '\u2212', '\u2030', '\u201E', '\u201C', '\u201D', '\u2018',
        '\u2019', '\u201A', '\u2122', '\uFB01', '\uFB02', '\u0141', '\u0152', '\u0160',
        '\u0178', '\u017D', '\u0131', '\u0142', '\u0153', '\u0161', '\u017E', '\uFFFD',
        '\u20AC'};

    private PdfText() {
    }

    /** The text of a string's bytes (after literal escapes or hex digits were decoded). */
    public static String decode(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return stripLanguageEscapes(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE));
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (hasHighByte(b)) {
            String utf8 = strictUtf8(b);
            if (utf8 != null) {
                return utf8;
            }
        }
        return pdfDocEncoding(b);
    }

    static String pdfDocEncoding(byte[] b) {
        char[] out = new char[b.length];
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if (c >= 0x18 && c <= 0x1F) {
                out[i] = SPECIAL_18[c - 0x18];
            } else if (c >= 0x7F && c <= 0xA0) {
                out[i] = SPECIAL_7F[c - 0x7F];
            } else {
                out[i] = (char) c;
            }
        }
        return new String(out);
    }

    private static boolean hasHighByte(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return true;
            }
        }
        return false;
    }

    /** The bytes as UTF-8, or null when they are not well-formed UTF-8 (overlong forms, surrogates, cut sequences). */
    private static String strictUtf8(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String stripLanguageEscapes(String s) {
        int esc = s.indexOf('\u001B');
        if (esc < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean inside = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u001B') {
                inside = !inside;
            } else if (!inside) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
