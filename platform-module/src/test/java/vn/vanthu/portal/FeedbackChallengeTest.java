package vn.vanthu.portal;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class FeedbackChallengeTest {

    private static Clock at(Instant t) {
        return Clock.fixed(t, ZoneOffset.UTC);
    }

    private static final Instant T0 = Instant.parse("2023-06-01T02:00:00Z");

    @Test
    void aTokenIsAcceptedAfterTheMinimumFillTimeAndBeforeItExpires() {
        String token = new FeedbackChallenge("s3cret", Duration.ofSeconds(5), Duration.ofHours(2), at(T0)).issue();
        new FeedbackChallenge("s3cret", Duration.ofSeconds(5), Duration.ofHours(2), at(T0.plusSeconds(6))).verify(token);
        PublicInputException fast = assertThrows(PublicInputException.class,
                () -> new FeedbackChallenge("s3cret", Duration.ofSeconds(5), Duration.ofHours(2), at(T0.plusSeconds(2))).verify(token));
        assertTrue(fast.messageEn().contains("too fast"));
        PublicInputException old = assertThrows(PublicInputException.class,
                () -> new FeedbackChallenge("s3cret", Duration.ofSeconds(5), Duration.ofHours(2), at(T0.plus(Duration.ofHours(3)))).verify(token));
        assertTrue(old.messageEn().contains("expired"));
    }

    @Test
    void forgedOrAlteredTokensAreRefused() {
        String token = new FeedbackChallenge("s3cret", Duration.ZERO, Duration.ofHours(2), at(T0)).issue();
        FeedbackChallenge other = new FeedbackChallenge("another", Duration.ZERO, Duration.ofHours(2), at(T0.plusSeconds(10)));
        assertThrows(PublicInputException.class, () -> other.verify(token));
        FeedbackChallenge same = new FeedbackChallenge("s3cret", Duration.ZERO, Duration.ofHours(2), at(T0.plusSeconds(10)));
        String[] parts = token.split("\\.");
        // Moving the issue time back to skip the fill time breaks the signature.
        assertThrows(PublicInputException.class, () -> same.verify(parts[0] + "." + (Long.parseLong(parts[1]) - 100) + "." + parts[2] + "." + parts[3]));
        for (String bad : new String[] {null, "", "v1", "v1.x.y.z", "v2." + token.substring(3), token + "A", "x".repeat(300)}) {
            assertThrows(PublicInputException.class, () -> same.verify(bad), String.valueOf(bad));
        }
        same.verify(token);
        // A random key (no secret configured) refuses tokens of another start.
        assertThrows(PublicInputException.class, () -> new FeedbackChallenge("", Duration.ZERO, Duration.ofHours(2), at(T0)).verify(token));
    }
}
