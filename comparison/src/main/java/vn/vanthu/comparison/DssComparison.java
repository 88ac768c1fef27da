package vn.vanthu.comparison;

import static vn.vanthu.signature.SigningFixtures.cms;
import static vn.vanthu.signature.SigningFixtures.options;
import static vn.vanthu.signature.SigningFixtures.signPdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.FileDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonCertificateSource;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.vanthu.signature.SignatureVerifier;
import vn.vanthu.signature.SigningFixtures;
import vn.vanthu.signature.TrustStore;
import vn.vanthu.signature.Verdict;
import vn.vanthu.signature.VerificationResult;

/**
 * Runs Vanthu's {@link SignatureVerifier} and EU DSS (default validation policy, nothing fetched from
 * the network, the same trust anchors, intermediates and CRLs) on the cases of the pdfsig comparison
 * in docs/signatures.md and prints a Markdown table.
 *
 * <p>"Correct for a clerk": Vanthu is right when its verdict is the expected one. DSS is right on a
 * file that should be accepted when every signature it finds is TOTAL_PASSED, and on any other file
 * when it does not report a signature as TOTAL_PASSED (it fails, stays indeterminate, finds no
 * signature or cannot read the file): what matters at the desk is that a damaged, altered, weak or
 * untrusted document is not shown as good.
 */
public final class DssComparison {

    record Case(String name, Verdict expected, byte[] pdf, TrustStore trust) {
    }

    /** One tool's answer on one case; {@code details} are DSS's AdES errors, for --details. */
    private record Outcome(String text, boolean correct, List<String> details) {
        Outcome(String text, boolean correct) {
            this(text, correct, List.of());
        }
    }

    private DssComparison() {
    }

    /**
     * {@code --no-crl}: give neither tool the CRLs (DSS then has no revocation data at all);
     * {@code --details}: list DSS's AdES validation errors of each case under the table.
     */
    public static void main(String[] args) throws Exception {
        List<String> flags = List.of(args);
        Path dir = Files.createTempDirectory("vanthu-dss-");
        List<Case> cases = cases(!flags.contains("--no-crl"));
        cases.addAll(LtvComparisonCases.cases(!flags.contains("--no-crl")));
        StringBuilder details = new StringBuilder();
        StringBuilder out = new StringBuilder();
        out.append("| case | expected | Vanthu | DSS ").append(dssVersion()).append(" |\n|---|---|---|---|\n");
        int vanthuRight = 0;
        int dssRight = 0;
        int n = 0;
        for (Case c : cases) {
            Path f = Files.write(dir.resolve(String.format("%02d.pdf", ++n)), c.pdf());
            Outcome v = vanthu(c, f);
            Outcome d = dss(c, f);
            if (!d.details().isEmpty()) {
                details.append("- ").append(c.name()).append(": ").append(String.join(" ", d.details())).append('\n');
            }
            vanthuRight += v.correct() ? 1 : 0;
            dssRight += d.correct() ? 1 : 0;
            out.append("| ").append(c.name()).append(" | ").append(c.expected()).append(" | ").append(mark(v))
                    .append(" | ").append(mark(d)).append(" |\n");
            Files.delete(f);
        }
        Files.delete(dir);
        out.append("\nCorrect verdicts for a clerk: Vanthu ").append(vanthuRight).append('/').append(cases.size())
                .append(", DSS ").append(dssRight).append('/').append(cases.size()).append('\n');
        if (flags.contains("--details")) {
            out.append("\nDSS validation errors:\n\n").append(details);
        }
        System.out.print(out);
    }

    private static String mark(Outcome o) {
        return (o.correct() ? "✓ " : "✗ ") + o.text();
    }

    // ------------------------------------------------------------------ cases

    /** The cases of SignatureVerifierTest that the pdfsig table covers, built the same way. */
    private static List<Case> cases(boolean withCrls) throws Exception {
        SigningFixtures pki = SigningFixtures.get();
        byte[] plain = SigningFixtures.pdf(20_000, 1);
        byte[] signed = signPdf(plain, pki.signer, options());
        long[] br = SigningFixtures.lastByteRange(signed);
        String tail = br[2] + " " + br[3];
        // Both tools get the same offline revocation material: an empty CRL from each CA, issued now
        // (after the signatures). Without it DSS's default policy leaves every good signature
        // INDETERMINATE for want of revocation data, and Vanthu does not change its answer either way.
        X509CRL rootCrl = emptyCrl(pki.root);
        X509CRL issuingCrl = emptyCrl(pki.intermediate);
        List<X509CRL> crls = withCrls ? List.of(rootCrl, issuingCrl) : List.of();
        TrustStore trust = trustStore(crls, pki.root.cert());
        List<Case> c = new ArrayList<>();
        c.add(new Case("valid single signature", Verdict.VALID, signed, trust));
        c.add(new Case("valid double signature", Verdict.VALID, signPdf(signed, pki.secondSigner, options().cades()), trust));
        c.add(new Case("CAdES (ETSI.CAdES.detached)", Verdict.VALID, signPdf(plain, pki.signer, options().cades()), trust));

        byte[] tampered = signed.clone();
        int at = SigningFixtures.indexOf(tampered, "So: 12/QD-UBND", 0);
        tampered[at < 0 ? 200 : at] ^= 1;
        c.add(new Case("tampered byte", Verdict.INVALID, tampered, trust));
        c.add(new Case("incremental update after signing", Verdict.MODIFIED_AFTER_SIGNING,
                SigningFixtures.updateTitle(signed, "Sửa sau khi ký"), trust));
        byte[] trailing = Arrays.copyOf(signed, signed.length + 7);
        System.arraycopy("%extra\n".getBytes(StandardCharsets.US_ASCII), 0, trailing, signed.length, 7);
        c.add(new Case("trailing bytes", Verdict.MODIFIED_AFTER_SIGNING, trailing, trust));

        byte[] gapX = signed.clone();
        gapX[(int) br[2] - 5] = 'X';
        c.add(new Case("`X` injected in the /Contents gap", Verdict.MALFORMED, gapX, trust));
        c.add(new Case("/ByteRange not at 0", Verdict.MALFORMED,
                SigningFixtures.rewriteLastByteRange(signed, "1 " + (br[1] - 1) + " " + tail), trust));
        c.add(new Case("/ByteRange overlapping", Verdict.MALFORMED,
                SigningFixtures.rewriteLastByteRange(signed, "0 " + br[1] + " " + (br[1] - 10) + " " + (br[3] + 10)), trust));
        c.add(new Case("/ByteRange beyond EOF", Verdict.MALFORMED,
                SigningFixtures.rewriteLastByteRange(signed, "0 " + br[1] + " " + br[2] + " " + (br[3] + 10)), trust));
        c.add(new Case("/ByteRange negative", Verdict.MALFORMED,
                SigningFixtures.rewriteLastByteRange(signed, "0 -5 " + tail), trust));
        c.add(new Case("/ByteRange gap shifted by one byte", Verdict.MALFORMED,
                SigningFixtures.rewriteLastByteRange(signed, "0 " + (br[1] + 1) + " " + (br[2] - 1) + " " + (br[3] + 1)), trust));
        c.add(new Case("truncated signed file", Verdict.MALFORMED, Arrays.copyOf(signed, signed.length - 100), trust));

        c.add(new Case("SHA-1 digest", Verdict.WEAK_ALGORITHM, signPdf(plain, pki.signer, options().cms(cms().digest("SHA-1"))), trust));
        c.add(new Case("RSA-1024 key", Verdict.WEAK_ALGORITHM, signPdf(plain, pki.weakKeySigner, options()), trust));
        c.add(new Case("expired certificate", Verdict.CERT_EXPIRED, signPdf(plain, pki.expiredSigner, options()), trust));
        c.add(new Case("untrusted root", Verdict.UNTRUSTED, signPdf(plain, pki.untrustedSigner, options()), trust));
        byte[] noChain = signPdf(plain, pki.signer, options().cms(cms().withoutChain()));
        c.add(new Case("missing intermediate", Verdict.UNTRUSTED, noChain, trust));
        TrustStore withIntermediate = trustStore(crls, pki.root.cert(), pki.intermediate.cert());
        c.add(new Case("missing intermediate, configured in the trust store", Verdict.VALID, noChain, withIntermediate));

        byte[] garbage = signed.clone();
        byte[] junk = "DEADBEEF0102030405".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(junk, 0, garbage, (int) br[1] + 1, junk.length);
        c.add(new Case("garbage CMS", Verdict.MALFORMED, garbage, trust));
        c.add(new Case("empty file", Verdict.MALFORMED, new byte[0], trust));
        c.add(new Case("unsigned PDF", Verdict.UNSIGNED, plain, trust));
        ModificationCases.all().forEach(m -> c.add(new Case("modification: " + m.name(), m.expected(), m.pdf(), trust)));
        return c;
    }

    private static TrustStore trustStore(List<X509CRL> crls, X509Certificate... certs) {
        TrustStore.Builder b = TrustStore.builder();
        Arrays.stream(certs).forEach(b::addCertificate);
        crls.forEach(b::addCrl);
        return b.build();
    }

    // ------------------------------------------------------------------ the two tools

    private static Outcome vanthu(Case c, Path f) {
        VerificationResult r = new SignatureVerifier(c.trust()).verifyPdf(f);
        Verdict v = r.verdict();
        String text = v.name();
        if (r.mainReason() != null && v != Verdict.VALID) {
            text += " (" + r.mainReason().code() + ")";
        } else if (r.signatures().size() > 1) {
            text += " (" + r.signatures().size() + ")";
        }
        return new Outcome(text, v == c.expected());
    }

    private static Outcome dss(Case c, Path f) {
        List<String> verdicts = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        boolean anyPassed = false;
        boolean allPassed;
        try {
            SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new FileDocument(f.toFile()));
            validator.setCertificateVerifier(offlineVerifier(c.trust()));
            SimpleReport report = validator.validateDocument().getSimpleReport();
            allPassed = !report.getSignatureIdList().isEmpty();
            for (String id : report.getSignatureIdList()) {
                Indication i = report.getIndication(id);
                SubIndication s = report.getSubIndication(id);
                verdicts.add(i + (s == null ? "" : "/" + s));
                report.getAdESValidationErrors(id).forEach(m -> errors.add(m.getValue()));
                anyPassed |= i == Indication.TOTAL_PASSED;
                allPassed &= i == Indication.TOTAL_PASSED;
            }
        } catch (Exception | LinkageError e) {
            return new Outcome("exception: " + shortly(e), c.expected() != Verdict.VALID && c.expected() != Verdict.UNSIGNED);
        }
        if (verdicts.isEmpty()) {
            return new Outcome("no signature", c.expected() != Verdict.VALID);
        }
        String text = verdicts.stream().distinct().count() == 1 && verdicts.size() > 1
                ? verdicts.get(0) + " (" + verdicts.size() + ")"
                : String.join(", ", verdicts);
        boolean correct = switch (c.expected()) {
            case VALID -> allPassed;
            case UNSIGNED -> false;
            default -> !anyPassed;
        };
        return new Outcome(text, correct, errors.stream().distinct().toList());
    }

    /** The Vanthu trust store as DSS sources; no AIA, OCSP or CRL fetching: nothing leaves the machine. */
    private static CommonCertificateVerifier offlineVerifier(TrustStore trust) {
        CommonCertificateVerifier cv = new CommonCertificateVerifier();
        CommonTrustedCertificateSource anchors = new CommonTrustedCertificateSource();
        for (X509Certificate a : trust.anchors()) {
            anchors.addCertificate(new CertificateToken(a));
        }
        cv.setTrustedCertSources(anchors);
        if (!trust.intermediates().isEmpty()) {
            CommonCertificateSource adjunct = new CommonCertificateSource();
            for (X509Certificate i : trust.intermediates()) {
                adjunct.addCertificate(new CertificateToken(i));
            }
            cv.setAdjunctCertSources(adjunct);
        }
        cv.setAIASource(null);
        cv.setOcspSource(null);
        cv.setCrlSource(trust.crls().isEmpty() ? null : new ExternalResourcesCRLSource(
                trust.crls().stream().map(DssComparison::document).toArray(DSSDocument[]::new)));
        return cv;
    }

    private static DSSDocument document(X509CRL crl) {
        try {
            return new InMemoryDocument(crl.getEncoded());
        } catch (CRLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CRL by {@code issuer} that revokes nothing, valid from now for 30 days. */
    private static X509CRL emptyCrl(SigningFixtures.Identity issuer) throws Exception {
        Date now = new Date();
        X509v2CRLBuilder b = new X509v2CRLBuilder(new JcaX509CertificateHolder(issuer.cert()).getSubject(), now);
        b.setNextUpdate(new Date(now.getTime() + Duration.ofDays(30).toMillis()));
        return new JcaX509CRLConverter().getCRL(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuer.key())));
    }

    private static String shortly(Throwable e) {
        String m = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
        String s = e.getClass().getSimpleName() + m;
        return (s.length() > 90 ? s.substring(0, 87) + "..." : s).replace("|", "\\|");
    }

    /** From the Maven metadata the shaded JAR keeps. */
    private static String dssVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = SignedDocumentValidator.class.getResourceAsStream(
                "/META-INF/maven/eu.europa.ec.joinup.sd-dss/dss-validation/pom.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return p.getProperty("version", "");
    }
}
