package vn.vanthu.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
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
import vn.vanthu.signature.TrustStore;

/**
 * A 200 MB attachment streamed through the edXML writer (file → package file) and reader
 * (package file → attachment file) in a JVM limited to a 64 MB heap: if either held the package
 * or the attachment in memory it would fail with OutOfMemoryError. {@code -prof gc} gives the
 * allocation per operation; the tear-down prints the peak heap of the fork.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar EdxmlStream -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx64m", "-Xms64m"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class EdxmlStreamBenchmark {

    @Param({"200"})
    public int megabytes;

    private Path dir;
    private Path attachment;
    private Path pkg;
    private Path unpacked;
    private EdxmlReader reader;
    private final EdxmlWriter writer = new EdxmlWriter();

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("vanthu-edxml-bench");
        attachment = dir.resolve("lon.pdf");
        Random r = new Random(20231);
        byte[] block = new byte[1 << 20];
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(attachment))) {
            for (int i = 0; i < megabytes; i++) {
                r.nextBytes(block);
                o.write(block);
            }
        }
        pkg = dir.resolve("goi.edxml");
        unpacked = dir.resolve("ra.pdf");
        reader = new EdxmlReader(new EdxmlSignatureVerifier(TrustStore.governmentDefault()));
        write();
        EdxmlPackage p = read();
        if (p.mainAttachment().actualSize() != (long) megabytes << 20 || Files.size(unpacked) != (long) megabytes << 20) {
            throw new IllegalStateException("round trip lost bytes");
        }
    }

    @Benchmark
    public long write() throws Exception {
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(pkg), 1 << 16)) {
            writer.write(EdxmlSamples.header(), List.of(AttachmentSource.ofFile(attachment, "application/pdf")), o, null);
        }
        return Files.size(pkg);
    }

    @Benchmark
    public EdxmlPackage read() throws Exception {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(pkg), 1 << 16)) {
            return reader.read(in, new AttachmentSink() {
                @Override
                public OutputStream open(EdxmlAttachmentInfo info) throws IOException {
                    return new BufferedOutputStream(Files.newOutputStream(unpacked), 1 << 16);
                }

                @Override
                public void discardAll() {
                    // a valid package: nothing to discard
                }
            });
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%n[edxml] max heap %d MB, peak heap used (sum of pool peaks) %.1f MB, package %d MB%n",
                Runtime.getRuntime().maxMemory() >> 20, peak / 1048576.0, Files.size(pkg) >> 20);
        for (Path p : new Path[] {attachment, pkg, unpacked}) {
            Files.deleteIfExists(p);
        }
        Files.deleteIfExists(dir);
    }
}
