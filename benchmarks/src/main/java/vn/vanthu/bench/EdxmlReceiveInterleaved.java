package vn.vanthu.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import vn.vanthu.edxml.AttachmentSink;
import vn.vanthu.edxml.AttachmentSource;
import vn.vanthu.edxml.EdxmlAttachmentInfo;
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
 * Upload vs receive of the same signed 1 MB PDF (as {@link EdxmlReceiveBenchmark}: file write +
 * verification against package read into a file + verification with the reader's checkpoints),
 * timed in turn in one JVM so that both see the same file-system and machine state: each round
 * times 60 of each; the best and median of the last six rounds are printed (ratio = upload time /
 * receive time = receive throughput / upload throughput). Not JMH: the file system of the
 * development machine drifts between JMH runs far more than the two operations differ.
 *
 * <p>{@code java -Drounds=40 -cp benchmarks/target/benchmarks.jar vn.vanthu.bench.EdxmlReceiveInterleaved}
 * ({@code -Ddir=...} for the directory of the two files)
 */
public final class EdxmlReceiveInterleaved {
    private static DigestCheckpoints cp;

    private EdxmlReceiveInterleaved() {
    }

    public static void main(String[] a) throws Exception {
        byte[] pdf = EdxmlReceiveBenchmark.signedPdf();
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        new EdxmlWriter().write(EdxmlSamples.header(), List.of(AttachmentSource.ofBytes(pdf, "04-QĐ-UBND.pdf", "application/pdf")), bo, null);
        byte[] pkg = bo.toByteArray();
        Path dir = Paths.get(System.getProperty("dir", System.getProperty("java.io.tmpdir")));
        Path up = Files.createTempFile(dir, "vanthu-upload", ".pdf");
        Path ex = Files.createTempFile(dir, "vanthu-edxml-receive", ".pdf");
        EdxmlReader reader = new EdxmlReader(new EdxmlSignatureVerifier(TrustStore.governmentDefault()));
        SignatureVerifier v = new SignatureVerifier(SigningFixtures.get().trustStore());
        byte[] buf = new byte[1 << 16];
        AttachmentSink sink = new AttachmentSink() {
            public OutputStream open(EdxmlAttachmentInfo info) throws IOException { return Files.newOutputStream(ex); }
            public void written(int i, EdxmlAttachmentInfo info, DigestCheckpoints d) { cp = d; }
            public void discardAll() { }
        };
        int rounds = Integer.getInteger("rounds", 40), per = 60;
        List<Double> ups = new ArrayList<>(), recs = new ArrayList<>(), upm = new ArrayList<>(), recm = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            double[] u = new double[per], c = new double[per];
            for (int i = 0; i < per; i++) {
                long t0 = System.nanoTime();
                try (InputStream in = new ByteArrayInputStream(pdf); OutputStream o = Files.newOutputStream(up)) { for (int n; (n = in.read(buf)) > 0; ) o.write(buf, 0, n); }
                if (v.verifyPdf(up).verdict() != Verdict.VALID) throw new IllegalStateException();
                long t1 = System.nanoTime();
                reader.read(new ByteArrayInputStream(pkg), sink);
                if (v.verifyPdf(ex, cp).verdict() != Verdict.VALID) throw new IllegalStateException();
                long t2 = System.nanoTime();
                u[i] = (t1 - t0) / 1e6; c[i] = (t2 - t1) / 1e6;
            }
            Arrays.sort(u); Arrays.sort(c);
            if (r >= rounds - 6) { ups.add(u[0]); recs.add(c[0]); upm.add(u[per / 2]); recm.add(c[per / 2]); }
        }
        Collections.sort(ups); Collections.sort(recs); Collections.sort(upm); Collections.sort(recm);
        double ub = (ups.get(2) + ups.get(3)) / 2, rb = (recs.get(2) + recs.get(3)) / 2;
        double um = (upm.get(2) + upm.get(3)) / 2, rm = (recm.get(2) + recm.get(3)) / 2;
        Files.deleteIfExists(up);
        Files.deleteIfExists(ex);
        System.out.printf("%s best: upload %.2f ms receive %.2f ms ratio %.2f | median: upload %.2f receive %.2f ratio %.2f%n",
                System.getProperty("java.version"), ub, rb, ub / rb, um, rm, um / rm);
    }
}
