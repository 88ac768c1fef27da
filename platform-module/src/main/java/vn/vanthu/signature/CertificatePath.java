package vn.vanthu.signature;

import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;

/**
 * A certification path built and checked WITHOUT dates (names, key identifiers, signatures, basic
 * constraints and path length, key usage keyCertSign, critical extensions), then judged at the
 * signing time by the configured validity model. A path therefore exists even when no instant
 * lies inside every certificate's validity (an issuing CA whose own validity began after the
 * signer's), and an expired certificate is reported as such, naming it, instead of as "no path".
 * When a certificate of the path has name constraints, policy constraints or mappings, or critical
 * policies, and the validities overlap, the JDK's PKIX validator also checks the found path at the
 * overlapping instant nearest the signing time.
 */
final class CertificatePath {

    private static final int MAX_DEPTH = 10;
    private static final int MAX_PATHS = 8;
    /** Critical extensions this builder understands (the JDK validator handles the rest when it runs). */
    private static final Set<String> KNOWN_CRITICAL = Set.of(
            Extension.basicConstraints.getId(), Extension.keyUsage.getId(), Extension.extendedKeyUsage.getId(),
            Extension.certificatePolicies.getId(), Extension.subjectAlternativeName.getId(),
            Extension.issuerAlternativeName.getId(), Extension.policyConstraints.getId(),
            Extension.inhibitAnyPolicy.getId(), Extension.policyMappings.getId(), Extension.nameConstraints.getId());

    /** Role of a certificate in the path, for the clerk. */
    enum Role {
        SIGNER("signer", "người ký"), TSA("timestamp authority", "đơn vị cấp dấu thời gian"),
        INTERMEDIATE("intermediate CA", "CA trung gian"), ROOT("root CA", "CA gốc");

        final String en;
        final String vi;

        Role(String en, String vi) {
            this.en = en;
            this.vi = vi;
        }
    }

    /** The outcome: the path (target first, anchor last when found) and what is wrong with it. */
    static final class Result {
        final List<X509Certificate> certificates;
        final X509Certificate anchor;
        final List<Reason> reasons = new ArrayList<>();

        Result(List<X509Certificate> certificates, X509Certificate anchor) {
            this.certificates = certificates;
            this.anchor = anchor;
        }

        boolean found() {
            return anchor != null;
        }

        Role role(int i, Role leaf) {
            return i == 0 ? leaf : i == certificates.size() - 1 && anchor != null ? Role.ROOT : Role.INTERMEDIATE;
        }
    }

    private final Collection<X509Certificate> anchors;
    private final List<X509Certificate> pool;
    private final Map<X509Certificate, Map<X509Certificate, Boolean>> signatureCache = new IdentityHashMap<>();
    private String firstProblem;

    private CertificatePath(Collection<X509Certificate> anchors, List<X509Certificate> pool) {
        this.anchors = anchors;
        this.pool = pool;
    }

    /**
     * Builds the path of {@code target} to one of {@code anchors} through {@code pool}, then judges
     * validity at {@code at} with {@code model}; {@code leaf} names the target's role in reasons.
     */
    static Result validate(X509Certificate target, Collection<X509Certificate> anchors, Collection<X509Certificate> pool,
                           Instant at, ValidationPolicy.ValidityModel model, Role leaf) {
        if (anchors.isEmpty()) {
            Result r = new Result(List.of(target), null);
            r.reasons.add(Reason.of(Verdict.UNTRUSTED, "NO_TRUST_ANCHORS", "no trust anchor is configured",
                    "chưa cấu hình chứng thư gốc tin cậy nào"));
            return r;
        }
        return judge(target, build(target, anchors, pool), at, model, leaf);
    }

    /**
     * The dateless part of {@link #validate}: the candidate paths of {@code target} to {@code anchors}
     * through {@code pool} (target first, anchor last), or none and the first problem met. A pure
     * function of the certificates given, so callers may keep it (see {@link TrustStore}).
     */
    record Built(List<List<X509Certificate>> paths, String firstProblem) {
        Built {
            paths = paths.stream().map(List::copyOf).toList();
        }
    }

    static Built build(X509Certificate target, Collection<X509Certificate> anchors, Collection<X509Certificate> pool) {
        List<X509Certificate> all = new ArrayList<>(new LinkedHashSet<>(pool));
        CertificatePath b = new CertificatePath(anchors, all);
        List<List<X509Certificate>> paths = new ArrayList<>();
        List<X509Certificate> current = new ArrayList<>();
        current.add(target);
        b.extend(current, paths);
        return new Built(paths, b.firstProblem);
    }

    /** The time-dependent part of {@link #validate}: the validity of each path found at {@code at}, the best of them. */
    static Result judge(X509Certificate target, Built built, Instant at, ValidationPolicy.ValidityModel model, Role leaf) {
        List<List<X509Certificate>> paths = built.paths();
        if (paths.isEmpty()) {
            Result r = new Result(List.of(target), null);
            String why = built.firstProblem() == null ? "" : " (" + built.firstProblem() + ")";
            r.reasons.add(Reason.of(Verdict.UNTRUSTED, "NO_PATH_TO_TRUST_ANCHOR",
                    "no certification path from " + target.getIssuerX500Principal().getName()
                            + " to a configured trust anchor" + why,
                    "không xây dựng được đường dẫn chứng thực từ " + target.getIssuerX500Principal().getName()
                            + " đến chứng thư gốc tin cậy đã cấu hình" + why));
            return r;
        }
        Result best = null;
        for (List<X509Certificate> p : paths) {
            Result r = new Result(List.copyOf(p), p.get(p.size() - 1));
            judgeValidity(r, at, model, leaf);
            if (best == null || (r.reasons.isEmpty() && !best.reasons.isEmpty())) {
                best = r;
            }
        }
        if (best.reasons.isEmpty()) {
            if (needsPkix(best.certificates)) {
                pkixCrossCheck(best, at);
            }
        }
        return best;
    }

    /** Depth-first: every issuer candidate that passes the dateless checks, up to a few complete paths. */
    private void extend(List<X509Certificate> current, List<List<X509Certificate>> paths) {
        if (paths.size() >= MAX_PATHS || current.size() > MAX_DEPTH) {
            return;
        }
        X509Certificate c = current.get(current.size() - 1);
        if (!criticalExtensionsKnown(c)) {
            problem("unsupported critical extension in " + c.getSubjectX500Principal().getName());
            return;
        }
        if (isAnchor(c)) {
            paths.add(new ArrayList<>(current));
            return;
        }
        for (X509Certificate issuer : candidates(c)) {
            if (current.contains(issuer) && !isAnchor(issuer)) {
                continue;
            }
            if (!isAnchor(issuer) && !canIssue(issuer, current)) {
                continue;
            }
            String weak = weakAlgorithm(c, issuer);
            if (weak != null) {
                problem(weak);
                continue;
            }
            if (!signedBy(c, issuer)) {
                problem("the signature of " + c.getSubjectX500Principal().getName() + " does not verify with the key of "
                        + issuer.getSubjectX500Principal().getName());
                continue;
            }
            current.add(issuer);
            extend(current, paths);
            current.remove(current.size() - 1);
        }
    }

    private void problem(String p) {
        if (firstProblem == null) {
            firstProblem = p;
        }
    }

    private boolean isAnchor(X509Certificate c) {
        for (X509Certificate a : anchors) {
            if (a.equals(c)) {
                return true;
            }
        }
        return false;
    }

    /** Anchors first, then the pool: certificates named as the issuer, whose key identifier matches when both have one. */
    private List<X509Certificate> candidates(X509Certificate c) {
        byte[] aki = authorityKeyId(c);
        List<X509Certificate> out = new ArrayList<>();
        for (Collection<X509Certificate> source : List.of(anchors, pool)) {
            for (X509Certificate i : source) {
                if (!i.getSubjectX500Principal().equals(c.getIssuerX500Principal()) || out.contains(i)) {
                    continue;
                }
                byte[] ski = subjectKeyId(i);
                if (aki != null && ski != null && !Arrays.equals(aki, ski)) {
                    continue;
                }
                out.add(i);
            }
        }
        // An issuer certificate that is also an anchor is ended on; the anchor copy comes first anyway.
        return out;
    }

    /** A CA certificate (basicConstraints cA), allowed keyCertSign, whose path length allows the certificates below it. */
    private boolean canIssue(X509Certificate issuer, List<X509Certificate> below) {
        int pathLen = issuer.getBasicConstraints();
        String name = issuer.getSubjectX500Principal().getName();
        if (pathLen < 0) {
            problem(name + " is not a CA certificate (basicConstraints)");
            return false;
        }
        boolean[] ku = issuer.getKeyUsage();
        if (ku != null && (ku.length <= 5 || !ku[5])) {
            problem(name + " may not sign certificates (keyUsage keyCertSign)");
            return false;
        }
        int intermediatesBelow = 0;
        for (int i = 1; i < below.size(); i++) {
            X509Certificate b = below.get(i);
            if (!b.getSubjectX500Principal().equals(b.getIssuerX500Principal())) {
                intermediatesBelow++;
            }
        }
        if (intermediatesBelow > pathLen) {
            problem(name + " allows " + pathLen + " CA certificates below it (pathLenConstraint)");
            return false;
        }
        return true;
    }

    private boolean signedBy(X509Certificate c, X509Certificate issuer) {
        return signatureCache.computeIfAbsent(c, k -> new IdentityHashMap<>())
                .computeIfAbsent(issuer, i -> VerificationCache.shared().certificateSignedBy(c, i.getPublicKey()));
    }

    private static boolean criticalExtensionsKnown(X509Certificate c) {
        Set<String> critical = c.getCriticalExtensionOIDs();
        return critical == null || KNOWN_CRITICAL.containsAll(critical);
    }

    /**
     * SHELL: every certificate, root included, valid at {@code at}. CHAIN: the target valid at
     * {@code at}, each issuer valid at the notBefore of the certificate it issued.
     */
    static void judgeValidity(Result r, Instant at, ValidationPolicy.ValidityModel model, Role leaf) {
        List<X509Certificate> certs = r.certificates;
        for (int i = 0; i < certs.size(); i++) {
            X509Certificate c = certs.get(i);
            if (i > 0 && c.equals(certs.get(i - 1))) {
                continue;
            }
            Instant when = i == 0 || model == ValidationPolicy.ValidityModel.SHELL ? at
                    : certs.get(i - 1).getNotBefore().toInstant();
            Instant from = c.getNotBefore().toInstant();
            Instant to = c.getNotAfter().toInstant();
            if (when.isBefore(from) || when.isAfter(to)) {
                Role role = r.role(i, leaf);
                boolean leafAtSigning = i == 0 || model == ValidationPolicy.ValidityModel.SHELL;
                String enWhen = leafAtSigning ? "at the signing time " + at
                        : "when it issued " + certs.get(i - 1).getSubjectX500Principal().getName() + " (" + when + ")";
                String viWhen = leafAtSigning ? "tại thời điểm ký " + at
                        : "khi cấp chứng thư " + certs.get(i - 1).getSubjectX500Principal().getName() + " (" + when + ")";
                String state = when.isBefore(from) ? "not yet valid" : "expired";
                String viState = when.isBefore(from) ? "chưa có hiệu lực" : "đã hết hiệu lực";
                r.reasons.add(Reason.of(Verdict.CERT_EXPIRED, "CERT_NOT_VALID_AT_SIGNING_TIME",
                        "the " + role.en + " certificate " + c.getSubjectX500Principal().getName() + " was " + state
                                + " " + enWhen + " (valid " + from + " to " + to + ", " + model.name().toLowerCase()
                                + " model)",
                        "chứng thư số của " + role.vi + " " + c.getSubjectX500Principal().getName() + " " + viState
                                + " " + viWhen + " (hiệu lực từ " + from + " đến " + to + ", mô hình "
                                + model.name().toLowerCase() + ")"));
            }
        }
    }

    /** Per certificate (equal encodings, weakly held: the certificates live in the verification cache). */
    private static final java.util.Map<X509Certificate, Boolean> PKIX_NEEDED = new java.util.WeakHashMap<>();
    /** Extensions only the JDK's validator checks: when none is in the path, its run adds nothing. */
    private static final List<String> PKIX_ONLY = List.of(Extension.nameConstraints.getId(),
            Extension.policyConstraints.getId(), Extension.inhibitAnyPolicy.getId(), Extension.policyMappings.getId());

    private static boolean needsPkix(List<X509Certificate> certs) {
        for (X509Certificate c : certs) {
            if (needsPkix(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one certificate has an extension only the PKIX algorithm judges, remembered per
     * certificate (a pure function of its encoding; the JDK encodes an extension on every query).
     */
    private static boolean needsPkix(X509Certificate c) {
        synchronized (PKIX_NEEDED) {
            Boolean known = PKIX_NEEDED.get(c);
            if (known != null) {
                return known;
            }
        }
        boolean needed = false;
        for (String oid : PKIX_ONLY) {
            if (c.getExtensionValue(oid) != null) {
                needed = true;
            }
        }
        Set<String> critical = c.getCriticalExtensionOIDs();
        if (critical != null && critical.contains(Extension.certificatePolicies.getId())) {
            needed = true;
        }
        synchronized (PKIX_NEEDED) {
            PKIX_NEEDED.put(c, needed);
        }
        return needed;
    }

    /**
     * Certificate signatures and keys the JDK's path validation refuses too (its default
     * jdk.certpath.disabledAlgorithms for this use): MD2/MD5 signatures, RSA/DSA keys under 1024 bits.
     */
    private static String weakAlgorithm(X509Certificate c, X509Certificate issuer) {
        String alg = c.getSigAlgName().toUpperCase(java.util.Locale.ROOT);
        if (alg.contains("MD5") || alg.contains("MD2")) {
            return "the certificate " + c.getSubjectX500Principal().getName() + " is signed with " + c.getSigAlgName();
        }
        if (issuer.getPublicKey() instanceof java.security.interfaces.RSAPublicKey k && k.getModulus().bitLength() < 1024
                || issuer.getPublicKey() instanceof java.security.interfaces.DSAPublicKey d
                && d.getParams() != null && d.getParams().getP().bitLength() < 1024) {
            return "the key of " + issuer.getSubjectX500Principal().getName() + " is under 1024 bits";
        }
        return null;
    }

    /** When all validities overlap, the JDK's full RFC 5280 validation of the same path at the nearest common instant. */
    private static void pkixCrossCheck(Result r, Instant at) {
        List<X509Certificate> certs = r.certificates;
        if (certs.size() < 2) {
            return;
        }
        Instant from = Instant.MIN;
        Instant to = Instant.MAX;
        for (X509Certificate c : certs.subList(0, certs.size() - 1)) {
            from = max(from, c.getNotBefore().toInstant());
            to = min(to, c.getNotAfter().toInstant());
        }
        if (from.isAfter(to)) {
            return;
        }
        Instant when = at.isBefore(from) ? from : at.isAfter(to) ? to : at;
        try {
            CertPath cp = CertificateFactory.getInstance("X.509").generateCertPath(certs.subList(0, certs.size() - 1));
            PKIXParameters params = new PKIXParameters(Set.of(new TrustAnchor(r.anchor, null)));
            params.setRevocationEnabled(false);
            params.setDate(java.util.Date.from(when));
            CertPathValidator.getInstance("PKIX").validate(cp, params);
        } catch (GeneralSecurityException e) {
            r.reasons.add(Reason.of(Verdict.UNTRUSTED, "PATH_VALIDATION_ERROR", "path validation failed: " + e.getMessage(),
                    "kiểm tra đường dẫn chứng thực thất bại: " + e.getMessage()));
        }
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    static byte[] subjectKeyId(X509Certificate c) {
        byte[] ext = c.getExtensionValue(Extension.subjectKeyIdentifier.getId());
        try {
            return ext == null ? null
                    : SubjectKeyIdentifier.getInstance(ASN1OctetString.getInstance(ext).getOctets()).getKeyIdentifier();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static byte[] authorityKeyId(X509Certificate c) {
        byte[] ext = c.getExtensionValue(Extension.authorityKeyIdentifier.getId());
        try {
            return ext == null ? null
                    : AuthorityKeyIdentifier.getInstance(ASN1OctetString.getInstance(ext).getOctets()).getKeyIdentifier();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
