package vn.vanthu.signature.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The revisions of a PDF and its objects, read from the file's bytes without a PDF library.
 *
 * <p>{@link #read} starts at the last {@code startxref}, follows the {@code /Prev} chain of
 * cross-reference sections (classic tables, xref streams with {@code /W} and {@code /Index},
 * hybrid files' {@code /XRefStm}) and groups them into revisions, oldest first: revision 0 is the
 * original document, each further one an incremental update. A revision ends just past its
 * {@code %%EOF} marker and end-of-line ({@link Revision#end()}), which is where a signature's
 * {@code /ByteRange} ends when it signed that revision. A linearized file's two sections (the
 * first-page section's {@code /Prev} points forward) form one revision.
 *
 * <p>Objects are read on demand: {@link #resolve(PdfObject.Ref, int)} gives an object as it stands
 * in a revision (the newest definition at or before it), from its offset or from an object stream
 * ({@code /Type /ObjStm}, FlateDecode with PNG predictors). Only the xref sections and the objects
 * asked for are read; the file is never read as a whole.
 *
 * <p>Hostile input: loops in {@code /Prev}, more than {@link #MAX_SECTIONS} sections or
 * {@link #MAX_TOTAL_ENTRIES} xref entries, nesting,
 * oversized strings, streams or xref sections, reference cycles and more than
 * {@link #MAX_RESOLVES} object reads all end in a {@link PdfParseException}, the only exception
 * any method throws (unexpected runtime errors are wrapped in it too). Not thread-safe: one
 * instance per reader thread.
 */
public final class PdfRevisions {

    public static final int MAX_SECTIONS = 512;
    public static final int MAX_RESOLVES = 200_000;
    /** Cross-reference entries kept at most, all sections together (a few bytes each). */
    public static final int MAX_TOTAL_ENTRIES = 2 * 1024 * 1024;
    /** Largest decoded xref stream or object stream. */
    public static final int MAX_DECODED = 32 * 1024 * 1024;
    private static final int TAIL = 4096;
    private static final int MAX_RESOLVE_DEPTH = 8;
    private static final int MAX_CACHE = 20_000;

    /**
     * One cross-reference entry: {@code type} 0 free, 1 in use at byte {@code offsetOrStream} with
     * generation {@code genOrIndex}, 2 compressed in object stream {@code offsetOrStream} at index
     * {@code genOrIndex}.
     */
    public record XrefEntry(int num, int type, long offsetOrStream, int genOrIndex) {
    }

    /**
     * One revision: bytes {@code [start, end)} of the file were added by it ({@code end} is just past
     * its %%EOF and end-of-line; {@code eofMarker} just past the %%EOF itself, -1 for both when no
     * %%EOF follows its xref); {@code xrefOffsets} are its cross-reference sections, newest first;
     * {@code startxrefMatches} tells whether the startxref after it points at its first section.
     */
    public record Revision(int index, long start, long end, long eofMarker, List<Long> xrefOffsets,
                           boolean xrefStream, boolean startxrefMatches, PdfObject.Dict trailer) {
    }

    private final ObjectParser parser;
    /** Per revision, oldest first: its sections in precedence order. */
    private final List<List<XrefSection>> sections;
    private final List<Revision> revisions;
    private final Map<Long, PdfObject> cache = new HashMap<>();
    private final Map<Long, ObjStm> objStms = new HashMap<>();
    private int resolves;
    private int depth;

    private record ObjStm(byte[] data, int first, int[] nums, int[] offsets) {
    }

    private PdfRevisions(ObjectParser parser, List<List<XrefSection>> sections) {
        this.parser = parser;
        this.sections = sections;
        List<Revision> rs = new ArrayList<>();
        long start = 0;
        for (int i = 0; i < sections.size(); i++) {
            List<XrefSection> ss = sections.get(i);
            long end = -1;
            long marker = -1;
            List<Long> offs = new ArrayList<>();
            for (XrefSection s : ss) {
                offs.add(s.offset);
                if (s.eofEnd > end) {
                    end = s.eofEnd;
                    marker = s.eofMarker;
                }
            }
            XrefSection head = ss.get(0);
            rs.add(new Revision(i, start, end, marker, List.copyOf(offs), head.stream, head.startxref == head.offset,
                    head.trailer));
            if (end > start) {
                start = end;
            }
        }
        this.revisions = List.copyOf(rs);
    }

    /** Reads the revisions of {@code src}; throws when there is no readable xref chain. */
    public static PdfRevisions read(PdfSource src) throws PdfParseException {
        try {
            return doRead(src);
        } catch (RuntimeException e) {
            throw new PdfParseException("unreadable PDF structure: " + e, e);
        }
    }

    private static PdfRevisions doRead(PdfSource src) throws PdfParseException {
        ObjectParser p = new ObjectParser(src);
        long size = src.size();
        long sx = p.findBackward("startxref", size - 1, size - TAIL);
        if (sx < 0) {
            throw new PdfParseException("no startxref in the last " + TAIL + " bytes");
        }
        p.pos = sx + "startxref".length();
        long offset = p.unsignedInt();
        if (offset < 0) {
            throw new PdfParseException("startxref at byte " + sx + " is not followed by an offset");
        }
        List<XrefSection> chain = new ArrayList<>();
        Set<Long> visited = new HashSet<>();
        long entries = 0;
        while (offset >= 0) {
            if (!visited.add(offset)) {
                throw new PdfParseException("the /Prev chain of cross-reference sections loops back to byte " + offset);
            }
            if (chain.size() >= MAX_SECTIONS) {
                throw new PdfParseException("more than " + MAX_SECTIONS + " cross-reference sections");
            }
            XrefSection s = section(p, offset);
            chain.add(s);
            entries += s.size();
            if (entries > MAX_TOTAL_ENTRIES) {
                throw new PdfParseException("more than " + MAX_TOTAL_ENTRIES + " cross-reference entries in all");
            }
            PdfObject prev = s.trailer.get("Prev");
            if (prev == null) {
                break;
            }
            if (!(prev instanceof PdfObject.Num n) || !n.isInteger() || n.longValue() < 0 || n.longValue() >= size) {
                throw new PdfParseException("the /Prev of the cross-reference section at byte " + offset
                        + " is not an offset in the file");
            }
            offset = n.longValue();
        }
        // Newest first in the chain; a section whose /Prev points forward belongs to the newer one's revision.
        List<List<XrefSection>> groups = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            XrefSection s = chain.get(i);
            if (i > 0 && s.offset > chain.get(i - 1).offset) {
                groups.get(groups.size() - 1).add(s);
            } else {
                List<XrefSection> g = new ArrayList<>();
                g.add(s);
                groups.add(g);
            }
        }
        Collections.reverse(groups);
        return new PdfRevisions(p, groups);
    }

    private static XrefSection section(ObjectParser p, long offset) throws PdfParseException {
        p.pos = offset;
        XrefSection s;
        if (p.keyword("xref")) {
            s = table(p, offset);
            PdfObject stm = s.trailer.get("XRefStm");
            if (stm instanceof PdfObject.Num n && n.isInteger() && n.longValue() >= 0 && n.longValue() < p.size()) {
                long end = s.end;
                p.pos = n.longValue();
                XrefSection hidden = xrefStream(p, n.longValue());
                s.mergeUnder(hidden);
                s.end = end;
            }
        } else {
            s = xrefStream(p, offset);
        }
        p.pos = s.end;
        long sx = p.find("startxref", s.end, TAIL);
        if (sx >= 0) {
            p.pos = sx + "startxref".length();
            s.startxref = p.unsignedInt();
            while (ObjectParser.isWhite(p.peek())) {
                p.pos++;
            }
            if (p.at(p.pos) == '%' && p.at(p.pos + 1) == '%' && p.at(p.pos + 2) == 'E' && p.at(p.pos + 3) == 'O'
                    && p.at(p.pos + 4) == 'F') {
                long e = p.pos + 5;
                s.eofMarker = e;
                if (p.at(e) == '\r') {
                    e++;
                }
                if (p.at(e) == '\n') {
                    e++;
                }
                s.eofEnd = e;
            }
        }
        return s;
    }

    private static XrefSection table(ObjectParser p, long offset) throws PdfParseException {
        XrefSection s = new XrefSection(offset, false, null);
        int total = 0;
        while (true) {
            long first = p.unsignedInt();
            if (first < 0) {
                break;
            }
            long count = p.unsignedInt();
            if (count < 0 || first + count > Integer.MAX_VALUE || total + count > XrefSection.MAX_ENTRIES) {
                throw new PdfParseException("bad cross-reference subsection header at byte " + p.pos);
            }
            for (long i = 0; i < count; i++) {
                long off = p.unsignedInt();
                long gen = p.unsignedInt();
                p.skipWhite();
                int kind = p.peek();
                if (off < 0 || gen < 0 || gen > 65535 || !(kind == 'n' || kind == 'f')
                        || ObjectParser.isRegular(p.at(p.pos + 1))) {
                    throw new PdfParseException("bad cross-reference entry at byte " + p.pos);
                }
                p.pos++;
                s.add((int) (first + i), kind == 'n' ? 1 : 0, off, (int) gen);
            }
            total += (int) count;
        }
        if (!p.keyword("trailer")) {
            throw new PdfParseException("no trailer after the cross-reference table at byte " + offset);
        }
        PdfObject t = p.object(0);
        if (!(t instanceof PdfObject.Dict d)) {
            throw new PdfParseException("the trailer after the cross-reference table at byte " + offset
                    + " is not a dictionary");
        }
        s.trailer = d;
        s.seal();
        s.end = p.pos;
        return s;
    }

    private static XrefSection xrefStream(ObjectParser p, long offset) throws PdfParseException {
        PdfObject o = p.indirect(-1, 0, null);
        if (!(o instanceof PdfObject.Stream st) || !"XRef".equals(st.dict().name("Type"))) {
            throw new PdfParseException("byte " + offset + " holds neither a cross-reference table nor an xref stream");
        }
        if (!p.keyword("endobj")) {
            throw new PdfParseException("the xref stream at byte " + offset + " has no endobj");
        }
        PdfObject.Dict d = st.dict();
        XrefSection s = new XrefSection(offset, true, d);
        s.end = p.pos;
        if (!(d.get("W") instanceof PdfObject.Array w) || w.size() != 3) {
            throw new PdfParseException("the xref stream at byte " + offset + " has no /W of three widths");
        }
        int[] widths = new int[3];
        int rowLen = 0;
        for (int i = 0; i < 3; i++) {
            if (!(w.get(i) instanceof PdfObject.Num n) || !n.isInteger() || n.longValue() < 0 || n.longValue() > 8) {
                throw new PdfParseException("bad /W in the xref stream at byte " + offset);
            }
            widths[i] = (int) n.longValue();
            rowLen += widths[i];
        }
        if (rowLen == 0) {
            throw new PdfParseException("empty /W in the xref stream at byte " + offset);
        }
        long size = d.integer("Size", -1);
        if (size < 0 || size > XrefSection.MAX_ENTRIES) {
            throw new PdfParseException("bad /Size in the xref stream at byte " + offset);
        }
        List<long[]> ranges = new ArrayList<>();
        if (d.get("Index") instanceof PdfObject.Array idx) {
            if (idx.size() % 2 != 0) {
                throw new PdfParseException("odd /Index in the xref stream at byte " + offset);
            }
            for (int i = 0; i < idx.size(); i += 2) {
                if (!(idx.get(i) instanceof PdfObject.Num a) || !(idx.get(i + 1) instanceof PdfObject.Num b)
                        || !a.isInteger() || !b.isInteger() || a.longValue() < 0 || b.longValue() < 0
                        || a.longValue() + b.longValue() > Integer.MAX_VALUE) {
                    throw new PdfParseException("bad /Index in the xref stream at byte " + offset);
                }
                ranges.add(new long[] {a.longValue(), b.longValue()});
            }
        } else {
            ranges.add(new long[] {0, size});
        }
        byte[] data = Filters.decode(d, raw(p, st, MAX_DECODED), MAX_DECODED);
        int row = 0;
        int rows = data.length / rowLen;
        for (long[] r : ranges) {
            for (long i = 0; i < r[1]; i++) {
                if (row >= rows) {
                    throw new PdfParseException("the xref stream at byte " + offset + " has fewer rows than its /Index");
                }
                int at = row * rowLen;
                long type = widths[0] == 0 ? 1 : field(data, at, widths[0]);
                long f2 = field(data, at + widths[0], widths[1]);
                long f3 = field(data, at + widths[0] + widths[1], widths[2]);
                row++;
                if (type > 2) {
                    continue; // reserved types are ignored (ISO 32000-1 7.5.8.3)
                }
                if (f3 > Integer.MAX_VALUE || f2 < 0) {
                    throw new PdfParseException("bad entry in the xref stream at byte " + offset);
                }
                s.add((int) (r[0] + i), (int) type, f2, (int) f3);
            }
        }
        s.seal();
        return s;
    }

    private static long field(byte[] data, int at, int width) {
        long v = 0;
        for (int i = 0; i < width; i++) {
            v = (v << 8) | (data[at + i] & 0xFF);
        }
        return v;
    }

    private static byte[] raw(ObjectParser p, PdfObject.Stream st, int max) throws PdfParseException {
        if (st.length() > max) {
            throw new PdfParseException("a stream of " + st.length() + " bytes is larger than " + max);
        }
        return p.bytes(st.dataOffset(), (int) st.length());
    }

    // ---------------------------------------------------------------- revisions

    public int revisionCount() {
        return revisions.size();
    }

    /** Revision {@code i}, 0 being the original document. */
    public Revision revision(int i) {
        return revisions.get(i);
    }

    public List<Revision> revisions() {
        return revisions;
    }

    /** The trailer dictionary of revision {@code i} (of its newest section). */
    public PdfObject.Dict trailer(int i) {
        return revisions.get(i).trailer();
    }

    /** The document catalogue of revision {@code i} (its trailer's /Root), or null when it has none. */
    public PdfObject.Dict catalog(int i) throws PdfParseException {
        return resolve(trailer(i).get("Root"), i) instanceof PdfObject.Dict d ? d : null;
    }

    /**
     * The revision that ends at {@code offset} (just past its %%EOF, with or without the end-of-line),
     * or -1: how a signature's /ByteRange end finds the revision it signed.
     */
    public int revisionEndingAt(long offset) {
        for (Revision r : revisions) {
            if (r.end() >= 0 && (r.end() == offset || r.eofMarker() == offset)) {
                return r.index();
            }
        }
        return -1;
    }

    /** The entries written by revision {@code i} itself (all its sections), by object number. */
    public List<XrefEntry> entriesOf(int i) {
        List<XrefEntry> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (XrefSection s : sections.get(i)) {
            for (int k = 0; k < s.size(); k++) {
                if (seen.add(s.num(k))) {
                    out.add(s.entry(k));
                }
            }
        }
        return out;
    }

    /** The cross-reference entry of {@code num} as it stands in revision {@code rev}, or null if none. */
    public XrefEntry entryAt(int num, int rev) {
        for (int r = rev; r >= 0; r--) {
            for (XrefSection s : sections.get(r)) {
                int k = s.find(num);
                if (k >= 0) {
                    return s.entry(k);
                }
            }
        }
        return null;
    }

    /**
     * The object that revision {@code rev} itself wrote at the largest offset at or before
     * {@code offset} (the object a byte of that revision belongs to), or -1.
     */
    public int objectContaining(long offset, int rev) {
        int best = -1;
        long bestOffset = -1;
        for (XrefSection s : sections.get(rev)) {
            for (int k = 0; k < s.size(); k++) {
                if (s.type(k) == 1 && s.field2(k) <= offset && s.field2(k) > bestOffset) {
                    bestOffset = s.field2(k);
                    best = s.num(k);
                }
            }
        }
        return best;
    }

    /** The revision that last defined (or freed) {@code num} at or before {@code rev}, or -1. */
    public int definingRevision(int num, int rev) {
        for (int r = rev; r >= 0; r--) {
            for (XrefSection s : sections.get(r)) {
                if (s.find(num) >= 0) {
                    return r;
                }
            }
        }
        return -1;
    }

    /**
     * Every object's entry as it stands in revision {@code rev} (newest definition wins), in object
     * number order. Allocates one map entry per object: meant for tools and tests; the analysis
     * uses {@link #entriesOf} and {@link #entryAt}.
     */
    public Map<Integer, XrefEntry> objectsAt(int rev) {
        Map<Integer, XrefEntry> m = new java.util.TreeMap<>();
        for (int r = 0; r <= rev; r++) {
            for (int si = sections.get(r).size() - 1; si >= 0; si--) {
                XrefSection s = sections.get(r).get(si);
                for (int k = 0; k < s.size(); k++) {
                    m.put(s.num(k), s.entry(k));
                }
            }
        }
        return m;
    }

    // ---------------------------------------------------------------- objects

    /** {@code o} itself, or the object it refers to as it stands in revision {@code rev} (null if none). */
    public PdfObject resolve(PdfObject o, int rev) throws PdfParseException {
        return o instanceof PdfObject.Ref r ? resolve(r, rev) : o;
    }

    /**
     * The object {@code ref} as it stands in revision {@code rev}: null when it is free, undefined,
     * or its generation differs (a reference to a missing object is the null object).
     */
    public PdfObject resolve(PdfObject.Ref ref, int rev) throws PdfParseException {
        if (rev < 0 || rev >= revisions.size()) {
            throw new PdfParseException("no revision " + rev);
        }
        if (++resolves > MAX_RESOLVES) {
            throw new PdfParseException("more than " + MAX_RESOLVES + " object reads");
        }
        if (depth >= MAX_RESOLVE_DEPTH) {
            throw new PdfParseException("object " + ref + " is defined through a chain of references that is too deep");
        }
        depth++;
        try {
            XrefEntry e = entryAt(ref.num(), rev);
            if (e == null || e.type() == 0) {
                return null;
            }
            if (e.type() == 1) {
                if (e.genOrIndex() != ref.gen()) {
                    return null;
                }
                return atOffset(e.offsetOrStream(), ref.num(), ref.gen(), rev);
            }
            if (ref.gen() != 0) {
                return null;
            }
            return compressed(e, rev);
        } catch (RuntimeException ex) {
            throw new PdfParseException("object " + ref + " could not be read: " + ex, ex);
        } finally {
            depth--;
        }
    }

    /** The object defined at byte {@code offset} ({@code num gen obj}); checks its number. */
    public PdfObject atOffset(long offset, int num, int gen, int rev) throws PdfParseException {
        PdfObject cached = cache.get(offset);
        if (cached != null) {
            return cached;
        }
        if (offset < 0 || offset >= parser.size()) {
            throw new PdfParseException("object " + num + " " + gen + " is said to be at byte " + offset
                    + ", outside the file");
        }
        parser.pos = offset;
        PdfObject o = parser.indirect(num, gen, r -> resolve(r, rev));
        if (cache.size() < MAX_CACHE) {
            cache.put(offset, o);
        }
        return o;
    }

    private PdfObject compressed(XrefEntry e, int rev) throws PdfParseException {
        XrefEntry se = entryAt((int) Math.min(Integer.MAX_VALUE, e.offsetOrStream()), rev);
        if (se == null || se.type() != 1) {
            throw new PdfParseException("object " + e.num() + " is in object stream " + e.offsetOrStream()
                    + ", which is not an uncompressed object");
        }
        ObjStm stm = objStms.get(se.offsetOrStream());
        if (stm == null) {
            stm = objStm(se, rev);
            objStms.put(se.offsetOrStream(), stm);
        }
        int i = e.genOrIndex();
        if (i < 0 || i >= stm.nums.length || stm.nums[i] != e.num()) {
            // Readers fall back to the object number when the index is off.
            i = -1;
            for (int k = 0; k < stm.nums.length; k++) {
                if (stm.nums[k] == e.num()) {
                    i = k;
                    break;
                }
            }
            if (i < 0) {
                throw new PdfParseException("object stream " + se.num() + " does not hold object " + e.num());
            }
        }
        ObjectParser op = new ObjectParser(stm.data);
        op.pos = (long) stm.first + stm.offsets[i];
        return op.object(0);
    }

    private ObjStm objStm(XrefEntry se, int rev) throws PdfParseException {
        PdfObject o = atOffset(se.offsetOrStream(), se.num(), se.genOrIndex(), rev);
        if (!(o instanceof PdfObject.Stream st) || !"ObjStm".equals(st.dict().name("Type"))) {
            throw new PdfParseException("object " + se.num() + " is not an object stream");
        }
        long n = st.dict().integer("N", -1);
        long first = st.dict().integer("First", -1);
        if (n < 0 || n > ObjectParser.MAX_ITEMS || first < 0) {
            throw new PdfParseException("object stream " + se.num() + " has a bad /N or /First");
        }
        byte[] data = Filters.decode(st.dict(), raw(parser, st, MAX_DECODED), MAX_DECODED);
        if (first > data.length) {
            throw new PdfParseException("object stream " + se.num() + " has /First beyond its data");
        }
        ObjectParser op = new ObjectParser(data);
        int[] nums = new int[(int) n];
        int[] offs = new int[(int) n];
        for (int i = 0; i < n; i++) {
            long num = op.unsignedInt();
            long off = op.unsignedInt();
            if (num < 0 || off < 0 || num > Integer.MAX_VALUE || first + off > data.length) {
                throw new PdfParseException("object stream " + se.num() + " has a bad header");
            }
            nums[i] = (int) num;
            offs[i] = (int) off;
        }
        return new ObjStm(data, (int) first, nums, offs);
    }

    /** The raw (still encoded) bytes of {@code stream}, refusing more than {@code max}. */
    public byte[] streamData(PdfObject.Stream stream, int max) throws PdfParseException {
        return raw(parser, stream, max);
    }

    /** The decoded bytes of {@code stream} (FlateDecode or no filter), refusing more than {@code max}. */
    public byte[] decodedStreamData(PdfObject.Stream stream, int max) throws PdfParseException {
        return Filters.decode(stream.dict(), raw(parser, stream, max), max);
    }

    /** Reads a PDF from a channel (shorthand for {@code read(PdfSource.of(channel, size))}). */
    public static PdfRevisions read(java.nio.channels.SeekableByteChannel channel, long size) throws PdfParseException {
        return read(PdfSource.of(channel, size));
    }

    /** Reads a PDF held in memory. */
    public static PdfRevisions read(byte[] data) throws PdfParseException {
        return read(PdfSource.of(data));
    }

    /**
     * From now on, hex strings of more than {@code maxDigits} digits (a signature's /Contents) are
     * not decoded: such a string comes back as a marker {@link PdfObject.Str} (bytes
     * {@code "\0hex@offset+length"}) that equals only the same string at the same offset. For
     * comparing structure cheaply (the modification analysis); returns this reader.
     */
    public PdfRevisions withoutLargeHexStrings(int maxDigits) {
        parser.maxHexDigits = Math.max(0, maxDigits);
        cache.clear();
        return this;
    }

    /** The byte at {@code offset} (0-255), or -1 outside the file. */
    public int byteAt(long offset) throws PdfParseException {
        return parser.at(offset);
    }

    /** The size of the file read. */
    public long fileSize() {
        return parser.size();
    }
}
