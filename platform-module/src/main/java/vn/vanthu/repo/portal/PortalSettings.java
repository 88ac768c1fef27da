package vn.vanthu.repo.portal;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.vanthu.portal.FeedbackChallenge;
import vn.vanthu.portal.FeedbackContact;
import vn.vanthu.portal.LookupGuard;

/**
 * The configuration of the commune's public face ({@code vanthu.feedback.*}, {@code vanthu.public.*}):
 * the feedback intake contact, handling time and folder, the portal address printed on slips,
 * the look-up limits, trusted proxies and the frames that may embed the pages. A bad value stops
 * the start with the property named (nothing public should run half-configured).
 */
public class PortalSettings {

    private static final Logger LOG = LoggerFactory.getLogger(PortalSettings.class);

    private String feedbackAddress = "";
    private String feedbackPhone = "";
    private String feedbackEmail = "";
    private int handlingDays = 10;
    private String feedbackFolder = "Vanthu Feedback";
    private String portalBaseUrl = "";
    private String trustedProxies = "";
    private String frameAncestors = "";
    private int lookupSlowAfter = 3;
    private int lookupDelayMillis = 1000;
    private int lookupMaxDelayMillis = 5000;
    private int lookupRefuseAfter = 10;
    private int lookupLockoutMinutes = 15;
    private int lookupWindowMinutes = 15;
    private int lookupMaxAddresses = 10_000;
    private String challengeSecret = "";
    private int challengeMinSeconds = 5;
    private int challengeMaxMinutes = 120;
    private int maxBodyBytes = 16_384;

    private LookupGuard guard;
    private FeedbackChallenge challenge;
    private Set<String> proxies = Set.of();

    public void init() {
        if (handlingDays < 1 || handlingDays > 365) {
            throw new IllegalArgumentException("vanthu.feedback.handlingDays must be 1-365, not " + handlingDays
                    + " / vanthu.feedback.handlingDays phải từ 1 đến 365");
        }
        if (maxBodyBytes < 1024 || maxBodyBytes > 1_048_576) {
            throw new IllegalArgumentException("vanthu.public.feedback.maxBodyBytes must be 1024-1048576, not " + maxBodyBytes);
        }
        if (!portalBaseUrl.isBlank() && !portalBaseUrl.strip().matches("https?://[^\\s<>\"']+")) {
            throw new IllegalArgumentException("vanthu.public.portalBaseUrl must be an http(s) address, not " + portalBaseUrl);
        }
        if (!frameAncestors.isBlank() && !frameAncestors.strip().matches("('self'|https?://[A-Za-z0-9.:*-]+)( ('self'|https?://[A-Za-z0-9.:*-]+))*")) {
            throw new IllegalArgumentException("vanthu.public.frameAncestors must be 'self' or http(s) origins separated by spaces, not "
                    + frameAncestors);
        }
        guard = new LookupGuard(new LookupGuard.Limits(lookupSlowAfter, Duration.ofMillis(lookupDelayMillis),
                Duration.ofMillis(lookupMaxDelayMillis), lookupRefuseAfter, Duration.ofMinutes(lookupLockoutMinutes),
                Duration.ofMinutes(lookupWindowMinutes), lookupMaxAddresses), Clock.systemUTC());
        if (challengeSecret.isBlank()) {
            LOG.info("vanthu.public.feedback.secret is empty: the feedback form tokens use a random key until the next restart");
        }
        challenge = new FeedbackChallenge(challengeSecret, Duration.ofSeconds(challengeMinSeconds), Duration.ofMinutes(challengeMaxMinutes),
                Clock.systemUTC());
        proxies = Arrays.stream(trustedProxies.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    public FeedbackContact contact() {
        return new FeedbackContact(feedbackAddress, feedbackPhone, feedbackEmail);
    }

    public LookupGuard guard() {
        return guard;
    }

    public FeedbackChallenge challenge() {
        return challenge;
    }

    public Set<String> proxies() {
        return proxies;
    }

    public int handlingDays() {
        return handlingDays;
    }

    /** The folder of feedback nodes, as names under Company Home separated by '/'. */
    public String feedbackFolder() {
        return feedbackFolder == null ? "" : feedbackFolder.strip();
    }

    /** The portal address the slip's QR code points to, without trailing '/'; "" when not configured. */
    public String portalBaseUrl() {
        String url = portalBaseUrl == null ? "" : portalBaseUrl.strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The frame-ancestors of the pages' CSP: 'none' unless origins are configured. */
    public String frameAncestors() {
        return frameAncestors == null || frameAncestors.isBlank() ? "'none'" : frameAncestors.strip();
    }

    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    public void setFeedbackAddress(String v) {
        this.feedbackAddress = v;
    }

    public void setFeedbackPhone(String v) {
        this.feedbackPhone = v;
    }

    public void setFeedbackEmail(String v) {
        this.feedbackEmail = v;
    }

    public void setHandlingDays(int v) {
        this.handlingDays = v;
    }

    public void setFeedbackFolder(String v) {
        this.feedbackFolder = v;
    }

    public void setPortalBaseUrl(String v) {
        this.portalBaseUrl = v == null ? "" : v;
    }

    public void setTrustedProxies(String v) {
        this.trustedProxies = v == null ? "" : v;
    }

    public void setFrameAncestors(String v) {
        this.frameAncestors = v == null ? "" : v;
    }

    public void setLookupSlowAfter(int v) {
        this.lookupSlowAfter = v;
    }

    public void setLookupDelayMillis(int v) {
        this.lookupDelayMillis = v;
    }

    public void setLookupMaxDelayMillis(int v) {
        this.lookupMaxDelayMillis = v;
    }

    public void setLookupRefuseAfter(int v) {
        this.lookupRefuseAfter = v;
    }

    public void setLookupLockoutMinutes(int v) {
        this.lookupLockoutMinutes = v;
    }

    public void setLookupWindowMinutes(int v) {
        this.lookupWindowMinutes = v;
    }

    public void setLookupMaxAddresses(int v) {
        this.lookupMaxAddresses = v;
    }

    public void setChallengeSecret(String v) {
        this.challengeSecret = v == null ? "" : v;
    }

    public void setChallengeMinSeconds(int v) {
        this.challengeMinSeconds = v;
    }

    public void setChallengeMaxMinutes(int v) {
        this.challengeMaxMinutes = v;
    }

    public void setMaxBodyBytes(int v) {
        this.maxBodyBytes = v;
    }
}
