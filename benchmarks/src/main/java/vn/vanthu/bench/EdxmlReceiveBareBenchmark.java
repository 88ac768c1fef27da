package vn.vanthu.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

import vn.vanthu.edxml.AttachmentSink;
import vn.vanthu.edxml.AttachmentSource;
import vn.vanthu.edxml.EdxmlAttachmentInfo;
import vn.vanthu.edxml.EdxmlPackage;
import vn.vanthu.edxml.EdxmlReader;
import vn.vanthu.edxml.EdxmlSamples;
import vn.vanthu.edxml.EdxmlSignatureVerifier;
import vn.vanthu.edxml.EdxmlWriter;
import vn.vanthu.signature.SigningFixtures;
import vn.vanthu.signature.TrustStore;

/**
 * The bare comparison (secondary; the faithful one is {@link EdxmlReceiveBenchmark}): reading a
 * 1 MB PDF out of an edXML package against a bare copy of the same PDF with its SHA-256. Copy =
 * the PDF bytes to the sink computing their SHA-256 (a floor, not what an upload does: no
 * signature verification). Receive = parse the package, decode the base64, compute and check the
 * SHA-256 and size against the manifest, validate the header, write the PDF to the same sink.
 * Sink {@code memory}: a discarding stream (CPU only); {@code file}: a temporary file.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar EdxmlReceiveBare -f 1 -wi 3 -i 5 -w 2s -r 2s -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class EdxmlReceiveBareBenchmark {

    @Param({"memory", "file"})
    public String sink;

    private byte[] pdf;
    private byte[] pkg;
    private Path target;
    private EdxmlReader reader;
    private final byte[] buf = new byte[1 << 16];

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        pdf = EdxmlReceiveBenchmark.signedPdf();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdxmlWriter().write(EdxmlSamples.header(), List.of(AttachmentSource.ofBytes(pdf, "04-QĐ-UBND.pdf", "application/pdf")), out, null);
        pkg = out.toByteArray();
        target = Files.createTempFile("vanthu-edxml-receive", ".pdf");
        reader = new EdxmlReader(new EdxmlSignatureVerifier(TrustStore.governmentDefault()));
    }

    private OutputStream sink() throws IOException {
        return "file".equals(sink) ? Files.newOutputStream(target) : OutputStream.nullOutputStream();
    }

    @Benchmark
    public byte[] copyWithSha256() throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new ByteArrayInputStream(pdf); OutputStream o = new DigestOutputStream(sink(), md)) {
            for (int r; (r = in.read(buf)) > 0; ) {
                o.write(buf, 0, r);
            }
        }
        return md.digest();
    }

    @Benchmark
    public EdxmlPackage receiveBare() throws Exception {
        return reader.read(new ByteArrayInputStream(pkg), new AttachmentSink() {
            @Override
            public OutputStream open(EdxmlAttachmentInfo info) throws IOException {
                return sink();
            }

            @Override
            public void discardAll() {
                // valid package
            }
        });
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(target);
    }
}
