package vn.vanthu.signature;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * A SHA-256 of a stream of bytes that keeps copies of its state along the way, so that a later
 * signature check of the same bytes, once they are a file, need not hash them a second time.
 *
 * <p>Whoever writes a file and must hash it anyway (the edXML reader checks each attachment
 * against its manifest digest) feeds the bytes here as they go to the file, then hands this to
 * {@link SignatureVerifier#verifyPdf(java.nio.file.Path, DigestCheckpoints)}. The {@code /ByteRange}
 * tokens are found here as the bytes pass ({@link #tokenOffsets()}), so the verifier reads only the
 * dictionaries at those offsets, and each signature's digest resumes from the last kept
 * state before the start of its {@code /Contents} hole, the first byte range being a prefix of the
 * file: for a signature at the end of the file almost nothing is hashed again.
 *
 * <p>States are kept every {@code stride} bytes, at most {@link #MAX_KEPT}: when full, every other
 * one is dropped and the stride doubles, so memory stays a few tens of kilobytes whatever the size
 * and the bytes hashed again are at most about {@code size / 32}. Not thread-safe. The checkpoints
 * stand for the bytes fed, nothing else: giving them with another file would give a wrong verdict,
 * which is why the verifier ignores them when the length differs and callers key them by the
 * identity of immutable content.
 */
public final class DigestCheckpoints {

    /** The algorithm: PDF signatures and edXML manifests use SHA-256. */
    public static final String ALGORITHM = "SHA-256";
    static final int MAX_KEPT = 64;
    private static final int FIRST_STRIDE = 16 * 1024;

    /** A digest state after the first {@code at} bytes. */
    record State(long at, MessageDigest digest) {
    }

    private final MessageDigest md = Digests.newDigest(ALGORITHM);
    private final List<State> kept = new ArrayList<>();
    private long stride = FIRST_STRIDE;
    private long length;
    private long next = FIRST_STRIDE;
    private byte[] result;
    private boolean cloneable = true;
    /** Start offsets of the {@code /ByteRange} tokens in the bytes fed, in order. */
    private long[] tokens = new long[4];
    private int tokenCount;
    /** More tokens than {@link #MAX_TOKENS}: the verifier searches the file itself. */
    private boolean tooManyTokens;
    private final ByteRangeTokenFinder.ChunkedSearch search = new ByteRangeTokenFinder.ChunkedSearch();
    /** Tokens recorded at most: one more than a file may have signatures, so that "too many" is still seen. */
    static final int MAX_TOKENS = PdfScan.MAX_SIGNATURES + 1;

    /** Feeds bytes (in the order they are in the file). */
    public void update(byte[] b, int off, int len) {
        if (result != null) {
            throw new IllegalStateException("digest already taken");
        }
        findTokens(b, off, len);
        while (len > 0) {
            int n = (int) Math.min(len, next - length);
            md.update(b, off, n);
            off += n;
            len -= n;
            length += n;
            if (length == next) {
                keep();
            }
        }
    }

    private void keep() {
        next = length + stride;
        if (!cloneable) {
            return;
        }
        MessageDigest copy = Digests.copy(md);
        if (copy == null) {
            cloneable = false;
            return;
        }
        kept.add(new State(length, copy));
        if (kept.size() >= MAX_KEPT) {
            // Keep the states at multiples of the doubled stride.
            stride *= 2;
            List<State> thinned = new ArrayList<>(MAX_KEPT / 2 + 1);
            for (State s : kept) {
                if (s.at % stride == 0) {
                    thinned.add(s);
                }
            }
            kept.clear();
            kept.addAll(thinned);
            next = (length / stride + 1) * stride;
        }
    }

    /**
     * Records the {@code /ByteRange} tokens of a chunk with the verifier's own chunked search
     * (a token cut across chunks of any size included), while the bytes pass, so that a
     * verification with these checkpoints need not read the file through.
     */
    private void findTokens(byte[] b, int off, int len) {
        if (tooManyTokens) {
            return;
        }
        search.begin(b, off, len);
        for (int s = search.next(); s != ByteRangeTokenFinder.ChunkedSearch.NONE; s = search.next()) {
            addToken(length + s);
        }
    }

    private void addToken(long at) {
        if (tokenCount == MAX_TOKENS) {
            tooManyTokens = true;
            return;
        }
        if (tokenCount == tokens.length) {
            tokens = java.util.Arrays.copyOf(tokens, tokens.length * 2);
        }
        tokens[tokenCount++] = at;
    }

    /**
     * Where the {@code /ByteRange} tokens start in the bytes fed, in order, or null when there were
     * too many to keep (the verifier then searches the file).
     */
    long[] tokenOffsets() {
        return tooManyTokens ? null : java.util.Arrays.copyOf(tokens, tokenCount);
    }

    /** Bytes fed so far. */
    public long length() {
        return length;
    }

    /** The digest of every byte fed (then no more bytes can be fed; the kept states stay usable). */
    public byte[] digest() {
        if (result == null) {
            result = md.digest();
        }
        return result.clone();
    }

    /** How many states are kept (tests). */
    int keptCount() {
        return kept.size();
    }

    /**
     * A fresh copy of the latest kept state at or before {@code offset}, or null when there is none
     * (the caller then hashes from the start).
     */
    State resumeAtOrBefore(long offset) {
        State best = null;
        for (State s : kept) {
            if (s.at <= offset && (best == null || s.at > best.at)) {
                best = s;
            }
        }
        if (best == null) {
            return null;
        }
        MessageDigest copy = Digests.copy(best.digest);
        return copy == null ? null : new State(best.at, copy);
    }
}
