package vn.vanthu.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import vn.vanthu.edxml.AttachmentSink;
import vn.vanthu.edxml.AttachmentSource;
import vn.vanthu.edxml.EdxmlAttachmentInfo;
import vn.vanthu.edxml.EdxmlPackage;
import vn.vanthu.edxml.EdxmlReader;
import vn.vanthu.edxml.EdxmlSamples;
import vn.vanthu.edxml.EdxmlSignatureVerifier;
import vn.vanthu.edxml.EdxmlWriter;
import vn.vanthu.signature.DigestCheckpoints;
import vn.vanthu.signature.SignatureVerifier;
import vn.vanthu.signature.SigningFixtures;
import vn.vanthu.signature.TrustStore;
import vn.vanthu.signature.Verdict;

/**
 * Receiving a signed 1 MB PDF as an edXML package against a clerk uploading the same signed PDF,
 * each doing what Vanthu and the repository do with it (issue 12's goal: receive at least
 * 0.9 × upload).
 *
 * <ul>
 *   <li>{@link #upload}: the PDF bytes streamed into a file, as the file content store writes an
 *       upload, then Vanthu's {@link SignatureVerifier} on that file (run on every incoming
 *       document).</li>
 *   <li>{@link #receive}: the package read by {@link EdxmlReader} (guard, parse, base64 decode,
 *       size and SHA-256 checked against the manifest, header validated) with the PDF written to
 *       a file the same way, then the same signature verification of the extracted PDF, given
 *       the reader's SHA-256 checkpoints as the repository gives them
 *       ({@code SignatureVerifier.verifyPdf(file, checkpoints)}: one hash for both checks).</li>
 *   <li>{@link #receiveStoringPackage}: as {@code receive}, but the package itself is first
 *       written to a file and read back from it, as when it is dropped into the edXML inbox and
 *       kept for proof.</li>
 * </ul>
 * Both sides overwrite one temporary file per benchmark (no content-store bookkeeping on
 * either side). The secondary bare comparison is {@link EdxmlReceiveBareBenchmark}.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar EdxmlReceive -f 1 -wi 3 -i 5 -w 2s -r 2s -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EdxmlReceiveBenchmark {

    private byte[] pdf;
    private byte[] pkg;
    private Path uploaded;
    private Path extracted;
    private Path storedPackage;
    private EdxmlReader reader;
    private SignatureVerifier verifier;
    private final byte[] buf = new byte[1 << 16];
    /** The checkpoints the reader handed over for the attachment of the last package read. */
    private DigestCheckpoints checkpoints;

    /** The 1 MB PDF signed the way SignatureVerifyBenchmark signs its inputs. */
    static byte[] signedPdf() throws Exception {
        SigningFixtures pki = SigningFixtures.get();
        return SigningFixtures.signPdf(SigningFixtures.pdf(1 << 20, 42), pki.signer, SigningFixtures.options());
    }

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        pdf = signedPdf();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdxmlWriter().write(EdxmlSamples.header(), List.of(AttachmentSource.ofBytes(pdf, "04-QĐ-UBND.pdf", "application/pdf")), out, null);
        pkg = out.toByteArray();
        uploaded = Files.createTempFile("vanthu-upload", ".pdf");
        extracted = Files.createTempFile("vanthu-edxml-receive", ".pdf");
        storedPackage = Files.createTempFile("vanthu-edxml-package", ".edxml");
        reader = new EdxmlReader(new EdxmlSignatureVerifier(TrustStore.governmentDefault()));
        verifier = new SignatureVerifier(SigningFixtures.get().trustStore());
        if (upload() != Verdict.VALID || receive() != Verdict.VALID || receiveStoringPackage() != Verdict.VALID
                || !java.util.Arrays.equals(pdf, Files.readAllBytes(extracted))
                || checkpoints == null || checkpoints.length() != pdf.length) {
            throw new IllegalStateException("the benchmark inputs do not verify");
        }
    }

    private void store(InputStream in, Path file) throws IOException {
        try (in; OutputStream o = Files.newOutputStream(file)) {
            for (int r; (r = in.read(buf)) > 0; ) {
                o.write(buf, 0, r);
            }
        }
    }

    @Benchmark
    public Verdict upload() throws Exception {
        store(new ByteArrayInputStream(pdf), uploaded);
        return verifier.verifyPdf(uploaded).verdict();
    }

    private EdxmlPackage read(InputStream in) throws Exception {
        checkpoints = null;
        return reader.read(in, new AttachmentSink() {
            @Override
            public OutputStream open(EdxmlAttachmentInfo info) throws IOException {
                return Files.newOutputStream(extracted);
            }

            @Override
            public void written(int index, EdxmlAttachmentInfo info, DigestCheckpoints digest) {
                checkpoints = digest;
            }

            @Override
            public void discardAll() {
                try {
                    Files.deleteIfExists(extracted);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
    }

    @Benchmark
    public Verdict receive() throws Exception {
        read(new ByteArrayInputStream(pkg));
        return verifier.verifyPdf(extracted, checkpoints).verdict();
    }

    @Benchmark
    public Verdict receiveStoringPackage() throws Exception {
        store(new ByteArrayInputStream(pkg), storedPackage);
        try (InputStream in = Files.newInputStream(storedPackage)) {
            read(in);
        }
        return verifier.verifyPdf(extracted, checkpoints).verdict();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(uploaded);
        Files.deleteIfExists(extracted);
        Files.deleteIfExists(storedPackage);
    }
}
