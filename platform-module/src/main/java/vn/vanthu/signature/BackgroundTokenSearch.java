package vn.vanthu.signature;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The {@code /ByteRange} search of a whole file, run on a helper thread while the calling thread
 * digests the same file. The search is about a tenth of the SHA-256 time; running it beside the
 * digest takes it off the critical path, so a large file costs about one digest pass.
 *
 * <p>The file is mapped ({@link MappedFile}); the helper copies it chunk by chunk with absolute
 * reads, which touch no buffer state the caller uses, and so also takes the page faults ahead of
 * the digest. Tokens are published in file order: {@link #progress} says up to which byte every
 * token lying entirely before it is recorded. The caller waits for the progress it needs
 * ({@link #await}); the wait is bounded, a failure of the helper is rethrown to the caller (who
 * reports MALFORMED), and the helper is never interrupted: it stops at the next chunk once
 * {@link #cancel()} is called, and {@link #stop()} waits for that before the mapping is released.
 *
 * <p>Helpers come from one small pool of daemon threads, one fewer than the processors, so that
 * concurrent verifications never oversubscribe the machine: when none is free, {@link #start}
 * returns null and the caller searches inline, as on a single-core machine.
 */
final class BackgroundTokenSearch implements Runnable {

    /** A helper that has not advanced for this long is considered stuck (the file read hangs). */
    private static final long STALL_NANOS = TimeUnit.SECONDS.toNanos(30);
    /** How long the caller spins before parking while waiting for the helper. */
    private static final long SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(100);
    private static final int HELPERS = Runtime.getRuntime().availableProcessors() - 1;
    private static final ThreadPoolExecutor POOL = HELPERS < 1 ? null : pool();

    /** How long {@link #stop()} waits for the helper to leave the mapping (a chunk takes microseconds). */
    private static final long STOP_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final ByteBuffer source;
    private final long size;
    private final Thread waiter;
    /** Offsets of the first tokens; more than MAX_SIGNATURES already makes the file MALFORMED. */
    private final long[] tokens = new long[PdfScan.MAX_SIGNATURES + 1];
    /** Written before {@link #progress}, read after it: a volatile write publishes the tokens before it. */
    private volatile int count;
    private volatile long progress;
    private volatile Throwable failure;
    private volatile boolean done;
    private volatile boolean cancelled;

    private BackgroundTokenSearch(ByteBuffer source, long size, Thread waiter) {
        this.source = source;
        this.size = size;
        this.waiter = waiter;
    }

    private static ThreadPoolExecutor pool() {
        AtomicInteger n = new AtomicInteger();
        return new ThreadPoolExecutor(0, HELPERS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "vanthu-signature-search-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Starts the search of {@code [0, size)} of {@code source} (read with absolute reads only) on a
     * helper, or returns null when no helper is free.
     */
    static BackgroundTokenSearch start(ByteBuffer source, long size) {
        if (POOL == null) {
            return null;
        }
        BackgroundTokenSearch search = new BackgroundTokenSearch(source, size, Thread.currentThread());
        try {
            POOL.execute(search);
            return search;
        } catch (RejectedExecutionException busy) {
            return null;
        }
    }

    /** A search that nobody runs yet: tests run it on a thread of their own, late. */
    static BackgroundTokenSearch unstarted(ByteBuffer source, long size) {
        return new BackgroundTokenSearch(source, size, Thread.currentThread());
    }

    @Override
    public void run() {
        try {
            search();
        } catch (Throwable e) {
            failure = e;
        } finally {
            done = true;
            LockSupport.unpark(waiter);
        }
    }

    /** The same chunked search as the inline path in {@link PdfScan}, one chunk after the other. */
    private void search() throws IOException {
        byte[] buf = new byte[(int) Math.min(PdfScan.CHUNK, size)];
        ByteRangeTokenFinder.ChunkedSearch chunks = new ByteRangeTokenFinder.ChunkedSearch();
        long pos = 0;
        int found = 0;
        while (pos < size && !cancelled) {
            int n = read(pos, buf);
            chunks.begin(buf, n);
            for (int s = chunks.next(); s != ByteRangeTokenFinder.ChunkedSearch.NONE && found < tokens.length;
                    s = chunks.next()) {
                tokens[found++] = pos + s;
            }
            pos += n;
            count = found;
            // Once the table is full nothing further can change the result: report the whole file searched.
            progress = found == tokens.length ? size : pos;
            LockSupport.unpark(waiter);
            if (found == tokens.length) {
                return;
            }
        }
    }

    private int read(long at, byte[] buf) throws IOException {
        int n = (int) Math.min(buf.length, size - at);
        if (at + n > source.limit()) {
            throw new IOException("The file ended before its announced size");
        }
        source.get((int) at, buf, 0, n);
        return n;
    }

    /**
     * Waits until every token ending at or before {@code upTo} is recorded and returns how many
     * tokens are recorded (at least those). Throws when the helper failed, stalled or the caller
     * was interrupted (the interrupt status is kept).
     */
    int await(long upTo) throws IOException {
        long seen = -1;
        long seenAt = 0;
        long stallDeadline = 0;
        while (true) {
            long p = progress;
            if (p >= upTo || p >= size) {
                return count;
            }
            if (done) {
                if (progress >= upTo) {
                    return count;
                }
                Throwable f = failure;
                throw new IOException("The /ByteRange search failed: " + f, f);
            }
            long now = System.nanoTime();
            if (p != seen) {
                seen = p;
                seenAt = now;
                stallDeadline = now + STALL_NANOS;
            } else if (now - stallDeadline > 0) {
                throw new IOException("The /ByteRange search made no progress for " + STALL_NANOS / 1_000_000_000L + " s");
            }
            if (now - seenAt < SPIN_NANOS) {
                // The helper is normally just behind (it searches ten times faster than we digest):
                // spinning briefly avoids a park and wake-up, which cost more than the wait itself.
                Thread.onSpinWait();
            } else {
                // The helper unparks this thread after every chunk; the timeout only bounds a lost wake-up.
                LockSupport.parkNanos(this, 200_000);
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("Interrupted while waiting for the /ByteRange search");
            }
        }
    }

    /** Up to where every token is recorded (0 until the helper has searched its first chunk). */
    long searched() {
        return progress;
    }

    /** How many tokens are recorded now, without waiting. */
    int published() {
        return count;
    }

    /** The i-th token's offset; valid for {@code i <} a count returned by {@link #await} or {@link #published}. */
    long token(int i) {
        return tokens[i];
    }

    /** Asks the helper to stop at its next chunk (never interrupts it). */
    void cancel() {
        cancelled = true;
    }

    /**
     * Cancels and waits until the helper has left the source, so that the mapping can be released.
     * Returns false when it did not within a few seconds (the mapping must then be left to the GC).
     */
    boolean stop() {
        cancel();
        long deadline = System.nanoTime() + STOP_NANOS;
        boolean interrupted = false;
        while (!done && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(this, 100_000);
            interrupted |= Thread.interrupted();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return done;
    }
}
