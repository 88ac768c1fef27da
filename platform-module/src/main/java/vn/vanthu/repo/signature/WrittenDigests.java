package vn.vanthu.repo.signature;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import vn.vanthu.signature.DigestCheckpoints;

/**
 * SHA-256 checkpoints of content just written by the module itself (an attachment of a received
 * edXML package, hashed once for its manifest), waiting for the signature verification that runs
 * after the commit, keyed by the content URL: a content URL names one immutable piece of content,
 * so the checkpoints stand for exactly the bytes a reader of that URL sees.
 *
 * <p>Bounded and forgetful on purpose: at most {@link #MAX_ENTRIES} entries (the least recently
 * added or looked-at goes first), each dropped when taken and after {@link #MAX_AGE_MINUTES}
 * minutes. A verification that finds nothing (another cluster node, a restart, a burst of
 * packages, a rolled-back receipt) hashes the file as usual: this only saves work. Thread-safe.
 */
final class WrittenDigests {

    static final int MAX_ENTRIES = 32;
    static final long MAX_AGE_MINUTES = 5;

    private record Entry(DigestCheckpoints digest, long expiresAt) {
    }

    private final LongSupplier nanoTime;
    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    WrittenDigests() {
        this(System::nanoTime);
    }

    /** With a clock of nanoseconds (tests). */
    WrittenDigests(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Keeps the checkpoints of the content at {@code contentUrl} (replacing any kept for it). */
    synchronized void put(String contentUrl, DigestCheckpoints digest) {
        if (contentUrl == null || digest == null) {
            return;
        }
        long now = nanoTime.getAsLong();
        purge(now);
        entries.put(contentUrl, new Entry(digest, now + TimeUnit.MINUTES.toNanos(MAX_AGE_MINUTES)));
    }

    /**
     * Removes and returns the checkpoints kept for {@code contentUrl} when they are still fresh
     * and of exactly {@code size} bytes; null otherwise (the entry is dropped all the same).
     */
    synchronized DigestCheckpoints take(String contentUrl, long size) {
        if (contentUrl == null) {
            return null;
        }
        Entry e = entries.remove(contentUrl);
        if (e == null || e.expiresAt() - nanoTime.getAsLong() < 0 || e.digest().length() != size) {
            return null;
        }
        return e.digest();
    }

    synchronized int size() {
        return entries.size();
    }

    private void purge(long now) {
        for (Iterator<Entry> it = entries.values().iterator(); it.hasNext(); ) {
            if (it.next().expiresAt() - now < 0) {
                it.remove();
            }
        }
    }
}
