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
 * {@link SignatureVerifier#verifyPdf(java.nio.file.Path, DigestCheckpoints)}. The verifier still
 * reads the file to find the signatures, but each signature's digest resumes from the last kept
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

    /** Feeds bytes (in the order they are in the file). */
    public void update(byte[] b, int off, int len) {
        if (result != null) {
            throw new IllegalStateException("digest already taken");
        }
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
