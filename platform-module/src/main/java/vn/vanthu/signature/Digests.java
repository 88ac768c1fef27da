package vn.vanthu.signature;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.Security;
import java.util.Map;

/**
 * JDK message digests. Alfresco registers Bouncy Castle, whose pure-Java SHA-256 is several times
 * slower than the JDK's intrinsic one, so the provider is pinned: "SUN" when present, else the
 * first provider that is not Bouncy Castle.
 */
final class Digests {

    /** Digest algorithm OIDs (and signature OIDs some signers put in their place) to JDK names. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("1.2.840.113549.2.5", "MD5"),
            Map.entry("1.3.14.3.2.26", "SHA-1"),
            Map.entry("2.16.840.1.101.3.4.2.4", "SHA-224"),
            Map.entry("2.16.840.1.101.3.4.2.1", "SHA-256"),
            Map.entry("2.16.840.1.101.3.4.2.2", "SHA-384"),
            Map.entry("2.16.840.1.101.3.4.2.3", "SHA-512"),
            Map.entry("1.2.840.113549.1.1.4", "MD5"),
            Map.entry("1.2.840.113549.1.1.5", "SHA-1"),
            Map.entry("1.2.840.113549.1.1.11", "SHA-256"),
            Map.entry("1.2.840.113549.1.1.12", "SHA-384"),
            Map.entry("1.2.840.113549.1.1.13", "SHA-512"));

    private Digests() {
    }

    /** JDK name of a digest OID, or null when unsupported. */
    static String nameOf(String oid) {
        return NAMES.get(oid);
    }

    static boolean isWeak(String name) {
        return "MD5".equals(name) || "SHA-1".equals(name);
    }

    static MessageDigest newDigest(String name) {
        try {
            return MessageDigest.getInstance(name, "SUN");
        } catch (NoSuchAlgorithmException | java.security.NoSuchProviderException e) {
            for (Provider p : Security.getProviders()) {
                if (!"BC".equals(p.getName()) && p.getService("MessageDigest", name) != null) {
                    try {
                        return MessageDigest.getInstance(name, p);
                    } catch (NoSuchAlgorithmException ignored) {
                        // next provider
                    }
                }
            }
            throw new IllegalArgumentException("No JDK digest " + name, e);
        }
    }

    /**
     * A copy of the digest's state (the SUN digests are cloneable), or null when this provider's
     * digest cannot be cloned: the caller then hashes that signature's ranges on their own.
     */
    static MessageDigest copy(MessageDigest md) {
        try {
            return (MessageDigest) md.clone();
        } catch (CloneNotSupportedException e) {
            return null;
        }
    }
}
