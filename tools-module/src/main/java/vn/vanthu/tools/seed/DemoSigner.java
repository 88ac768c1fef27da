package vn.vanthu.tools.seed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Makes the demo's PDFs and signs the outgoing ones: a one-page PDF with the document's header,
 * then an incremental update with a signature dictionary (/ByteRange, adbe.pkcs7.detached) holding
 * a CMS SHA-256/RSA signature with signed content-type, message-digest and signing-time attributes
 * and the certificate chain. The certificates come from a self-made demo CA kept in the state
 * directory ({@value #KEYSTORE}), so a resumed run signs with the same root; its root certificate
 * is written next to it ({@value #ROOT_CERTIFICATE}) for the administrator to add as a trust anchor.
 */
public final class DemoSigner {

    public static final String KEYSTORE = "vanthu-demo-ca.p12";
    public static final String ROOT_CERTIFICATE = "vanthu-demo-root-ca.cer";
    private static final char[] PASSWORD = "vanthu-demo".toCharArray();
    private static final Date VALID_FROM = Date.from(Instant.parse("2022-01-01T00:00:00Z"));
    private static final Date ROOT_VALID_TO = Date.from(Instant.parse("2045-12-31T00:00:00Z"));
    private static final Date SIGNER_VALID_TO = Date.from(Instant.parse("2040-12-31T00:00:00Z"));

    private final PrivateKey signerKey;
    private final X509Certificate signer;
    private final X509Certificate root;

    private DemoSigner(PrivateKey signerKey, X509Certificate signer, X509Certificate root) {
        this.signerKey = signerKey;
        this.signer = signer;
        this.root = root;
    }

    /** Loads the demo CA of the state directory, creating it (and the root certificate file) the first time. */
    public static DemoSigner open(Path stateDirectory) throws IOException, GeneralSecurityException {
        Files.createDirectories(stateDirectory);
        Path keystoreFile = stateDirectory.resolve(KEYSTORE);
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        if (Files.exists(keystoreFile)) {
            try (InputStream in = Files.newInputStream(keystoreFile)) {
                keyStore.load(in, PASSWORD);
            }
        } else {
            keyStore.load(null, null);
            createCa(keyStore);
            try (OutputStream out = Files.newOutputStream(keystoreFile)) {
                keyStore.store(out, PASSWORD);
            }
        }
        Certificate[] chain = keyStore.getCertificateChain("signer");
        DemoSigner demoSigner = new DemoSigner((PrivateKey) keyStore.getKey("signer", PASSWORD),
                (X509Certificate) chain[0], (X509Certificate) chain[1]);
        Files.write(stateDirectory.resolve(ROOT_CERTIFICATE), demoSigner.root.getEncoded());
        return demoSigner;
    }

    private static void createCa(KeyStore keyStore) throws GeneralSecurityException, IOException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair rootKeys = generator.generateKeyPair();
        KeyPair signerKeys = generator.generateKeyPair();
        X500Name rootName = new X500Name("CN=Vanthu Demo Root CA, O=Vanthu demo (not for production), C=VN");
        X500Name signerName = new X500Name("CN=UBND xa Phu Ho (demo), O=Vanthu demo (not for production), C=VN");
        JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
        X509v3CertificateBuilder rootBuilder = new JcaX509v3CertificateBuilder(rootName, BigInteger.ONE, VALID_FROM,
                ROOT_VALID_TO, rootName, rootKeys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                .addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(rootKeys.getPublic()));
        X509Certificate root = certificate(rootBuilder, rootKeys.getPrivate());
        X509v3CertificateBuilder signerBuilder = new JcaX509v3CertificateBuilder(root, BigInteger.TWO, VALID_FROM,
                SIGNER_VALID_TO, signerName, signerKeys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                .addExtension(Extension.subjectKeyIdentifier, false,
                        utils.createSubjectKeyIdentifier(signerKeys.getPublic()))
                .addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(root));
        X509Certificate signer = certificate(signerBuilder, rootKeys.getPrivate());
        keyStore.setKeyEntry("ca", rootKeys.getPrivate(), PASSWORD, new Certificate[] {root});
        keyStore.setKeyEntry("signer", signerKeys.getPrivate(), PASSWORD, new Certificate[] {signer, root});
    }

    private static X509Certificate certificate(X509v3CertificateBuilder builder, PrivateKey issuerKey)
            throws GeneralSecurityException {
        try {
            ContentSigner contentSigner = new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey);
            return new JcaX509CertificateConverter().getCertificate(builder.build(contentSigner));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("cannot sign the demo certificate", e);
        }
    }

    public X509Certificate root() {
        return root;
    }

    public X509Certificate signer() {
        return signer;
    }

    public PublicKey signerKey() {
        return signer.getPublicKey();
    }

    /** A one-page PDF showing the lines (diacritics dropped: the standard Helvetica font has none). */
    public static byte[] pdf(String text) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(56, 780);
                for (String line : text.split("\n")) {
                    content.showText(ascii(line));
                    content.newLineAtOffset(0, -18);
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The PDF of the text, signed at {@code signingTime} by the demo signer. */
    public byte[] signedPdf(String text, OffsetDateTime signingTime) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf(text)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName("UBND xa Phu Ho (demo)");
            signature.setLocation("Phu Ho");
            signature.setReason("Phat hanh van ban");
            Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.ofHours(7)));
            calendar.setTimeInMillis(signingTime.toInstant().toEpochMilli());
            signature.setSignDate(calendar);
            Date time = Date.from(signingTime.toInstant());
            document.addSignature(signature, content -> cms(content, time));
            document.saveIncremental(out);
            return out.toByteArray();
        }
    }

    private byte[] cms(InputStream content, Date signingTime) throws IOException {
        try {
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(signingTime))));
            JcaSignerInfoGeneratorBuilder infoBuilder = new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build());
            infoBuilder.setSignedAttributeGenerator(
                    new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(infoBuilder.build(
                    new JcaContentSignerBuilder("SHA256withRSA").build(signerKey), signer));
            generator.addCertificates(new JcaCertStore(List.of(signer, root)));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
        } catch (OperatorCreationException | CMSException | GeneralSecurityException e) {
            throw new IOException("cannot sign the demo PDF", e);
        }
    }

    static String ascii(String line) {
        String plain = Normalizer.normalize(line.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.replaceAll("[^\\x20-\\x7E]", "?");
    }
}
