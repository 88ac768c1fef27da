package vn.vanthu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LookupGuardTest {

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        Instant now = Instant.parse("2023-06-01T02:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovingClock clock = new MovingClock();
    private final LookupGuard guard = new LookupGuard(new LookupGuard.Limits(3, Duration.ofSeconds(1), Duration.ofSeconds(3), 6,
            Duration.ofMinutes(15), Duration.ofMinutes(10), 3), clock);

    @Test
    void failuresAreSlowedThenRefusedForAWhile() {
        for (int i = 1; i <= 3; i++) {
            assertEquals(Duration.ZERO, guard.failed("203.0.113.5").delay());
        }
        assertEquals(Duration.ofSeconds(1), guard.failed("203.0.113.5").delay());
        assertEquals(Duration.ofSeconds(1), guard.before("203.0.113.5").delay(), "each answer waits");
        assertEquals(Duration.ofSeconds(2), guard.failed("203.0.113.5").delay());
        LookupGuard.Decision sixth = guard.failed("203.0.113.5");
        assertTrue(sixth.refused());
        assertEquals(clock.now.plus(Duration.ofMinutes(15)), sixth.refusedUntil());
        assertTrue(guard.before("203.0.113.5").refused());
        assertFalse(guard.before("198.51.100.7").refused(), "another address is not affected");
        clock.now = clock.now.plus(Duration.ofMinutes(15));
        assertFalse(guard.before("203.0.113.5").refused(), "refused only for the lockout");
        assertEquals(0, guard.before("203.0.113.5").failures());
    }

    @Test
    void failuresOutsideTheWindowAreForgottenAndMemoryIsBounded() {
        guard.failed("a");
        guard.failed("a");
        clock.now = clock.now.plus(Duration.ofMinutes(11));
        assertEquals(1, guard.failed("a").failures());
        guard.failed("b");
        guard.failed("c");
        guard.failed("d");
        assertEquals(3, guard.size());
    }
}
