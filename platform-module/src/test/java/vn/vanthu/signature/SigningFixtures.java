package vn.vanthu.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import java.security.cert.X509CRL;

/**
 * Real test material: a CA hierarchy made with Bouncy Castle and PDFs signed with PDFBox's
 * external-signing API (the same path as a signing plugin). Shared with the command-line tests and
 * the benchmarks through this module's test JAR.
 */
public final class SigningFixtures {

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime());
    private static final Instant NOW = Instant.now();

    /** A key pair, its certificate and the chain above it (issuer first, root excluded). */
    public record Identity(KeyPair keys, X509Certificate cert, List<X509Certificate> chain) {
        public PrivateKey key() {
            return keys.getPrivate();
        }
    }

    public final Identity root;
    public final Identity intermediate;
    public final Identity signer;
    public final Identity secondSigner;
    public final Identity expiredSigner;
    public final Identity weakKeySigner;
    public final Identity noSigningUsage;
    public final Identity otherRoot;
    public final Identity untrustedSigner;
    public final Identity tsa;

    private static SigningFixtures instance;

    /** One hierarchy per JVM: RSA key generation is the slow part of the tests. */
    public static synchronized SigningFixtures get() {
        if (instance == null) {
            instance = new SigningFixtures();
        }
        return instance;
    }

    private SigningFixtures() {
        try {
            Date past = Date.from(NOW.minus(Duration.ofDays(3650)));
            Date future = Date.from(NOW.plus(Duration.ofDays(3650)));
            root = selfSigned("CN=Vanthu Test Root CA, O=Vanthu Test, C=VN", rsa(2048), past, future);
            intermediate = issue(root, "CN=Vanthu Test Issuing CA, O=Vanthu Test, C=VN", rsa(2048), past, future, true,
                    "SHA256withRSA", KeyUsage.keyCertSign | KeyUsage.cRLSign);
            Date from = Date.from(NOW.minus(Duration.ofDays(365)));
            Date to = Date.from(NOW.plus(Duration.ofDays(365)));
            int signing = KeyUsage.digitalSignature | KeyUsage.nonRepudiation;
            signer = issue(intermediate, "CN=Nguyễn Văn An, OU=UBND xã Thử Nghiệm, O=Vanthu Test, C=VN", rsa(2048),
                    from, to, false, "SHA256withRSA", signing);
            secondSigner = issue(intermediate, "CN=Trần Thị Bình, OU=Văn thư, O=Vanthu Test, C=VN", rsa(2048),
                    from, to, false, "SHA256withRSA", signing);
            expiredSigner = issue(intermediate, "CN=Lê Văn Cũ, O=Vanthu Test, C=VN", rsa(2048),
                    Date.from(NOW.minus(Duration.ofDays(800))), Date.from(NOW.minus(Duration.ofDays(400))), false,
                    "SHA256withRSA", signing);
            weakKeySigner = issue(intermediate, "CN=Khoa Ngan, O=Vanthu Test, C=VN", rsa(1024), from, to, false,
                    "SHA256withRSA", signing);
            noSigningUsage = issue(intermediate, "CN=Chi Ma Hoa, O=Vanthu Test, C=VN", rsa(2048), from, to, false,
                    "SHA256withRSA", KeyUsage.keyEncipherment);
            otherRoot = selfSigned("CN=Unknown Root, O=Elsewhere, C=VN", rsa(2048), past, future);
            untrustedSigner = issue(otherRoot, "CN=Nguoi La, O=Elsewhere, C=VN", rsa(2048), from, to, false,
                    "SHA256withRSA", signing);
            tsa = issueTsa(intermediate, "CN=Vanthu Test TSA, O=Vanthu Test, C=VN", rsa(2048), past, future);
        } catch (GeneralSecurityException | IOException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Trust store with the test root as its only anchor. */
    public TrustStore trustStore() {
        return TrustStore.builder().addCertificate(root.cert()).build();
    }

    public static KeyPair rsa(int bits) throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(bits, new SecureRandom());
        return g.generateKeyPair();
    }

    private static Identity selfSigned(String dn, KeyPair kp, Date from, Date to) throws GeneralSecurityException,
            IOException, org.bouncycastle.operator.OperatorCreationException {
        X500Name name = new X500Name(dn);
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(SERIAL.incrementAndGet()),
                from, to, name, kp.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        X509Certificate c = new JcaX509CertificateConverter().getCertificate(
                b.build(new JcaContentSignerBuilder("SHA256withRSA").build(kp.getPrivate())));
        return new Identity(kp, c, List.of());
    }

    /** A certificate issued by {@code issuer}; sigAlg is the issuer's signature algorithm. */
    public static Identity issue(Identity issuer, String dn, KeyPair kp, Date from, Date to, boolean ca, String sigAlg,
                                 int keyUsage) throws GeneralSecurityException, IOException,
            org.bouncycastle.operator.OperatorCreationException {
        X509v3CertificateBuilder b = builder(issuer, dn, kp.getPublic(), from, to);
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
        return finish(issuer, kp, b, sigAlg);
    }

    private static Identity issueTsa(Identity issuer, String dn, KeyPair kp, Date from, Date to)
            throws GeneralSecurityException, IOException, org.bouncycastle.operator.OperatorCreationException {
        X509v3CertificateBuilder b = builder(issuer, dn, kp.getPublic(), from, to);
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        b.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        return finish(issuer, kp, b, "SHA256withRSA");
    }

    private static X509v3CertificateBuilder builder(Identity issuer, String dn, PublicKey key, Date from, Date to) {
        return new JcaX509v3CertificateBuilder(issuer.cert(), BigInteger.valueOf(SERIAL.incrementAndGet()), from, to,
                new X500Name(dn), key);
    }

    private static Identity finish(Identity issuer, KeyPair kp, X509v3CertificateBuilder b, String sigAlg)
            throws GeneralSecurityException, org.bouncycastle.operator.OperatorCreationException {
        X509Certificate c = new JcaX509CertificateConverter().getCertificate(
                b.build(new JcaContentSignerBuilder(sigAlg).build(issuer.key())));
        List<X509Certificate> chain = new ArrayList<>();
        if (!issuer.chain().isEmpty() || !issuer.cert().getSubjectX500Principal().equals(issuer.cert().getIssuerX500Principal())) {
            chain.add(issuer.cert());
            chain.addAll(issuer.chain());
        }
        return new Identity(kp, c, chain);
    }

    /** A CRL by {@code issuer} revoking {@code revoked} at {@code when}. */
    public static X509CRL crl(Identity issuer, X509Certificate revoked, Date when) throws Exception {
        X509v2CRLBuilder b = new X509v2CRLBuilder(new JcaX509CertificateHolder(issuer.cert()).getSubject(), when);
        b.addCRLEntry(revoked.getSerialNumber(), when, 0);
        b.setNextUpdate(Date.from(NOW.plus(Duration.ofDays(30))));
        return new JcaX509CRLConverter().getCRL(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuer.key())));
    }

    // ------------------------------------------------------------------ CMS

    /** How to make one CMS signature. */
    public static final class CmsOptions {
        String digest = "SHA-256";
        boolean includeChain = true;
        boolean signingCertificateV2;
        Date signingTime;
        Identity timestampBy;
        Date timestampAt;
        boolean encapsulate;

        /** Put the signed content inside the CMS (adbe.pkcs7.sha1 style) instead of detached. */
        public CmsOptions encapsulate() {
            encapsulate = true;
            return this;
        }

        public CmsOptions digest(String d) {
            digest = d;
            return this;
        }

        public CmsOptions withoutChain() {
            includeChain = false;
            return this;
        }

        public CmsOptions cades() {
            signingCertificateV2 = true;
            return this;
        }

        public CmsOptions signingTime(Date t) {
            signingTime = t;
            return this;
        }

        public CmsOptions timestamp(Identity by, Date at) {
            timestampBy = by;
            timestampAt = at;
            return this;
        }
    }

    public static CmsOptions cms() {
        return new CmsOptions();
    }

    /** A detached CMS SignedData over {@code content}. */
    public static byte[] signCms(byte[] content, Identity id, CmsOptions o) throws Exception {
        String alg = o.digest.replace("-", "") + "withRSA";
        ContentSigner cs = new JcaContentSignerBuilder(alg).build(id.key());
        JcaSignerInfoGeneratorBuilder sib = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build());
        ASN1EncodableVector attrs = new ASN1EncodableVector();
        if (o.signingCertificateV2) {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(id.cert().getEncoded());
            attrs.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2(
                            new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), h)))));
        }
        if (o.signingTime != null) {
            attrs.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(o.signingTime))));
        }
        sib.setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(attrs)));
        CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
        gen.addSignerInfoGenerator(sib.build(cs, id.cert()));
        List<X509Certificate> certs = new ArrayList<>();
        certs.add(id.cert());
        if (o.includeChain) {
            certs.addAll(id.chain());
        }
        gen.addCertificates(new JcaCertStore(certs));
        CMSSignedData sd = gen.generate(new CMSProcessableByteArray(content), o.encapsulate);
        if (o.timestampBy != null) {
            sd = addTimestamp(sd, o.timestampBy, o.timestampAt);
        }
        return sd.getEncoded("DER");
    }

    private static CMSSignedData addTimestamp(CMSSignedData sd, Identity tsa, Date at) throws Exception {
        SignerInformation si = sd.getSignerInfos().getSigners().iterator().next();
        TimeStampToken token = timestampToken(tsa, MessageDigest.getInstance("SHA-256").digest(si.getSignature()), at);
        Attribute attr = new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(token.toCMSSignedData().toASN1Structure()));
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(si, new AttributeTable(attr));
        return CMSSignedData.replaceSigners(sd, new SignerInformationStore(stamped));
    }

    /** An RFC 3161 token by {@code tsa} over a SHA-256 imprint, at time {@code at}. */
    public static TimeStampToken timestampToken(Identity tsa, byte[] sha256Imprint, Date at) throws Exception {
        DigestCalculator sha1 = new JcaDigestCalculatorProviderBuilder().build()
                .get(new AlgorithmIdentifier(org.bouncycastle.asn1.oiw.OIWObjectIdentifiers.idSHA1));
        TimeStampTokenGenerator g = new TimeStampTokenGenerator(
                new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                        .build(new JcaContentSignerBuilder("SHA256withRSA").build(tsa.key()), tsa.cert()),
                sha1, new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.2.3.4.1"));
        List<X509Certificate> certs = new ArrayList<>(tsa.chain());
        certs.add(0, tsa.cert());
        g.addCertificates(new JcaCertStore(certs));
        TimeStampRequestGenerator request = new TimeStampRequestGenerator();
        request.setCertReq(true);
        return g.generate(request.generate(NISTObjectIdentifiers.id_sha256, sha256Imprint),
                BigInteger.valueOf(SERIAL.incrementAndGet()), at);
    }

    // ------------------------------------------------------------------ PDF

    /**
     * A one-page PDF with Vietnamese text and, to reach {@code approximateSize}, an uncompressed
     * stream of random bytes (like a scanned page's image data).
     */
    public static byte[] pdf(int approximateSize, long seed) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream(approximateSize + 8192)) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 720);
                cs.showText("UY BAN NHAN DAN XA THU NGHIEM - So: 12/QD-UBND");
                cs.endText();
            }
            int padding = Math.max(0, approximateSize - 2000);
            if (padding > 0) {
                COSStream blob = doc.getDocument().createCOSStream();
                byte[] data = new byte[padding];
                new Random(seed).nextBytes(data);
                try (OutputStream os = blob.createRawOutputStream()) {
                    os.write(data);
                }
                page.getCOSObject().setItem(COSName.getPDFName("VanthuPadding"), blob);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A step run before a signature is added (the document is loaded from the file being signed). */
    @FunctionalInterface
    public interface SignatureSetup {
        void prepare(PDDocument doc, PDSignature sig) throws Exception;
    }

    /** How to sign a PDF. */
    public static final class PdfOptions {
        String subFilter = "adbe.pkcs7.detached";
        CmsOptions cms = new CmsOptions();
        int reserve = 0;
        Identity documentTimestampBy;
        byte[] name;

        /** Writes these bytes, as they are, as the dictionary's /Name (instead of the certificate's subject). */
        public PdfOptions name(byte[] raw) {
            name = raw;
            return this;
        }

        /** Runs on the loaded document and the new signature before it is added (certification, locks, field). */
        SignatureSetup setup;

        /** Prepares the document and the signature dictionary before signing (see ModificationFixtures). */
        public PdfOptions setup(SignatureSetup s) {
            setup = s;
            return this;
        }

        public PdfOptions cades() {
            subFilter = "ETSI.CAdES.detached";
            cms.cades();
            return this;
        }

        public PdfOptions cms(CmsOptions o) {
            cms = o;
            return this;
        }

        /** adbe.pkcs7.sha1: the CMS encapsulates the SHA-1 digest of the byte ranges. */
        public PdfOptions sha1SubFilter() {
            subFilter = "adbe.pkcs7.sha1";
            cms.encapsulate();
            return this;
        }

        /** ETSI.RFC3161 document timestamp by {@code tsa} instead of a signature. */
        public PdfOptions documentTimestamp(Identity tsa) {
            subFilter = "ETSI.RFC3161";
            documentTimestampBy = tsa;
            return this;
        }

        public PdfOptions reserve(int bytes) {
            reserve = bytes;
            return this;
        }
    }

    /** The reason codes of a result: the file's, then each signature's, in order (what tests compare). */
    public static List<String> reasonCodes(VerificationResult r) {
        List<String> codes = new ArrayList<>();
        r.fileReasons().forEach(x -> codes.add(x.code()));
        r.signatures().forEach(s -> s.reasons().forEach(x -> codes.add(x.code())));
        return codes;
    }

    public static PdfOptions options() {
        return new PdfOptions();
    }

    /** Signs {@code pdf} in an incremental update, as a signing plugin does. */
    public static byte[] signPdf(byte[] pdf, Identity id, PdfOptions o) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 65536)) {
            out.write(pdf);
            PDSignature sig = new PDSignature();
            if (o.documentTimestampBy != null) {
                sig.setType(COSName.DOC_TIME_STAMP);
            }
            sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(COSName.getPDFName(o.subFilter));
            if (o.name != null) {
                sig.getCOSObject().setItem(COSName.NAME, new org.apache.pdfbox.cos.COSString(o.name));
            } else {
                sig.setName(id.cert().getSubjectX500Principal().getName());
            }
            sig.setReason("Phát hành văn bản");
            Calendar cal = Calendar.getInstance(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
            sig.setSignDate(cal);
            SignatureOptions so = new SignatureOptions();
            if (o.reserve > 0) {
                so.setPreferredSignatureSize(o.reserve);
            }
            if (o.setup != null) {
                o.setup.prepare(doc, sig);
            }
            doc.addSignature(sig, so);
            ByteArrayOutputStream incremental = new ByteArrayOutputStream();
            ExternalSigningSupport ext = doc.saveIncrementalForExternalSigning(incremental);
            byte[] content;
            try (InputStream in = ext.getContent()) {
                content = in.readAllBytes();
            }
            if (o.documentTimestampBy != null) {
                ext.setSignature(timestampToken(o.documentTimestampBy, MessageDigest.getInstance("SHA-256").digest(content),
                        new Date()).getEncoded());
            } else if ("adbe.pkcs7.sha1".equals(o.subFilter)) {
                ext.setSignature(signCms(MessageDigest.getInstance("SHA-1").digest(content), id, o.cms));
            } else {
                ext.setSignature(signCms(content, id, o.cms));
            }
            so.close();
            return incremental.toByteArray();
        }
    }

    /** An incremental update after signing: the title changes, nothing is signed again. */
    public static byte[] updateTitle(byte[] pdf, String title) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getDocumentInformation().setTitle(title);
            doc.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    /** Offset of the first occurrence of {@code ascii} at or after {@code from}, or -1. */
    public static int indexOf(byte[] data, String ascii, int from) {
        byte[] t = ascii.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = Math.max(0, from); i + t.length <= data.length; i++) {
            for (int j = 0; j < t.length; j++) {
                if (data[i + j] != t[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /**
     * Rewrites the inside of the last /ByteRange array, padded with spaces to its original length
     * (PDFBox reserves room there), and returns the modified copy.
     */
    public static byte[] rewriteLastByteRange(byte[] pdf, String inside) {
        int at = -1;
        for (int i = indexOf(pdf, "/ByteRange", 0); i >= 0; i = indexOf(pdf, "/ByteRange", i + 1)) {
            at = i;
        }
        int open = indexOf(pdf, "[", at);
        int close = indexOf(pdf, "]", open);
        int room = close - open - 1;
        if (inside.length() > room) {
            throw new IllegalArgumentException("no room for " + inside);
        }
        byte[] copy = pdf.clone();
        byte[] text = String.format("%-" + room + "s", inside).getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(text, 0, copy, open + 1, room);
        return copy;
    }

    /** The four numbers of the last /ByteRange. */
    public static long[] lastByteRange(byte[] pdf) {
        int at = -1;
        for (int i = indexOf(pdf, "/ByteRange", 0); i >= 0; i = indexOf(pdf, "/ByteRange", i + 1)) {
            at = i;
        }
        int open = indexOf(pdf, "[", at);
        int close = indexOf(pdf, "]", open);
        String[] parts = new String(pdf, open + 1, close - open - 1, StandardCharsets.ISO_8859_1).trim().split("\\s+");
        long[] r = new long[4];
        for (int i = 0; i < 4; i++) {
            r[i] = Long.parseLong(parts[i]);
        }
        return r;
    }

    public static Date daysFromNow(int days) {
        return Date.from(NOW.plus(Duration.ofDays(days)));
    }
}
