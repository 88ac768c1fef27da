package vn.vanthu.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows down and then refuses an address that keeps failing the dossier look-up. Failures are
 * counted per address within a sliding window ({@code vanthu.public.lookup.window}); from
 * {@code slowAfter} failures on, each answer to that address waits {@code delay} per further
 * failure (at most {@code maxDelay}); from {@code refuseAfter} failures the address is refused for
 * {@code lockout}. A success does not clear the count (a caller who knows one code must not get a
 * free run at the others). At most {@code maxAddresses} are remembered (oldest forgotten first),
 * so a flood of addresses cannot exhaust memory. Thread-safe.
 */
public final class LookupGuard {

    /** The limits, from {@code vanthu.public.lookup.*}. */
    public record Limits(int slowAfter, Duration delay, Duration maxDelay, int refuseAfter, Duration lockout, Duration window,
                         int maxAddresses) {
        public Limits {
            if (slowAfter < 0 || refuseAfter < 1 || maxAddresses < 1 || delay.isNegative() || maxDelay.isNegative()
                    || lockout.isNegative() || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("vanthu.public.lookup.* limits must be positive / Các giới hạn tra cứu phải dương");
            }
        }

        public static Limits defaults() {
            return new Limits(3, Duration.ofSeconds(1), Duration.ofSeconds(5), 10, Duration.ofMinutes(15), Duration.ofMinutes(15), 10_000);
        }
    }

    /** What to do with a request: refuse it (until when), or answer it after waiting {@code delay}. */
    public record Decision(boolean refused, Duration delay, Instant refusedUntil, int failures) {
    }

    private static final class Entry {
        int failures;
        Instant windowStart;
        Instant lockedUntil;
    }

    private final Limits limits;
    private final Clock clock;
    private final Map<String, Entry> entries;

    public LookupGuard(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.entries = new LinkedHashMap<>(256, 0.75f, true);
    }

    /** Before answering {@code address}. */
    public synchronized Decision before(String address) {
        Instant now = clock.instant();
        Entry e = current(address, now);
        if (e == null) {
            return new Decision(false, Duration.ZERO, null, 0);
        }
        if (e.lockedUntil != null && now.isBefore(e.lockedUntil)) {
            return new Decision(true, Duration.ZERO, e.lockedUntil, e.failures);
        }
        return new Decision(false, delayFor(e.failures), null, e.failures);
    }

    /** A failed look-up (wrong check or unknown code) from {@code address}; returns the decision for the next one. */
    public synchronized Decision failed(String address) {
        Instant now = clock.instant();
        Entry e = current(address, now);
        if (e == null) {
            e = new Entry();
            e.windowStart = now;
            entries.put(address, e);
            trim();
        }
        e.failures++;
        if (e.failures >= limits.refuseAfter()) {
            e.lockedUntil = now.plus(limits.lockout());
            return new Decision(true, Duration.ZERO, e.lockedUntil, e.failures);
        }
        return new Decision(false, delayFor(e.failures), null, e.failures);
    }

    private Entry current(String address, Instant now) {
        Entry e = entries.get(address);
        if (e == null) {
            return null;
        }
        boolean locked = e.lockedUntil != null && now.isBefore(e.lockedUntil);
        if (!locked && (e.lockedUntil != null || !now.isBefore(e.windowStart.plus(limits.window())))) {
            entries.remove(address);
            return null;
        }
        return e;
    }

    private Duration delayFor(int failures) {
        int over = failures - limits.slowAfter();
        if (over <= 0) {
            return Duration.ZERO;
        }
        Duration d = limits.delay().multipliedBy(over);
        return d.compareTo(limits.maxDelay()) > 0 ? limits.maxDelay() : d;
    }

    private void trim() {
        Iterator<String> oldest = entries.keySet().iterator();
        while (entries.size() > limits.maxAddresses() && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }

    /** Number of addresses remembered (for tests and monitoring). */
    public synchronized int size() {
        return entries.size();
    }
}
