package vn.vanthu.signature;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.vanthu.signature.pdf.PdfParseException;
import vn.vanthu.signature.pdf.PdfRevisions;
import vn.vanthu.signature.pdf.PdfSource;

/**
 * Verifies the signatures of a PDF (embedded CMS, {@code adbe.pkcs7.detached},
 * {@code ETSI.CAdES.detached}, {@code adbe.pkcs7.sha1}, and {@code ETSI.RFC3161} document timestamps)
 * or a detached CMS signature over a file,
 * and gives one {@link Verdict} per file. Thread-safe: it holds only the immutable trust store.
 * Reading failures and unexpected errors become MALFORMED results, never exceptions.
 */
public final class SignatureVerifier {

    static final String DETACHED = "adbe.pkcs7.detached";
    static final String CADES = "ETSI.CAdES.detached";
    static final String SHA1 = "adbe.pkcs7.sha1";
    static final String DOC_TIMESTAMP = "ETSI.RFC3161";
    private static final int WINDOW = 16 * 1024;
    /**
     * Files up to this size are read into memory once, for the scan, the dictionaries and the
     * revisions alike (less than the two read buffers of the chunked scan would take).
     */
    static final int WHOLE_MAX = 256 * 1024;
    private static final int MAX_SIGNATURE_FILE = 16 * 1024 * 1024;
    private static final Pattern PEM = Pattern.compile("-----BEGIN [A-Z0-9 ]+-----([A-Za-z0-9+/=\\s]+?)-----END ");

    private final TrustStore trust;
    private final Clock clock;
    private final LongTermValidation ltv;
    /** Files up to this size are read whole ({@link #WHOLE_MAX}; 0 in tests of the chunked scan). */
    private int wholeMax = WHOLE_MAX;

    public SignatureVerifier(TrustStore trust) {
        this(trust, Clock.systemUTC());
    }

    public SignatureVerifier(TrustStore trust, Clock clock) {
        this(trust, ValidationPolicy.defaults(), clock);
    }

    /** With a long-term validation policy: validity model, OCSP/CRL freshness, timestamp authorities. */
    public SignatureVerifier(TrustStore trust, ValidationPolicy policy, Clock clock) {
        this.trust = trust;
        this.clock = clock;
        this.ltv = new LongTermValidation(trust, policy, clock);
    }

    /**
     * Forgets the cached certificate, CRL and OCSP signature checks and parsed certificates shared
     * by all verifiers (never needed for correctness: they are pure functions of DER bytes; for
     * benchmarks that measure a verification of certificates never seen before).
     */
    public static void clearSharedCaches() {
        VerificationCache.shared().clear();
    }

    /** This verifier reading every file in chunks, as files over {@link #WHOLE_MAX} are (tests compare both). */
    SignatureVerifier chunkedOnly() {
        SignatureVerifier v = new SignatureVerifier(trust, ltv.policy(), clock);
        v.wholeMax = 0;
        return v;
    }

    public ValidationPolicy policy() {
        return ltv.policy();
    }

    public TrustStore trustStore() {
        return trust;
    }

    public VerificationResult verifyPdf(Path file) {
        return verifyPdf(file, null);
    }

    /**
     * Verifies a PDF whose bytes were hashed while it was written ({@link DigestCheckpoints}, null
     * for none): the same verdict as {@link #verifyPdf(Path)}, without hashing the file again. The
     * checkpoints must be of exactly this file's bytes; of another length they are ignored.
     */
    public VerificationResult verifyPdf(Path file, DigestCheckpoints written) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return verifyPdf(ch, written);
        } catch (IOException e) {
            return failure(e);
        }
    }

    /** Verifies a PDF read from a channel (the channel is positioned freely, not closed). */
    public VerificationResult verifyPdf(SeekableByteChannel channel) {
        return verifyPdf(channel, null);
    }

    /** {@link #verifyPdf(Path, DigestCheckpoints)} on a channel (positioned freely, not closed). */
    public VerificationResult verifyPdf(SeekableByteChannel channel, DigestCheckpoints written) {
        try {
            return doVerifyPdf(channel, written);
        } catch (IOException | RuntimeException e) {
            return failure(e);
        }
    }

    /** Verifies a detached CMS signature (DER or PEM bytes) over the file's whole content. */
    public VerificationResult verifyDetached(Path file, byte[] signature) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return verifyDetached(ch, signature);
        } catch (IOException e) {
            return failure(e);
        }
    }

    public VerificationResult verifyDetached(SeekableByteChannel content, byte[] signature) {
        try {
            return doVerifyDetached(content, signature);
        } catch (IOException | RuntimeException e) {
            return failure(e);
        }
    }

    /** Reads a .p7s file, refusing absurd sizes. */
    public static byte[] readSignatureFile(Path p7s) throws IOException {
        if (Files.size(p7s) > MAX_SIGNATURE_FILE) {
            throw new IOException("Signature file larger than " + MAX_SIGNATURE_FILE + " bytes: " + p7s);
        }
        return Files.readAllBytes(p7s);
    }

    /** MALFORMED with the cause: what callers record when reading or verifying failed. */
    public static VerificationResult failure(Throwable e) {
        return VerificationResult.malformed(Reasons.malformed("UNREADABLE",
                "the file could not be read or verified: " + e, "không đọc hoặc kiểm tra được tệp: " + e));
    }

    /** UNSIGNED for a file that is not a PDF and has no detached signature beside it. */
    public static VerificationResult noSignatureFormat() {
        return new VerificationResult(List.of(), List.of(Reason.info("NO_SIGNATURE_FORMAT",
                "not a PDF and no detached .p7s signature beside it",
                "không phải tệp PDF và không có chữ ký rời .p7s đi kèm")));
    }

    private VerificationResult doVerifyPdf(SeekableByteChannel ch, DigestCheckpoints written) throws IOException {
        long size = ch.size();
        if (size == 0) {
            return VerificationResult.malformed(Reasons.malformed("EMPTY", "the file is empty", "tệp rỗng"));
        }
        byte[] whole = size <= wholeMax ? region(ch, 0, (int) size) : null;
        if (whole != null && whole.length != size) {
            throw new IOException("The file ended before its announced size");
        }
        ByteWindow window = whole != null ? new ByteWindow(whole) : new ByteWindow(ch, size, WINDOW);
        if (!contains(head(ch, whole, 0, (int) Math.min(size, 1024)), "%PDF-")) {
            return VerificationResult.malformed(Reasons.malformed("NOT_PDF", "the file is not a PDF (no %PDF- header)",
                    "tệp không phải PDF (không có phần đầu %PDF-)"));
        }
        PdfScan scan = new PdfScan(ch, size, window, this::algorithmFor).withKnownDigest(written).inMemory(whole);
        scan.run();
        List<Reason> fileReasons = new ArrayList<>();
        if (!contains(head(ch, whole, Math.max(0, size - 1024), (int) Math.min(size, 1024)), "%%EOF")) {
            fileReasons.add(Reasons.malformed("NO_EOF_MARKER", "the file has no %%EOF marker at its end: it is truncated",
                    "tệp không có dấu %%EOF ở cuối: tệp bị cắt cụt"));
        }
        if (scan.tooManySignatures()) {
            fileReasons.add(Reasons.malformed("TOO_MANY_SIGNATURES",
                    "more than " + PdfScan.MAX_SIGNATURES + " signature dictionaries",
                    "nhiều hơn " + PdfScan.MAX_SIGNATURES + " từ điển chữ ký"));
        }
        // One reader of the revisions for the /DSS and the modification analysis, read only when some
        // signature is followed by an update (the common one-revision-after-signing file reads nothing).
        SharedRevisions shared = new SharedRevisions(whole != null ? PdfSource.of(whole) : PdfSource.of(ch, size));
        DssReader.Dss dss = null;
        if (DssReader.updatedAfterSigning(size, scan.entries())) {
            PdfRevisions revs = shared.orNull();
            dss = revs == null ? null : DssReader.read(revs);
        }
        ValidationData fileData = dss == null ? null : dss.data;
        List<SignatureReport> reports = new ArrayList<>();
        SignatureReport last = null;
        long lastEnd = -1;
        for (PdfScan.Entry e : scan.entries()) {
            SignatureReport rep = new SignatureReport(reports.size() + 1, "PDF");
            reports.add(rep);
            SignatureDictionary d = e.dictionary;
            if (d != null) {
                rep.subFilter = d.subFilter;
                rep.pdfName = d.name;
                rep.pdfReason = d.reason;
                rep.pdfLocation = d.location;
                rep.pdfContactInfo = d.contactInfo;
                rep.byteRange = d.byteRange() == null ? null : d.byteRange().clone();
            }
            if (rep.byteRange != null) {
                long end = rep.byteRange[2] + rep.byteRange[3];
                rep.coversWholeFile = end == size;
                if (end > lastEnd) {
                    lastEnd = end;
                    last = rep;
                }
            }
            if (e.problem != null) {
                rep.add(e.problem);
                continue;
            }
            verifyEntry(e, rep, fileData);
            LongTermValidation.noteDss(rep, dss, d.contents);
        }
        if (last != null) {
            ModificationAnalysis.run(shared::get, size, analysisTargets(scan, reports));
        }
        LongTermValidation.assignLevels(reports);
        return new VerificationResult(reports, fileReasons);
    }

    /**
     * The file's revisions, read at most once ({@link PdfRevisions#withoutLargeHexStrings}: neither the
     * /DSS nor the analysis needs the signature values). A failure is kept and given again to each
     * user: the /DSS is then taken as absent, the analysis reports the structure as unreadable.
     */
    private static final class SharedRevisions {
        private final PdfSource source;
        private PdfRevisions revs;
        private PdfParseException parseFailure;
        private RuntimeException failure;

        SharedRevisions(PdfSource source) {
            this.source = source;
        }

        PdfRevisions get() throws PdfParseException {
            if (revs == null && parseFailure == null && failure == null) {
                try {
                    revs = PdfRevisions.read(source).withoutLargeHexStrings(4096);
                } catch (PdfParseException e) {
                    parseFailure = e;
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
            if (parseFailure != null) {
                throw parseFailure;
            }
            if (failure != null) {
                throw failure;
            }
            return revs;
        }

        PdfRevisions orNull() {
            try {
                return get();
            } catch (PdfParseException | RuntimeException e) {
                return null;
            }
        }
    }

    /** The signatures with a sound byte range, for the analysis of the updates after each ({@link ModificationAnalysis}). */
    private static List<ModificationAnalysis.Target> analysisTargets(PdfScan scan, List<SignatureReport> reports) {
        List<ModificationAnalysis.Target> targets = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            SignatureReport rep = reports.get(i);
            if (rep.byteRange != null) {
                targets.add(new ModificationAnalysis.Target(rep, scan.entries().get(i).tokenOffset,
                        rep.byteRange[2] + rep.byteRange[3]));
            }
        }
        return targets;
    }

    /** Parses the CMS once the dictionary is sound and says which digest its byte ranges need. */
    private String algorithmFor(PdfScan.Entry e) {
        CmsSignature cms;
        try {
            cms = CmsSignature.parse(e.dictionary.contents);
        } catch (CmsSignature.Invalid invalid) {
            e.problem = invalid.reason;
            return null;
        }
        e.parsed = cms;
        String sf = e.dictionary.subFilter;
        if (SHA1.equals(sf)) {
            return "SHA-1";
        }
        if (DOC_TIMESTAMP.equals(sf)) {
            String imprint = cms.timestampImprintAlgorithm();
            if (imprint == null) {
                e.problem = Reasons.malformed("NOT_TIMESTAMP", "the document timestamp is not an RFC 3161 token",
                        "dấu thời gian của tài liệu không phải token RFC 3161");
            }
            return imprint;
        }
        if (!DETACHED.equals(sf) && !CADES.equals(sf)) {
            e.problem = Reasons.invalid("UNSUPPORTED_SUBFILTER", "unsupported signature sub-filter " + sf,
                    "định dạng chữ ký (sub-filter) không được hỗ trợ: " + sf);
            return null;
        }
        if (cms.digestName == null) {
            e.problem = unsupportedDigest(cms);
            return null;
        }
        return cms.digestName;
    }

    private static Reason unsupportedDigest(CmsSignature cms) {
        return Reasons.invalid("UNSUPPORTED_DIGEST", "unsupported digest algorithm " + cms.digestOid,
                "thuật toán băm không được hỗ trợ: " + cms.digestOid);
    }

    private void verifyEntry(PdfScan.Entry e, SignatureReport rep, ValidationData fileData) {
        CmsSignature cms = (CmsSignature) e.parsed;
        CmsSignature.Outcome out;
        if (SHA1.equals(e.dictionary.subFilter)) {
            byte[] content = cms.encapsulatedContent();
            if (content == null || !MessageDigest.isEqual(content, e.digest)) {
                rep.add(Reasons.invalid("DIGEST_MISMATCH",
                        "the signed content was changed: its digest differs from the one the signer signed",
                        "nội dung được ký đã bị thay đổi: giá trị băm khác với giá trị người ký đã ký"));
            }
            rep.add(Reason.of(Verdict.WEAK_ALGORITHM, "WEAK_SUBFILTER", "sub-filter adbe.pkcs7.sha1 relies on SHA-1",
                    "định dạng adbe.pkcs7.sha1 dựa trên SHA-1, thuật toán yếu"));
            out = cms.verify(null, trust.intermediates(), rep);
            rep.digestAlgorithm = "SHA-1";
        } else if (DOC_TIMESTAMP.equals(e.dictionary.subFilter)) {
            out = cms.verifyDocumentTimestamp(e.digest, trust.intermediates(), rep);
            rep.digestAlgorithm = e.algorithm;
        } else {
            out = cms.verify(e.digest, trust.intermediates(), rep);
            rep.digestAlgorithm = cms.digestName;
        }
        finish(cms, out, PdfDate.parse(e.dictionary.signingTimeRaw), rep, fileData);
    }

    private VerificationResult doVerifyDetached(SeekableByteChannel ch, byte[] signature) throws IOException {
        SignatureReport rep = new SignatureReport(1, "DETACHED");
        rep.coversWholeFile = true;
        CmsSignature cms;
        try {
            cms = CmsSignature.parse(decodeSignature(signature));
        } catch (CmsSignature.Invalid invalid) {
            rep.add(invalid.reason);
            return new VerificationResult(List.of(rep), List.of());
        }
        if (cms.digestName == null) {
            rep.add(unsupportedDigest(cms));
            return new VerificationResult(List.of(rep), List.of());
        }
        MessageDigest md = Digests.newDigest(cms.digestName);
        ByteBuffer buf = ByteBuffer.allocate(PdfScan.CHUNK);
        ch.position(0);
        while (ch.read(buf) >= 0) {
            buf.flip();
            md.update(buf);
            buf.clear();
        }
        rep.digestAlgorithm = cms.digestName;
        finish(cms, cms.verify(md.digest(), trust.intermediates(), rep), null, rep, null);
        LongTermValidation.assignLevels(List.of(rep));
        return new VerificationResult(List.of(rep), List.of());
    }

    /** PEM (any BEGIN label) or DER. */
    static byte[] decodeSignature(byte[] raw) {
        String head = new String(raw, 0, Math.min(raw.length, 64), StandardCharsets.ISO_8859_1);
        if (head.contains("-----BEGIN")) {
            Matcher m = PEM.matcher(new String(raw, StandardCharsets.ISO_8859_1));
            if (m.find()) {
                try {
                    return Base64.getMimeDecoder().decode(m.group(1));
                } catch (IllegalArgumentException e) {
                    return new byte[0];
                }
            }
        }
        return raw;
    }

    /** Signing time, trust, key usage and algorithm strength, once the cryptography is known. */
    private void finish(CmsSignature cms, CmsSignature.Outcome out, Instant pdfM, SignatureReport rep,
                        ValidationData fileData) {
        rep.signatureAlgorithm = out.signatureAlgorithm;
        if (rep.digestAlgorithm == null) {
            rep.digestAlgorithm = cms.digestOid.getId();
        }
        X509Certificate signer = out.signer;
        if (signer == null) {
            return;
        }
        rep.ltv = new LtvReport();
        String[] tsaProblem = out.timestamp == null ? null : ltv.timestampProblem(out.timestamp);
        if (tsaProblem != null) {
            rep.ltv.timestampProblem = tsaProblem[0];
            rep.add(Reason.info("TIMESTAMP_UNTRUSTED",
                    "the timestamp authority is not trusted (" + tsaProblem[0] + "): the signer's claimed time is used",
                    "đơn vị cấp dấu thời gian không được tin cậy (" + tsaProblem[1]
                            + "): dùng thời gian ký do người ký khai"));
            out.timestamp = null;
            out.signingTime = null;
        }
        rep.ltv.trustedSignatureTimestamp = out.timestamp != null;
        if (out.signingTime != null) {
            rep.signingTime = out.signingTime;
            rep.timeSource = out.timeSource;
        } else if (out.claimedTime != null) {
            rep.signingTime = out.claimedTime;
            rep.timeSource = SignatureReport.TimeSource.CMS_SIGNING_TIME;
        } else if (pdfM != null) {
            rep.signingTime = pdfM;
            rep.timeSource = SignatureReport.TimeSource.PDF_M;
        } else {
            rep.signingTime = clock.instant();
            rep.timeSource = SignatureReport.TimeSource.VERIFICATION_TIME;
        }
        if (rep.signingTimeClaimed()) {
            rep.add(Reason.info("SIGNING_TIME_CLAIMED",
                    "no trusted timestamp: the signing time " + rep.signingTime + " is claimed by the signer ("
                            + rep.timeSource + ")",
                    "không có dấu thời gian tin cậy: thời gian ký " + rep.signingTime + " do người ký tự khai ("
                            + rep.timeSource + ")"));
        }
        ltv.validateSigner(cms, signer, out.certificates, fileData, DOC_TIMESTAMP.equals(rep.subFilter), rep);
        boolean[] ku = signer.getKeyUsage();
        if (ku != null && !(ku[0] || (ku.length > 1 && ku[1]))) {
            rep.add(Reason.of(Verdict.UNTRUSTED, "KEY_USAGE",
                    "the certificate is not meant for signatures (no digitalSignature or nonRepudiation key usage)",
                    "chứng thư số không dùng để ký (thiếu mục đích digitalSignature hoặc nonRepudiation)"));
        }
        if (Digests.isWeak(rep.digestAlgorithm)) {
            rep.add(Reason.of(Verdict.WEAK_ALGORITHM, "WEAK_DIGEST", "digest algorithm " + rep.digestAlgorithm + " is weak",
                    "thuật toán băm " + rep.digestAlgorithm + " là thuật toán yếu"));
        }
        String sig = out.signatureAlgorithm == null ? "" : out.signatureAlgorithm.toUpperCase();
        if (sig.contains("SHA1") || sig.contains("MD5")) {
            rep.add(Reason.of(Verdict.WEAK_ALGORITHM, "WEAK_SIGNATURE_ALGORITHM",
                    "signature algorithm " + out.signatureAlgorithm + " is weak",
                    "thuật toán chữ ký " + out.signatureAlgorithm + " là thuật toán yếu"));
        }
        int bits = CmsSignature.rsaBits(signer);
        if (bits > 0 && bits < 2048) {
            rep.add(Reason.of(Verdict.WEAK_ALGORITHM, "WEAK_RSA_KEY", "RSA key of " + bits + " bits (under 2048)",
                    "khóa RSA " + bits + " bit (dưới 2048)"));
        }
    }

    /** {@code length} bytes at {@code from}: from the file in memory when there is one, else read. */
    private static byte[] head(SeekableByteChannel ch, byte[] whole, long from, int length) throws IOException {
        return whole != null ? Arrays.copyOfRange(whole, (int) from, (int) from + length) : region(ch, from, length);
    }

    private static byte[] region(SeekableByteChannel ch, long from, int length) throws IOException {
        ByteBuffer bb = ByteBuffer.allocate(length);
        ch.position(from);
        while (bb.hasRemaining() && ch.read(bb) >= 0) {
            // read until full or end of file
        }
        return bb.hasRemaining() ? Arrays.copyOf(bb.array(), bb.position()) : bb.array();
    }

    private static boolean contains(byte[] data, String ascii) {
        byte[] t = ascii.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + t.length <= data.length; i++) {
            for (int j = 0; j < t.length; j++) {
                if (data[i + j] != t[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
