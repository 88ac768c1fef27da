package vn.vanthu.signature;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;

/**
 * Results of pure functions of immutable DER inputs, kept in one bounded LRU map for the process:
 * whether a certificate, a CRL or an OCSP response is signed by a given public key, and parsed
 * X.509 certificates. Nothing here depends on a trust store, a time or a policy, so no cached
 * answer can be stale: the trust decisions (anchors, validity at the signing time, revocation,
 * freshness, responder authorisation) still run for every signature. Keys hold the full DER bytes
 * (equality of the encodings, no digest collisions to argue about). Thread-safe.
 */
final class VerificationCache {

    static final int DEFAULT_CAPACITY = 512;
    private static final VerificationCache SHARED = new VerificationCache(DEFAULT_CAPACITY);

    private final int capacity;
    private final Map<Object, Object> map;
    private long hits;
    private long misses;

    VerificationCache(int capacity) {
        this.capacity = capacity;
        this.map = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > VerificationCache.this.capacity;
            }
        };
    }

    /** The cache the verifier uses. */
    static VerificationCache shared() {
        return SHARED;
    }

    /** Bytes compared by content. */
    private record Der(byte[] bytes) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Der d && Arrays.equals(bytes, d.bytes);
        }

        /** The length and the last 64 bytes (the signature value of a certificate, CRL or OCSP response); equality compares all. */
        @Override
        public int hashCode() {
            int h = bytes.length;
            for (int i = Math.max(0, bytes.length - 64); i < bytes.length; i++) {
                h = 31 * h + bytes[i];
            }
            return h;
        }

        @Override
        public String toString() {
            return bytes.length + " bytes";
        }
    }

    /** What was signed, by which key (its encoding), and the kind of object. */
    private record SignedBy(char kind, Der signed, Der key) {
    }

    private record Parsed(Der der) {
    }

    private record Holder(Der der) {
    }

    /** True when {@code c} verifies with {@code key} ({@link X509Certificate#verify(PublicKey)}). */
    boolean certificateSignedBy(X509Certificate c, PublicKey key) {
        Der der;
        try {
            der = new Der(c.getEncoded());
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
        return signed(new SignedBy('C', der, new Der(key.getEncoded())), () -> {
            try {
                c.verify(key);
                return true;
            } catch (GeneralSecurityException | RuntimeException e) {
                return false;
            }
        });
    }

    /** True when {@code crl} verifies with {@code key}. */
    boolean crlSignedBy(X509CRL crl, PublicKey key) {
        Der der;
        try {
            der = new Der(crl.getEncoded());
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
        return signed(new SignedBy('L', der, new Der(key.getEncoded())), () -> {
            try {
                crl.verify(key);
                return true;
            } catch (GeneralSecurityException | RuntimeException e) {
                return false;
            }
        });
    }

    /** True when the signature of {@code resp} verifies with {@code key}. */
    boolean ocspSignedBy(BasicOCSPResp resp, PublicKey key) {
        return ocspSignedBy(resp, null, key);
    }

    /**
     * As {@link #ocspSignedBy(BasicOCSPResp, PublicKey)}, keyed by {@code encoding}, the bytes
     * {@code resp} was parsed from (null: its encoding is computed).
     */
    boolean ocspSignedBy(BasicOCSPResp resp, byte[] encoding, PublicKey key) {
        Der der;
        try {
            der = new Der(encoding != null ? encoding : resp.getEncoded());
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return signed(new SignedBy('O', der, new Der(key.getEncoded())), () -> {
            try {
                return resp.isSignatureValid(new JcaContentVerifierProviderBuilder().build(key));
            } catch (Exception e) {
                return false;
            }
        });
    }

    /** The certificate {@code h} as a JDK certificate, parsed once per encoding. */
    X509Certificate certificate(X509CertificateHolder h) throws CertificateException {
        try {
            return certificate(h.getEncoded());
        } catch (IOException e) {
            throw new CertificateException("unreadable certificate: " + e.getMessage(), e);
        }
    }

    /** The certificate whose DER is {@code der}, parsed once per encoding. */
    X509Certificate certificate(byte[] der) throws CertificateException {
        Parsed key = new Parsed(new Der(der.clone()));
        Object cached = get(key);
        if (cached instanceof X509Certificate c) {
            return c;
        }
        X509Certificate c = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(der));
        put(key, c);
        return c;
    }

    /** The certificate as a Bouncy Castle holder (OCSP certID matching), parsed once per encoding. */
    X509CertificateHolder holder(X509Certificate c) throws IOException, CertificateException {
        Holder key = new Holder(new Der(c.getEncoded()));
        Object cached = get(key);
        if (cached instanceof X509CertificateHolder h) {
            return h;
        }
        X509CertificateHolder h = new X509CertificateHolder(key.der().bytes());
        put(key, h);
        return h;
    }

    private boolean signed(SignedBy key, Supplier<Boolean> check) {
        Object cached = get(key);
        if (cached instanceof Boolean b) {
            return b;
        }
        boolean ok = check.get();
        put(key, ok);
        return ok;
    }

    private synchronized Object get(Object key) {
        Object v = map.get(key);
        if (v == null) {
            misses++;
        } else {
            hits++;
        }
        return v;
    }

    private synchronized void put(Object key, Object value) {
        map.put(key, value);
    }

    synchronized int size() {
        return map.size();
    }

    synchronized long hits() {
        return hits;
    }

    synchronized long misses() {
        return misses;
    }

    synchronized void clear() {
        map.clear();
    }
}
