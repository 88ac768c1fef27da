package vn.vanthu.bench;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import vn.vanthu.signature.ModificationFixtures;
import vn.vanthu.signature.SignatureVerifier;
import vn.vanthu.signature.SigningFixtures;
import vn.vanthu.signature.Verdict;

/**
 * Signature verification of generated signed PDFs against a bare SHA-256 pass over the same file
 * and against the PDFBox pattern (load, copy the signed content, let BC verify).
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar SignatureVerify -f 1 -wi 2 -i 3 -w 5s -r 5s -prof gc}
 * ({@code -p layout=3sig+dss} for the files with later updates only)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class SignatureVerifyBenchmark {

    @Param({"100KB", "1MB", "10MB", "50MB"})
    public String size;

    /**
     * "1sig": one signature covering the whole file; "3sig+dss": two approval signatures, an
     * Enable-LTV /DSS update and a third signature, so the modification analysis of the first two
     * runs (issue 11).
     */
    @Param({"1sig", "3sig+dss"})
    public String layout;

    private Path file;
    private SignatureVerifier verifier;
    private SigningFixtures pki;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        int bytes = switch (size) {
            case "100KB" -> 100 * 1024;
            case "1MB" -> 1024 * 1024;
            case "10MB" -> 10 * 1024 * 1024;
            case "50MB" -> 50 * 1024 * 1024;
            default -> throw new IllegalArgumentException(size);
        };
        pki = SigningFixtures.get();
        byte[] pdf = SigningFixtures.signPdf(SigningFixtures.pdf(bytes, bytes), pki.signer, SigningFixtures.options());
        if (layout.equals("3sig+dss")) {
            pdf = SigningFixtures.signPdf(pdf, pki.secondSigner, SigningFixtures.options());
            pdf = ModificationFixtures.addDss(pdf);
            pdf = SigningFixtures.signPdf(pdf, pki.signer, SigningFixtures.options());
        }
        file = Files.createTempFile("vanthu-bench-" + size, ".pdf");
        Files.write(file, pdf);
        verifier = new SignatureVerifier(pki.trustStore());
        Verdict v = verifier.verifyPdf(file).verdict();
        if (v != Verdict.VALID || !pdfbox().equals(Boolean.TRUE)) {
            throw new IllegalStateException("Benchmark input does not verify: " + v);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * Vanthu: locate, digest once, verify CMS, build the PKIX path. The same verifier every time, so
     * the certificate-path and signature-check caches are warm (as for files from the same CAs).
     */
    @Benchmark
    public Verdict vanthuVerify() {
        return verifier.verifyPdf(file).verdict();
    }

    /**
     * The same verification with every cache cold: a new trust store (no kept path building) and
     * the shared signature-check cache cleared, as for a file whose certificates were never seen.
     */
    @Benchmark
    public Verdict vanthuVerifyCold() {
        SignatureVerifier.clearSharedCaches();
        return new SignatureVerifier(pki.trustStore()).verifyPdf(file).verdict();
    }

    /** The floor: one JDK SHA-256 pass over the file with the same chunk size. */
    @Benchmark
    public byte[] sha256Only() throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256", "SUN");
        ByteBuffer buf = ByteBuffer.allocate(128 * 1024);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            while (ch.read(buf) >= 0) {
                buf.flip();
                md.update(buf);
                buf.clear();
            }
        }
        return md.digest();
    }

    /**
     * The other floor: SHA-256 over the file mapped into memory, the way the verifier reads files
     * from 2 MiB on (no copy from the page cache into a buffer of ours).
     */
    @Benchmark
    public byte[] sha256Mapped() throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256", "SUN");
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            md.update(ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size()));
        }
        return md.digest();
    }

    /** The usual PDFBox peer: load, copy the signed content, let BC verify the SignerInfo (no chain). */
    @Benchmark
    public Object pdfboxVerify() throws Exception {
        return pdfbox();
    }

    private Object pdfbox() throws Exception {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            boolean all = true;
            for (PDSignature sig : doc.getSignatureDictionaries()) {
                byte[] signedContent;
                try (InputStream in = new FileInputStream(file.toFile())) {
                    signedContent = sig.getSignedContent(in);
                }
                CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), sig.getContents());
                SignerInformation si = cms.getSignerInfos().getSigners().iterator().next();
                @SuppressWarnings("unchecked")
                X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates().getMatches(si.getSID())
                        .iterator().next();
                X509Certificate cert = new JcaX509CertificateConverter().getCertificate(holder);
                all &= si.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
            }
            return all;
        }
    }
}
