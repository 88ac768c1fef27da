package vn.vanthu.signature;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CRL;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
    private final Set<TrustAnchor> trustAnchors;
    private final List<X509Certificate> intermediates;
    private final List<X509CRL> crls;
    private final List<String> warnings;

    private TrustStore(Builder b) {
        this.anchors = List.copyOf(b.anchors);
        this.intermediates = List.copyOf(b.intermediates);
        this.crls = List.copyOf(b.crls);
        this.warnings = List.copyOf(b.warnings);
        Set<TrustAnchor> ta = new LinkedHashSet<>();
        for (X509Certificate c : anchors) {
            ta.add(new TrustAnchor(c, null));
        }
        this.trustAnchors = ta;
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
    }

    /**
     * PKIX path from {@code cert} to a trust anchor at time {@code at}, using {@code extra}
     * certificates (from the CMS) and the configured intermediates. A chain that only fails on
     * validity dates gives CERT_EXPIRED; no chain at all gives UNTRUSTED; a revoked certificate
     * (by a configured CRL, revoked before {@code at}) gives UNTRUSTED.
     */
    Evaluation evaluate(X509Certificate cert, Collection<X509Certificate> extra, Date at) {
        Evaluation ev = new Evaluation();
        if (trustAnchors.isEmpty()) {
            ev.reasons.add(Reason.of(Verdict.UNTRUSTED, "NO_TRUST_ANCHORS", "no trust anchor is configured",
                    "chưa cấu hình chứng thư gốc tin cậy nào"));
            return ev;
        }
        try {
            PKIXCertPathBuilderResult path = build(cert, extra, at);
            ev.anchor = path.getTrustAnchor().getTrustedCert().getSubjectX500Principal().getName();
            checkRevocation(path, at, ev);
            return ev;
        } catch (CertPathBuilderException e) {
            Date inValidity = new Date(cert.getNotBefore().getTime() + 1000);
            try {
                PKIXCertPathBuilderResult path = build(cert, extra, inValidity);
                ev.anchor = path.getTrustAnchor().getTrustedCert().getSubjectX500Principal().getName();
                ev.reasons.add(Reason.of(Verdict.CERT_EXPIRED, "CERT_NOT_VALID_AT_SIGNING_TIME",
                        "the certificate was not valid at the signing time " + at.toInstant()
                                + " (valid " + cert.getNotBefore().toInstant() + " to " + cert.getNotAfter().toInstant() + ")",
                        "chứng thư số không còn hiệu lực tại thời điểm ký " + at.toInstant()
                                + " (hiệu lực từ " + cert.getNotBefore().toInstant() + " đến " + cert.getNotAfter().toInstant() + ")"));
            } catch (CertPathBuilderException again) {
                ev.reasons.add(Reason.of(Verdict.UNTRUSTED, "NO_PATH_TO_TRUST_ANCHOR",
                        "no certification path from " + cert.getIssuerX500Principal().getName()
                                + " to a configured trust anchor",
                        "không xây dựng được đường dẫn chứng thực từ " + cert.getIssuerX500Principal().getName()
                                + " đến chứng thư gốc tin cậy đã cấu hình"));
            } catch (GeneralSecurityException again) {
                ev.reasons.add(untrusted(again));
            }
        } catch (GeneralSecurityException e) {
            ev.reasons.add(untrusted(e));
        }
        return ev;
    }

    private static Reason untrusted(Exception e) {
        return Reason.of(Verdict.UNTRUSTED, "PATH_VALIDATION_ERROR", "path validation failed: " + e.getMessage(),
                "kiểm tra đường dẫn chứng thực thất bại: " + e.getMessage());
    }

    private PKIXCertPathBuilderResult build(X509Certificate cert, Collection<X509Certificate> extra, Date at)
            throws GeneralSecurityException {
        X509CertSelector target = new X509CertSelector();
        target.setCertificate(cert);
        PKIXBuilderParameters params;
        try {
            params = new PKIXBuilderParameters(trustAnchors, target);
        } catch (InvalidAlgorithmParameterException e) {
            throw new CertPathBuilderException(e);
        }
        params.setRevocationEnabled(false);
        params.setDate(at);
        List<Certificate> pool = new ArrayList<>(extra.size() + intermediates.size() + 1);
        pool.add(cert);
        pool.addAll(extra);
        pool.addAll(intermediates);
        params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
        return (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(params);
    }

    private void checkRevocation(PKIXCertPathBuilderResult path, Date at, Evaluation ev) {
        if (crls.isEmpty()) {
            return;
        }
        List<? extends Certificate> certs = path.getCertPath().getCertificates();
        for (int i = 0; i < certs.size(); i++) {
            X509Certificate c = (X509Certificate) certs.get(i);
            X509Certificate issuer = i + 1 < certs.size() ? (X509Certificate) certs.get(i + 1)
                    : path.getTrustAnchor().getTrustedCert();
            for (X509CRL crl : crls) {
                if (!crl.getIssuerX500Principal().equals(c.getIssuerX500Principal())) {
                    continue;
                }
                try {
                    crl.verify(issuer.getPublicKey());
                } catch (GeneralSecurityException e) {
                    continue;
                }
                X509CRLEntry entry = crl.getRevokedCertificate(c);
                if (entry != null && !entry.getRevocationDate().after(at)) {
                    ev.reasons.add(Reason.of(Verdict.UNTRUSTED, "CERT_REVOKED",
                            "certificate " + c.getSubjectX500Principal().getName() + " was revoked on "
                                    + entry.getRevocationDate().toInstant(),
                            "chứng thư số " + c.getSubjectX500Principal().getName() + " đã bị thu hồi ngày "
                                    + entry.getRevocationDate().toInstant()));
                }
            }
        }
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
