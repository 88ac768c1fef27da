package vn.vanthu.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The one JSON writer configuration of every JSON Vanthu prints or stores (command line, web
 * scripts, {@code vt:signatureDetail}, reports): besides what JSON requires (C0 controls, quote,
 * backslash) it escapes DEL, the C1 controls U+0080-U+009F and the line and paragraph separators
 * U+2028/U+2029 as {@code \\uXXXX}, so that one JSON value stays one line for every line reader
 * (U+0085 NEL, U+2028 and U+2029 end lines for many of them) and for JavaScript.
 */
public final class LineSafeJson {

    private static final CharacterEscapes ESCAPES = new LineEscapes();

    private LineSafeJson() {
    }

    /** A new mapper writing single-line-safe JSON. */
    public static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper();
        m.getFactory().setCharacterEscapes(ESCAPES);
        return m;
    }

    /** The same, indented (the line breaks are Jackson's own, between values). */
    public static ObjectMapper indented() {
        return mapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private static final class LineEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii;

        LineEscapes() {
            ascii = standardAsciiEscapesForJSON();
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if ((ch >= 0x80 && ch <= 0x9F) || ch == 0x2028 || ch == 0x2029) {
                return new SerializedString(String.format("\\u%04X", ch));
            }
            return null;
        }
    }
}
