package vn.vanthu.signature.pdf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal PDF object model (ISO 32000-1 7.3): the value types the reader gives. Values are
 * immutable; {@code equals} is structural (a reference equals a reference with the same number and
 * generation, a stream equals a stream at the same offset), which is what comparing two revisions
 * needs. Stream data is read through {@link PdfRevisions#streamData}.
 */
public sealed interface PdfObject {

    /** {@code /Name} (the name without its slash, #xx escapes decoded as ISO-8859-1 characters). */
    record Name(String value) implements PdfObject {
        @Override
        public String toString() {
            return "/" + value;
        }
    }

    /** A literal or hexadecimal string: its raw bytes (no text decoding). */
    final class Str implements PdfObject {
        private final byte[] bytes;

        public Str(byte[] bytes) {
            this.bytes = bytes.clone();
        }

        private Str(byte[] bytes, boolean owned) {
            this.bytes = bytes;
        }

        /** Takes {@code bytes} without a copy (the parser's own arrays). */
        static Str wrap(byte[] bytes) {
            return new Str(bytes, true);
        }

        public byte[] bytes() {
            return bytes.clone();
        }

        public int length() {
            return bytes.length;
        }

        /** The bytes as ISO-8859-1 characters (for ASCII keys such as field names). */
        public String latin1() {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Str s && Arrays.equals(bytes, s.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "(" + latin1() + ")";
        }
    }

    /** An integer or real number. */
    record Num(double value) implements PdfObject {
        public boolean isInteger() {
            return value == Math.rint(value) && Math.abs(value) < 9.0e15;
        }

        public long longValue() {
            return (long) value;
        }

        @Override
        public String toString() {
            return isInteger() ? Long.toString((long) value) : Double.toString(value);
        }
    }

    record Bool(boolean value) implements PdfObject {
    }

    /** The null object. */
    enum Null implements PdfObject {
        NULL
    }

    /** An indirect reference {@code num gen R}. */
    record Ref(int num, int gen) implements PdfObject {
        @Override
        public String toString() {
            return num + " " + gen + " R";
        }
    }

    record Array(List<PdfObject> items) implements PdfObject {
        public Array {
            items = List.copyOf(items);
        }

        public int size() {
            return items.size();
        }

        public PdfObject get(int i) {
            return items.get(i);
        }
    }

    /** A dictionary; keys are names without the slash, in file order. */
    record Dict(Map<String, PdfObject> entries) implements PdfObject {
        public Dict {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public PdfObject get(String key) {
            return entries.get(key);
        }

        public boolean has(String key) {
            return entries.containsKey(key);
        }

        /** The value if it is a name (direct), else null. */
        public String name(String key) {
            return entries.get(key) instanceof Name n ? n.value() : null;
        }

        /** The value if it is a direct integer, else {@code dflt}. */
        public long integer(String key, long dflt) {
            return entries.get(key) instanceof Num n && n.isInteger() ? n.longValue() : dflt;
        }
    }

    /** A stream: its dictionary and where its raw (encoded) data lies in the file. */
    record Stream(Dict dict, long dataOffset, long length) implements PdfObject {
    }
}
