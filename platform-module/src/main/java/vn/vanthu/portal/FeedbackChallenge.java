package vn.vanthu.portal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A stateless anti-automation challenge for the public feedback form: {@code GET} gives a token
 * {@code v1.<issued epoch seconds>.<nonce>.<HMAC-SHA256>}; a submission must bring it back no
 * sooner than {@code minFill} after it was issued (a person needs time to write) and no later than
 * {@code maxAge}. The key is {@code vanthu.public.feedback.secret} or, when empty, random at start
 * (tokens then die with a restart, which only costs a reload of the form). With the honeypot field
 * of the form this stops simple bots; it is not a CAPTCHA.
 */
public final class FeedbackChallenge {

    private static final String VERSION = "v1";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;
    private final Duration minFill;
    private final Duration maxAge;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public FeedbackChallenge(String secret, Duration minFill, Duration maxAge, Clock clock) {
        if (secret == null || secret.isBlank()) {
            this.key = new byte[32];
            random.nextBytes(this.key);
        } else {
            this.key = secret.strip().getBytes(StandardCharsets.UTF_8);
        }
        this.minFill = minFill;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** A new token. */
    public String issue() {
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        String body = VERSION + "." + clock.instant().getEpochSecond() + "." + B64.encodeToString(nonce);
        return body + "." + B64.encodeToString(mac(body));
    }

    /** Checks a token brought back with a submission; throws with the reason when it is not acceptable. */
    public void verify(String token) {
        if (token == null || token.length() > 200) {
            throw refused();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 4 || !VERSION.equals(parts[0]) || !parts[1].matches("\\d{1,12}")) {
            throw refused();
        }
        String body = parts[0] + "." + parts[1] + "." + parts[2];
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(parts[3]);
        } catch (IllegalArgumentException e) {
            throw refused();
        }
        if (!MessageDigest.isEqual(mac(body), given)) {
            throw refused();
        }
        Instant issued = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        Instant now = clock.instant();
        if (now.isBefore(issued.plus(minFill))) {
            throw new PublicInputException("challenge", "Gửi quá nhanh: vui lòng đọc lại nội dung và gửi sau vài giây",
                    "Sent too fast: please read the form through and send it again in a few seconds");
        }
        if (now.isAfter(issued.plus(maxAge))) {
            throw new PublicInputException("challenge", "Biểu mẫu đã hết hạn: vui lòng tải lại trang và gửi lại",
                    "The form has expired: please reload the page and send it again");
        }
    }

    private static PublicInputException refused() {
        return new PublicInputException("challenge", "Mã xác thực biểu mẫu không hợp lệ: vui lòng tải lại trang",
                "The form token is not valid: please reload the page");
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
