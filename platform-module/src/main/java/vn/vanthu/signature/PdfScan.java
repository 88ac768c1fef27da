package vn.vanthu.signature;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One sequential pass over a PDF that both finds the signature dictionaries and computes the
 * digest of every signature's byte ranges.
 *
 * <p>The file is read in chunks; each chunk is scanned for {@code /ByteRange} one chunk ahead of
 * the digest, so a signature is usually known before the digest reaches the start of its gap. A
 * running digest of the file so far is cloned at each gap start (the first range is a prefix of
 * the file) and the clone continues over the second range. Bytes are therefore hashed about once,
 * whatever the number of signatures. When a signature shows up too late (a gap larger than a
 * chunk before its {@code /ByteRange}, or a second digest algorithm), its ranges up to where the
 * digest has got are hashed again on their own, then it goes on with the others: slower, never
 * wrong. Memory is two chunks and a small window, whatever the size.
 *
 * <p>The search is a tenth of the digest's time. From {@link #CONCURRENT_MIN} on, a file channel
 * is mapped ({@link MappedFile}) and searched by a helper thread ({@link BackgroundTokenSearch})
 * while this thread digests the mapped bytes, with the same one-chunk look-ahead, so the search
 * no longer adds to the elapsed time, and the digest reads the page cache without the two copies
 * of a {@code read}. The digest never waits for a late helper inside the loop: it keeps copies of
 * the running digest's state at the chunk starts the search has not passed yet, and a signature
 * found behind the digest resumes from the latest copy before its gap (at most one chunk hashed
 * again). Memory is then one chunk, on the helper, and a few hundred bytes per kept copy.
 */
final class PdfScan {

    static final int CHUNK = 128 * 1024;
    static final int MAX_SIGNATURES = 32;
    /** From this size on the search runs beside the digest; below, a helper's start-up costs more than it saves. */
    static final long CONCURRENT_MIN = 2L * 1024 * 1024;
    /** Copies of running digests kept while the helper is behind, at most (each is a few hundred bytes). */
    private static final int MAX_SNAPSHOTS = 64;
    private static final int TOKEN_LENGTH = ByteRangeTokenFinder.TOKEN.length;

    /** A running digest's state after the file's first {@code at} bytes. */
    private record Snapshot(long at, String algorithm, MessageDigest state) {
    }

    /** One {@code /ByteRange} occurrence and what became of it. */
    static final class Entry {
        final long tokenOffset;
        SignatureDictionary dictionary;
        Reason problem;
        Object parsed;
        String algorithm;
        long a;
        long b;
        long end;
        MessageDigest md;
        byte[] digest;
        boolean late;

        Entry(long tokenOffset) {
            this.tokenOffset = tokenOffset;
        }
    }

    private final SeekableByteChannel channel;
    private final long size;
    private final ByteWindow window;
    private final PdfDictionaryParser parser;
    /** Decides, from a structurally sound dictionary, the digest algorithm (null when none can be computed). */
    private final Function<Entry, String> algorithmOf;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, MessageDigest> running = new LinkedHashMap<>();
    /** Running digests' states at chunk starts digested before the search got one chunk further. */
    private final List<Snapshot> snapshots = new ArrayList<>();
    private long digested;
    /** Read buffer for catching up, allocated only when a signature shows up late and the file is not mapped. */
    private byte[] spare;
    /** The mapped file while {@link #run()} uses one, else null (the channel is read). */
    private ByteBuffer mapped;
    private boolean scanComplete;
    private boolean tooMany;
    /** Starts the search of a mapped file on a helper, or gives null to search inline (tests replace it). */
    private BiFunction<ByteBuffer, Long, BackgroundTokenSearch> helper = BackgroundTokenSearch::start;
    /** States of a SHA-256 of this very file computed by whoever wrote it, or null. */
    private DigestCheckpoints writtenDigest;
    /** The whole file when the caller read it into memory ({@link #inMemory}), else null. */
    private byte[] whole;

    PdfScan(SeekableByteChannel channel, long size, ByteWindow window, Function<Entry, String> algorithmOf) {
        this.channel = channel;
        this.size = size;
        this.window = window;
        this.parser = new PdfDictionaryParser(window);
        this.algorithmOf = algorithmOf;
        running.put("SHA-256", Digests.newDigest("SHA-256"));
    }

    /**
     * Scans a file already read whole into memory ({@code data}: its {@code size} bytes, or null to
     * read the channel): one pass over the array, no chunk buffers, no reads.
     */
    PdfScan inMemory(byte[] data) {
        whole = data != null && data.length == size ? data : null;
        return this;
    }

    /**
     * Takes the SHA-256 states kept while the file was written ({@link DigestCheckpoints}, same
     * length as the file): no running SHA-256 is kept, each SHA-256 signature resumes from the
     * latest state before its gap. Checkpoints of another length are ignored.
     */
    PdfScan withKnownDigest(DigestCheckpoints checkpoints) {
        if (checkpoints != null && checkpoints.length() == size) {
            writtenDigest = checkpoints;
            running.remove(DigestCheckpoints.ALGORITHM);
        }
        return this;
    }

    /** Never searches on a helper thread: what happens when none is free. */
    PdfScan withoutHelper() {
        return withHelper((source, length) -> null);
    }

    /** Starts the search of a mapped file with {@code starter} instead of on the pool (tests delay it). */
    PdfScan withHelper(BiFunction<ByteBuffer, Long, BackgroundTokenSearch> starter) {
        helper = starter;
        return this;
    }

    /** How many running-digest states were kept because the search was behind. */
    int snapshotsKept() {
        return snapshots.size();
    }

    List<Entry> entries() {
        return entries;
    }

    boolean tooManySignatures() {
        return tooMany;
    }

    /**
     * Scans and digests. A large {@link FileChannel} is mapped ({@link MappedFile}) and searched on a
     * helper thread while this thread digests the mapped bytes ({@link BackgroundTokenSearch});
     * a mapped file without a free helper is searched inline, and anything else is read in chunks
     * and searched inline. All give the same entries, in the same order, with the same digests.
     */
    void run() throws IOException {
        if (whole != null) {
            runWhole();
            return;
        }
        long[] known = writtenDigest == null ? null : writtenDigest.tokenOffsets();
        if (known != null) {
            runKnown(known);
            return;
        }
        MappedFile file = size >= CONCURRENT_MIN && channel instanceof FileChannel fc ? MappedFile.map(fc, size) : null;
        if (file == null) {
            runInline();
            return;
        }
        boolean release = true;
        try {
            mapped = file.buffer();
            BackgroundTokenSearch search = helper.apply(mapped, size);
            if (search == null) {
                checkSize();
                runInline();
            } else {
                try {
                    checkSize();
                    runBeside(search);
                } finally {
                    release = search.stop();
                }
            }
            checkSize();
        } catch (InternalError e) {
            // What the JVM throws when a mapped file shrinks under the reader.
            throw new IOException("The file changed while it was being read: " + e.getMessage(), e);
        } finally {
            mapped = null;
            if (release) {
                file.release();
            }
        }
    }

    /**
     * Refuses a mapped file that is now shorter than when it was mapped. Reading a mapped page past
     * the end of the file faults, and the JVM may report that fault late, outside this scan: the
     * size is therefore checked before the mapping is read and again at the end (a file that
     * shrinks at the very moment it is read is not guarded against; the repository's content
     * files are never changed in place).
     */
    private void checkSize() throws IOException {
        long now = channel.size();
        if (now < size) {
            throw new IOException("The file changed while it was being read: " + now + " bytes instead of " + size);
        }
    }

    /**
     * The digest loop while a helper searches the mapped file. Before digesting a chunk it handles
     * every token the search has published up to one chunk further, the look-ahead the inline path
     * has, so a gap start is usually known before the running digest reaches it. It never waits
     * for the helper inside the loop: when the search has not got that far yet (the helper is
     * still starting, or the machine is busy), it keeps a copy of the running digests' state at
     * the chunk's start ({@link #snapshot}) and goes on; a signature whose gap start then turns out
     * to be behind the digest resumes from that copy instead of hashing the file from its start.
     * After the last chunk it waits for the rest of the search. The digest reads the mapping itself:
     * no copy into a buffer of ours.
     */
    private void runBeside(BackgroundTokenSearch search) throws IOException {
        ByteBuffer view = mapped.duplicate();
        int handled = 0;
        long pos = 0;
        while (pos < size) {
            int n = (int) Math.min(CHUNK, size - pos);
            long horizon = Math.min(size, pos + n + CHUNK);
            // Progress first: every token before it is published by the time the count is read.
            long searched = search.searched();
            int known = search.published();
            if (searched < horizon && !snapshot(pos)) {
                // Too many copies kept already: wait for the helper, as it is far behind.
                searched = horizon;
                known = search.await(horizon);
            }
            for (; handled < known && search.token(handled) + TOKEN_LENGTH <= horizon; handled++) {
                found(search.token(handled));
            }
            scanComplete = searched >= size && handled == known;
            digestChunk(view, 0, pos, n);
            pos += n;
        }
        for (int known = search.await(size); handled < known; handled++) {
            found(search.token(handled));
        }
        finishLate();
    }

    /**
     * Keeps a copy of every running digest's state at {@code at} (a chunk start, digested up to
     * there). Returns false, keeping nothing, once {@link #MAX_SNAPSHOTS} are kept.
     */
    private boolean snapshot(long at) {
        if (snapshots.size() + running.size() > MAX_SNAPSHOTS) {
            return false;
        }
        for (Map.Entry<String, MessageDigest> r : running.entrySet()) {
            MessageDigest copy = Digests.copy(r.getValue());
            if (copy != null) {
                snapshots.add(new Snapshot(at, r.getKey(), copy));
            }
        }
        return true;
    }

    /** The file in memory: every token found first, then one digest pass over the array. */
    private void runWhole() throws IOException {
        mapped = ByteBuffer.wrap(whole);
        try {
            ByteRangeTokenFinder.ChunkedSearch search = new ByteRangeTokenFinder.ChunkedSearch();
            search.begin(whole, whole.length);
            for (int s = search.next(); s != ByteRangeTokenFinder.ChunkedSearch.NONE; s = search.next()) {
                found(s);
            }
            scanComplete = true;
            if (whole.length > 0) {
                digestChunk(mapped.duplicate(), 0, 0, whole.length);
            }
            finishLate();
        } finally {
            mapped = null;
        }
    }

    /**
     * The writer's checkpoints also say where the tokens are ({@link DigestCheckpoints#tokenOffsets}):
     * no pass over the file. Each signature hashes from the file only what its checkpoint does not
     * cover (the bytes up to its gap from the latest kept state, then its second range); one of
     * another digest algorithm hashes its ranges from the file.
     */
    private void runKnown(long[] tokens) throws IOException {
        // As if the running digest had passed every gap: found() then hashes each signature's ranges.
        digested = size;
        scanComplete = true;
        for (long t : tokens) {
            found(t);
        }
        finishLate();
    }

    /** The single-threaded loop: each chunk is searched one chunk ahead of the digest. */
    private void runInline() throws IOException {
        byte[] cur = new byte[(int) Math.min(CHUNK, Math.max(size, 1))];
        byte[] prev = new byte[cur.length];
        ByteBuffer curView = ByteBuffer.wrap(cur);
        ByteBuffer prevView = ByteBuffer.wrap(prev);
        ByteRangeTokenFinder.ChunkedSearch search = new ByteRangeTokenFinder.ChunkedSearch();
        long prevStart = 0;
        int prevLen = -1;
        long readPos = 0;
        while (readPos < size) {
            int n = readFully(readPos, cur);
            if (n <= 0) {
                throw new IOException("The file ended before its announced size");
            }
            search.begin(cur, n);
            for (int s = search.next(); s != ByteRangeTokenFinder.ChunkedSearch.NONE; s = search.next()) {
                found(readPos + s);
            }
            scanComplete = readPos + n >= size;
            if (prevLen >= 0) {
                digestChunk(prevView, prevStart, prevStart, prevLen);
            }
            byte[] t = prev;
            prev = cur;
            cur = t;
            ByteBuffer tv = prevView;
            prevView = curView;
            curView = tv;
            prevStart = readPos;
            prevLen = n;
            readPos += n;
        }
        scanComplete = true;
        if (prevLen >= 0) {
            digestChunk(prevView, prevStart, prevStart, prevLen);
        }
        finishLate();
    }

    /** Signatures found after the running digest passed their gap start: their ranges on their own. */
    private void finishLate() throws IOException {
        for (Entry e : entries) {
            if (e.late) {
                e.digest = digestRanges(e);
            }
        }
    }

    private void found(long tokenOffset) throws IOException {
        if (entries.size() >= MAX_SIGNATURES) {
            tooMany = true;
            return;
        }
        Entry e = new Entry(tokenOffset);
        entries.add(e);
        e.dictionary = parser.parseAt(tokenOffset);
        if (e.dictionary == null) {
            e.problem = Reasons.malformed("DICTIONARY_UNREADABLE",
                    "a /ByteRange entry at byte " + tokenOffset + " is not inside a readable signature dictionary",
                    "mục /ByteRange ở byte " + tokenOffset + " không nằm trong một từ điển chữ ký đọc được");
            return;
        }
        e.problem = e.dictionary.check(size);
        if (e.problem != null) {
            return;
        }
        e.algorithm = algorithmOf.apply(e);
        if (e.algorithm == null) {
            return;
        }
        long[] r = e.dictionary.byteRange();
        e.a = r[1];
        e.b = r[2];
        e.end = r[2] + r[3];
        if (e.a < digested || knownCovers(e.algorithm)) {
            // Found after the digest passed this gap start, or the states of a digest of the file
            // are known: hash this signature's ranges up to where the digest has got (the first
            // from the latest state kept before it, if any), then it goes on with the chunks like
            // any other.
            MessageDigest md = resumeBefore(e.algorithm, e.a);
            e.md = catchUp(md, e.b, Math.min(e.end, digested));
            if (e.end <= digested) {
                e.digest = md.digest();
            }
        } else if (!running.containsKey(e.algorithm)) {
            // A further digest algorithm: its running digest catches up with the bytes digested so far.
            running.put(e.algorithm, catchUp(Digests.newDigest(e.algorithm), 0, digested));
        }
    }

    /** A digest of the file's first {@code a} bytes: from the latest kept state at or before {@code a}, else from the start. */
    private MessageDigest resumeBefore(String algorithm, long a) throws IOException {
        if (knownCovers(algorithm)) {
            DigestCheckpoints.State k = writtenDigest.resumeAtOrBefore(a);
            if (k != null) {
                return catchUp(k.digest(), k.at(), a);
            }
        }
        Snapshot best = null;
        for (Snapshot k : snapshots) {
            if (k.algorithm().equals(algorithm) && k.at() <= a && (best == null || k.at() > best.at())) {
                best = k;
            }
        }
        MessageDigest md = best == null ? null : Digests.copy(best.state());
        return md == null ? catchUp(Digests.newDigest(algorithm), 0, a) : catchUp(md, best.at(), a);
    }

    private boolean knownCovers(String algorithm) {
        return writtenDigest != null && DigestCheckpoints.ALGORITHM.equals(algorithm);
    }

    /** Hashes the file's bytes {@code [from, to)} (none when empty) into {@code md} and returns it. */
    private MessageDigest catchUp(MessageDigest md, long from, long to) throws IOException {
        hash(md, from, to);
        return md;
    }

    /**
     * Digests the file's bytes {@code [s, s + len)}, which {@code data} holds at index
     * {@code offset - base}: every running digest, cloned at each gap start, and the second range
     * of every signature whose gap is behind.
     */
    private void digestChunk(ByteBuffer data, long base, long s, int len) {
        long e = s + len;
        for (Map.Entry<String, MessageDigest> r : running.entrySet()) {
            List<Entry> starts = new ArrayList<>(2);
            boolean needed = !scanComplete;
            for (Entry x : entries) {
                if (x.md == null && !x.late && r.getKey().equals(x.algorithm) && x.a >= s) {
                    needed = true;
                    if (x.a < e) {
                        starts.add(x);
                    }
                }
            }
            if (!needed) {
                continue;
            }
            starts.sort(Comparator.comparingLong(x -> x.a));
            MessageDigest md = r.getValue();
            long cursor = s;
            for (Entry x : starts) {
                update(md, data, base, cursor, x.a);
                cursor = x.a;
                x.md = Digests.copy(md);
                x.late = x.md == null;
            }
            update(md, data, base, cursor, e);
        }
        for (Entry x : entries) {
            if (x.md != null && x.digest == null) {
                long lo = Math.max(s, x.b);
                long hi = Math.min(e, x.end);
                if (lo < hi) {
                    update(x.md, data, base, lo, hi);
                }
                if (e >= x.end) {
                    x.digest = x.md.digest();
                }
            }
        }
        digested = e;
    }

    /** Feeds the file's bytes {@code [from, to)}, held by {@code data} at index {@code offset - base}, to {@code md}. */
    private static void update(MessageDigest md, ByteBuffer data, long base, long from, long to) {
        data.limit((int) (to - base));
        data.position((int) (from - base));
        md.update(data);
    }

    /** The slow path: hash [0,a) and [b,end) on their own. */
    private byte[] digestRanges(Entry x) throws IOException {
        MessageDigest md = Digests.newDigest(x.algorithm);
        hash(md, 0, x.a);
        hash(md, x.b, x.end);
        return md.digest();
    }

    /** Hashes the file's bytes {@code [from, to)} (none when empty): from the mapping, or read in chunks. */
    private void hash(MessageDigest md, long from, long to) throws IOException {
        if (from >= to) {
            return;
        }
        if (mapped != null) {
            update(md, mapped.duplicate(), 0, from, to);
            return;
        }
        if (spare == null) {
            spare = new byte[(int) Math.min(CHUNK, size)];
        }
        long p = from;
        while (p < to) {
            int want = (int) Math.min(spare.length, to - p);
            int n = readFully(p, spare, want);
            if (n <= 0) {
                throw new IOException("The file ended before its announced size");
            }
            md.update(spare, 0, n);
            p += n;
        }
    }

    private int readFully(long at, byte[] buf) throws IOException {
        return readFully(at, buf, (int) Math.min(buf.length, size - at));
    }

    /** Up to {@code want} bytes at {@code at}: copied from the mapping when there is one, else read from the channel. */
    private int readFully(long at, byte[] buf, int want) throws IOException {
        if (mapped != null) {
            int n = (int) Math.max(0, Math.min(want, mapped.limit() - at));
            mapped.get((int) at, buf, 0, n);
            return n;
        }
        ByteBuffer bb = ByteBuffer.wrap(buf, 0, want);
        channel.position(at);
        while (bb.hasRemaining()) {
            if (channel.read(bb) < 0) {
                break;
            }
        }
        return bb.position();
    }
}
