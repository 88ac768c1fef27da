package vn.vanthu.signature;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CRL;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The certificates an administrator trusts: self-signed certificates become trust anchors, the
 * others are intermediates offered to path building, and CRLs give optional offline revocation.
 * Certificates and CRLs are read as DER or PEM (several per file), from files or directories.
 * Immutable once built; a change of configuration builds a new one.
 */
public final class TrustStore {

    /** The Government specialised root CA (VGCA), shipped as a default anchor. */
    public static final String GOVERNMENT_ROOT_RESOURCE = "/vn/vanthu/signature/trust/vgca_root_ca.cer";

    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]+?)-----END \\1-----");

    private final List<X509Certificate> anchors;
    private final List<X509Certificate> intermediates;
    private final List<X509CRL> crls;
    private final List<String> warnings;
    /**
     * The dateless path building ({@link CertificatePath#build}) of recent certificates, keyed by the
     * target and the exact pool offered (certificates compare by their DER); this store's anchors
     * and intermediates are fixed, so a store of other certificates has its own cache and never
     * sees these answers. Validity at the signing time, the JDK cross-check and revocation run on
     * every call. Bounded LRU, thread-safe.
     */
    private final Map<PathKey, CertificatePath.Built> paths = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<PathKey, CertificatePath.Built> eldest) {
            return size() > PATH_CACHE;
        }
    };
    static final int PATH_CACHE = 256;

    private record PathKey(X509Certificate target, List<X509Certificate> pool) {
    }

    private TrustStore(Builder b) {
        this.anchors = List.copyOf(b.anchors);
        this.intermediates = List.copyOf(b.intermediates);
        this.crls = List.copyOf(b.crls);
        this.warnings = List.copyOf(b.warnings);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A store holding only the shipped Government root. */
    public static TrustStore governmentDefault() {
        return builder().addGovernmentRoot().build();
    }

    public List<X509Certificate> anchors() {
        return anchors;
    }

    public List<X509Certificate> intermediates() {
        return intermediates;
    }

    public List<X509CRL> crls() {
        return crls;
    }

    /** Files that were skipped while loading, with why (bilingual). */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * The outcome of {@link #validatePath}: the subject of the anchor reached (null when none) and
     * the findings (empty when the certificate chains to an anchor and is not revoked).
     */
    public record PathValidation(String anchor, List<Reason> reasons) {
        public PathValidation {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * PKIX path validation of {@code cert} at {@code at}, for signatures other than those of PDFs
     * (the edXML package signature): the same anchors, intermediates, CRLs and findings as the PDF
     * verifier.
     */
    public PathValidation validatePath(X509Certificate cert, Collection<X509Certificate> extra, Date at) {
        Evaluation ev = evaluate(cert, extra, at);
        return new PathValidation(ev.anchor, ev.reasons);
    }

    /** Outcome of path validation for one certificate at one time. */
    static final class Evaluation {
        final List<Reason> reasons = new ArrayList<>();
        String anchor;
        /** The path found (target first, anchor last), or the target alone. */
        CertificatePath.Result path;
    }

    /** {@link #evaluate(X509Certificate, Collection, Instant, ValidationPolicy.ValidityModel, CertificatePath.Role)} in the shell model. */
    Evaluation evaluate(X509Certificate cert, Collection<X509Certificate> extra, Date at) {
        return evaluate(cert, extra, at.toInstant(), ValidationPolicy.ValidityModel.SHELL, CertificatePath.Role.SIGNER);
    }

    /**
     * The certification path from {@code cert} to a trust anchor, built without dates through
     * {@code extra} certificates (from the CMS or the document) and the configured intermediates,
     * then judged at time {@code at} by {@code model} ({@link CertificatePath}). A path whose only
     * fault is a certificate outside its validity gives CERT_EXPIRED naming that certificate; no
     * path gives UNTRUSTED. Revocation is checked apart ({@link RevocationCheck}).
     */
    Evaluation evaluate(X509Certificate cert, Collection<X509Certificate> extra, Instant at,
                        ValidationPolicy.ValidityModel model, CertificatePath.Role leaf) {
        Evaluation ev = new Evaluation();
        List<X509Certificate> pool = new ArrayList<>(extra.size() + intermediates.size());
        pool.addAll(extra);
        pool.addAll(intermediates);
        CertificatePath.Result r = anchors.isEmpty() ? CertificatePath.validate(cert, anchors, pool, at, model, leaf)
                : CertificatePath.judge(cert, built(cert, pool), at, model, leaf);
        ev.reasons.addAll(r.reasons);
        ev.path = r;
        ev.anchor = r.anchor == null ? null : r.anchor.getSubjectX500Principal().getName();
        return ev;
    }

    private CertificatePath.Built built(X509Certificate cert, List<X509Certificate> pool) {
        PathKey key = new PathKey(cert, List.copyOf(pool));
        CertificatePath.Built b;
        synchronized (paths) {
            b = paths.get(key);
        }
        if (b == null) {
            b = CertificatePath.build(cert, anchors, key.pool());
            synchronized (paths) {
                paths.put(key, b);
            }
        }
        return b;
    }

    /** How many path buildings are kept (for tests). */
    int cachedPaths() {
        synchronized (paths) {
            return paths.size();
        }
    }

    /** The configured CRLs as validation data (source CONFIGURED). */
    ValidationData configuredData() {
        ValidationData d = new ValidationData();
        for (X509CRL crl : crls) {
            d.crls.add(new ValidationData.Crl(crl, ValidationData.Source.CONFIGURED));
        }
        return d;
    }

    /** Collects certificates and CRLs; {@link #build()} sorts them into anchors and intermediates. */
    public static final class Builder {
        private final List<X509Certificate> anchors = new ArrayList<>();
        private final List<X509Certificate> intermediates = new ArrayList<>();
        private final List<X509CRL> crls = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        private Builder() {
        }

        public Builder addCertificate(X509Certificate c) {
            List<X509Certificate> target = isSelfSigned(c) ? anchors : intermediates;
            if (!target.contains(c)) {
                target.add(c);
            }
            return this;
        }

        public Builder addCrl(X509CRL crl) {
            crls.add(crl);
            return this;
        }

        public Builder addGovernmentRoot() {
            try (InputStream in = TrustStore.class.getResourceAsStream(GOVERNMENT_ROOT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing resource " + GOVERNMENT_ROOT_RESOURCE);
                }
                return addBytes(in.readAllBytes(), GOVERNMENT_ROOT_RESOURCE);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + GOVERNMENT_ROOT_RESOURCE, e);
            }
        }

        /**
         * Adds the certificates and CRLs of a file, or of every file in a directory (recursively).
         * Files that hold neither are skipped with a warning; an unreadable path is an error.
         */
        public Builder load(Path path) throws IOException {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path, 4)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        loadFile(f);
                    }
                }
            } else {
                loadFile(path);
            }
            return this;
        }

        private void loadFile(Path f) throws IOException {
            if (Files.size(f) > 16L * 1024 * 1024) {
                warnings.add("Bỏ qua tệp quá lớn / Skipped, too large: " + f);
                return;
            }
            addBytes(Files.readAllBytes(f), f.toString());
        }

        /** Adds what DER or PEM bytes hold; returns this. Unrecognised bytes give a warning. */
        public Builder addBytes(byte[] bytes, String source) {
            int before = anchors.size() + intermediates.size() + crls.size();
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            if (text.contains("-----BEGIN ")) {
                Matcher m = PEM.matcher(text);
                while (m.find()) {
                    byte[] der;
                    try {
                        der = Base64.getMimeDecoder().decode(m.group(2));
                    } catch (IllegalArgumentException e) {
                        continue;
                    }
                    addDer(der, m.group(1).contains("CRL"));
                }
            } else {
                addDer(bytes, false);
            }
            if (anchors.size() + intermediates.size() + crls.size() == before) {
                warnings.add("Không có chứng thư số hay CRL, bỏ qua / No certificate or CRL, skipped: " + source);
            }
            return this;
        }

        private void addDer(byte[] der, boolean crlFirst) {
            try {
                CertificateFactory cf = CertificateFactory.getInstance("X.509");
                if (!crlFirst) {
                    try {
                        for (Certificate c : cf.generateCertificates(new ByteArrayInputStream(der))) {
                            addCertificate((X509Certificate) c);
                        }
                        return;
                    } catch (GeneralSecurityException | RuntimeException notACertificate) {
                        // maybe a CRL
                    }
                }
                for (CRL crl : cf.generateCRLs(new ByteArrayInputStream(der))) {
                    crls.add((X509CRL) crl);
                }
            } catch (GeneralSecurityException | RuntimeException e) {
                // neither: reported by addBytes as a warning
            }
        }

        public TrustStore build() {
            return new TrustStore(this);
        }

        private static boolean isSelfSigned(X509Certificate c) {
            if (!c.getSubjectX500Principal().equals(c.getIssuerX500Principal())) {
                return false;
            }
            try {
                c.verify(c.getPublicKey());
                return true;
            } catch (GeneralSecurityException | RuntimeException e) {
                return false;
            }
        }
    }
}
