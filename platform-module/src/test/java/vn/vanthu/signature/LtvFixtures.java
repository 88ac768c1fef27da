package vn.vanthu.signature;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.esf.RevocationValues;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.BasicOCSPResponse;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CertificateList;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampToken;

import vn.vanthu.signature.SigningFixtures.Identity;

/**
 * Long-term validation material made in the tests with Bouncy Castle: a CA hierarchy with a
 * delegated OCSP responder, an unauthorised responder, CRLs, a TSA under its own root, CAs whose
 * validity starts after their signer's, and CMS signatures carrying adbe-revocationInfoArchival
 * or CAdES revocation values.
 */
public final class LtvFixtures {

    public static final Instant NOW = Instant.now();
    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() + 1_000_000);
    private static LtvFixtures instance;

    public final SigningFixtures pki = SigningFixtures.get();
    /** Delegated responder of the issuing CA: id-kp-OCSPSigning and ocsp-nocheck. */
    public final Identity responder;
    /** Has id-kp-OCSPSigning but is issued by the root, not by the signer's CA. */
    public final Identity foreignResponder;
    /** Issued by the CA but without id-kp-OCSPSigning. */
    public final Identity responderWithoutEku;
    /** A TSA under its own root, which is not a trust anchor of {@link SigningFixtures#trustStore()}. */
    public final Identity tsaRoot;
    public final Identity foreignTsa;
    /** A CA valid from 300 days ago, and a signer it issued valid 800 to 400 days ago. */
    public final Identity lateCa;
    public final Identity expiredUnderLateCa;
    /** A CA valid 1000 to 100 days ago, and a signer it issued 500 days ago, valid until next year. */
    public final Identity expiredCa;
    public final Identity signerUnderExpiredCa;
    /** A signer with a short validity, for revocation tests. */
    public final Identity revocable;

    public static synchronized LtvFixtures get() {
        if (instance == null) {
            instance = new LtvFixtures();
        }
        return instance;
    }

    private LtvFixtures() {
        try {
            int signing = KeyUsage.digitalSignature | KeyUsage.nonRepudiation;
            int ca = KeyUsage.keyCertSign | KeyUsage.cRLSign;
            responder = cert(pki.intermediate, "CN=Vanthu Test OCSP, O=Vanthu Test, C=VN", days(-3000), days(3000),
                    false, KeyUsage.digitalSignature, KeyPurposeId.id_kp_OCSPSigning, true);
            foreignResponder = cert(pki.root, "CN=Vanthu Test OCSP, OU=Root, O=Vanthu Test, C=VN", days(-3000),
                    days(3000), false, KeyUsage.digitalSignature, KeyPurposeId.id_kp_OCSPSigning, true);
            responderWithoutEku = cert(pki.intermediate, "CN=Vanthu Test Not OCSP, O=Vanthu Test, C=VN", days(-3000),
                    days(3000), false, KeyUsage.digitalSignature, null, false);
            tsaRoot = cert(null, "CN=Foreign TSA Root, O=Elsewhere, C=VN", days(-3000), days(3000), true, ca, null, false);
            foreignTsa = cert(tsaRoot, "CN=Foreign TSA, O=Elsewhere, C=VN", days(-3000), days(3000), false,
                    KeyUsage.digitalSignature, KeyPurposeId.id_kp_timeStamping, false);
            lateCa = cert(pki.root, "CN=Vanthu Late CA, O=Vanthu Test, C=VN", days(-300), days(3000), true, ca, null, false);
            expiredUnderLateCa = cert(lateCa, "CN=Phạm Thị Hết Hạn, O=Vanthu Test, C=VN", days(-800), days(-400), false,
                    signing, null, false);
            expiredCa = cert(pki.root, "CN=Vanthu Old CA, O=Vanthu Test, C=VN", days(-1000), days(-100), true, ca, null,
                    false);
            signerUnderExpiredCa = cert(expiredCa, "CN=Hoàng Văn Chuỗi, O=Vanthu Test, C=VN", days(-500), days(300),
                    false, signing, null, false);
            revocable = cert(pki.intermediate, "CN=Đỗ Thu Hồi, O=Vanthu Test, C=VN", days(-365), days(365), false,
                    signing, null, false);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Date days(int d) {
        return Date.from(NOW.plus(Duration.ofDays(d)));
    }

    /** A certificate by {@code issuer} (null: self-signed CA). */
    public static Identity cert(Identity issuer, String dn, Date from, Date to, boolean isCa, int keyUsage, KeyPurposeId eku,
                         boolean ocspNoCheck) throws Exception {
        KeyPair kp = SigningFixtures.rsa(2048);
        X500Name subject = new X500Name(dn);
        X509v3CertificateBuilder b = issuer == null
                ? new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(SERIAL.incrementAndGet()), from, to, subject,
                        kp.getPublic())
                : new JcaX509v3CertificateBuilder(issuer.cert(), BigInteger.valueOf(SERIAL.incrementAndGet()), from, to,
                        subject, kp.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(isCa));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
        if (eku != null) {
            b.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(eku));
        }
        if (ocspNoCheck) {
            b.addExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nocheck, false, DERNull.INSTANCE);
        }
        X509Certificate c = new JcaX509CertificateConverter().getCertificate(b.build(
                new JcaContentSignerBuilder("SHA256withRSA").build(issuer == null ? kp.getPrivate() : issuer.key())));
        List<X509Certificate> chain = new ArrayList<>();
        if (issuer != null && !issuer.cert().getSubjectX500Principal().equals(issuer.cert().getIssuerX500Principal())) {
            chain.add(issuer.cert());
            chain.addAll(issuer.chain());
        }
        return new Identity(kp, c, chain);
    }

    // ------------------------------------------------------------------ OCSP and CRLs

    /** A BasicOCSPResponse by {@code by} about {@code target} issued by {@code issuer}; status null = good. */
    public static BasicOCSPResp ocsp(Identity by, X509Certificate issuer, X509Certificate target, CertificateStatus status,
                              Date thisUpdate, Date nextUpdate) throws Exception {
        CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1),
                new JcaX509CertificateHolder(issuer), target.getSerialNumber());
        BasicOCSPRespBuilder b = new BasicOCSPRespBuilder(new RespID(
                X500Name.getInstance(by.cert().getSubjectX500Principal().getEncoded())));
        b.addResponse(id, status, thisUpdate, nextUpdate);
        return b.build(new JcaContentSignerBuilder("SHA256withRSA").build(by.key()),
                new X509CertificateHolder[] {new JcaX509CertificateHolder(by.cert())}, thisUpdate);
    }

    public static BasicOCSPResp good(Identity by, Identity issuer, X509Certificate target, Date at) throws Exception {
        return ocsp(by, issuer.cert(), target, CertificateStatus.GOOD, at, new Date(at.getTime() + 7L * 86_400_000));
    }

    public static CertificateStatus revokedAt(Date when) {
        return new RevokedStatus(when, 1);
    }

    /** A CRL by {@code issuer} at {@code thisUpdate}, revoking {@code revoked} at {@code when} when not null. */
    public static X509CRL crl(Identity issuer, X509Certificate revoked, Date when, Date thisUpdate, Date nextUpdate)
            throws Exception {
        X509v2CRLBuilder b = new X509v2CRLBuilder(new JcaX509CertificateHolder(issuer.cert()).getSubject(), thisUpdate);
        if (revoked != null) {
            b.addCRLEntry(revoked.getSerialNumber(), when, 1);
        }
        b.setNextUpdate(nextUpdate);
        return new JcaX509CRLConverter().getCRL(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuer.key())));
    }

    // ------------------------------------------------------------------ CMS with validation data

    /** What to put in one CMS signature. */
    public static final class Ltv {
        final List<X509CRL> archivalCrls = new ArrayList<>();
        final List<BasicOCSPResp> archivalOcsps = new ArrayList<>();
        final List<X509CRL> cadesCrls = new ArrayList<>();
        final List<BasicOCSPResp> cadesOcsps = new ArrayList<>();
        final List<X509Certificate> certValues = new ArrayList<>();
        Date signingTime;
        Identity tsa;
        Date timestampAt;
        boolean essSigningCertificate;

        public Ltv archival(Object... items) {
            for (Object o : items) {
                if (o instanceof X509CRL c) {
                    archivalCrls.add(c);
                } else {
                    archivalOcsps.add((BasicOCSPResp) o);
                }
            }
            return this;
        }

        public Ltv cades(Object... items) {
            for (Object o : items) {
                if (o instanceof X509CRL c) {
                    cadesCrls.add(c);
                } else if (o instanceof X509Certificate c) {
                    certValues.add(c);
                } else {
                    cadesOcsps.add((BasicOCSPResp) o);
                }
            }
            return this;
        }

        public Ltv at(Date t) {
            signingTime = t;
            return this;
        }

        public Ltv timestamp(Identity by, Date t) {
            tsa = by;
            timestampAt = t;
            return this;
        }

        public Ltv ess() {
            essSigningCertificate = true;
            return this;
        }
    }

    public static Ltv ltv() {
        return new Ltv();
    }

    /** A detached CMS over {@code content} by {@code id} with the chain, the signed and unsigned LTV attributes of {@code o}. */
    public static byte[] signCms(byte[] content, Identity id, Ltv o) throws Exception {
        JcaSignerInfoGeneratorBuilder sib = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build());
        ASN1EncodableVector attrs = new ASN1EncodableVector();
        if (o.signingTime != null) {
            attrs.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(o.signingTime))));
        }
        if (o.essSigningCertificate) {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(id.cert().getEncoded());
            attrs.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(new SigningCertificateV2(
                    new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), h)))));
        }
        if (!o.archivalCrls.isEmpty() || !o.archivalOcsps.isEmpty()) {
            ASN1EncodableVector archival = new ASN1EncodableVector();
            if (!o.archivalCrls.isEmpty()) {
                ASN1EncodableVector crls = new ASN1EncodableVector();
                for (X509CRL c : o.archivalCrls) {
                    crls.add(CertificateList.getInstance(c.getEncoded()));
                }
                archival.add(new DERTaggedObject(true, 0, new DERSequence(crls)));
            }
            if (!o.archivalOcsps.isEmpty()) {
                ASN1EncodableVector ocsps = new ASN1EncodableVector();
                for (BasicOCSPResp r : o.archivalOcsps) {
                    ocsps.add(new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, r).toASN1Structure());
                }
                archival.add(new DERTaggedObject(true, 1, new DERSequence(ocsps)));
            }
            attrs.add(new Attribute(CmsValidationData.ADBE_REVOCATION_ARCHIVAL, new DERSet(new DERSequence(archival))));
        }
        sib.setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(attrs)));
        CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
        gen.addSignerInfoGenerator(sib.build(new JcaContentSignerBuilder("SHA256withRSA").build(id.key()), id.cert()));
        List<X509Certificate> certs = new ArrayList<>();
        certs.add(id.cert());
        certs.addAll(id.chain());
        gen.addCertificates(new JcaCertStore(certs));
        CMSSignedData sd = gen.generate(new CMSProcessableByteArray(content), false);
        SignerInformation si = sd.getSignerInfos().getSigners().iterator().next();
        ASN1EncodableVector unsigned = new ASN1EncodableVector();
        if (o.tsa != null) {
            TimeStampToken token = SigningFixtures.timestampToken(o.tsa,
                    MessageDigest.getInstance("SHA-256").digest(si.getSignature()), o.timestampAt);
            unsigned.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                    new DERSet(token.toCMSSignedData().toASN1Structure())));
        }
        if (!o.cadesCrls.isEmpty() || !o.cadesOcsps.isEmpty()) {
            CertificateList[] crls = new CertificateList[o.cadesCrls.size()];
            for (int i = 0; i < crls.length; i++) {
                crls[i] = CertificateList.getInstance(o.cadesCrls.get(i).getEncoded());
            }
            BasicOCSPResponse[] ocsps = new BasicOCSPResponse[o.cadesOcsps.size()];
            for (int i = 0; i < ocsps.length; i++) {
                ocsps[i] = BasicOCSPResponse.getInstance(o.cadesOcsps.get(i).getEncoded());
            }
            unsigned.add(new Attribute(PKCSObjectIdentifiers.id_aa_ets_revocationValues,
                    new DERSet(new RevocationValues(crls.length == 0 ? null : crls, ocsps.length == 0 ? null : ocsps, null))));
        }
        if (!o.certValues.isEmpty()) {
            ASN1EncodableVector cv = new ASN1EncodableVector();
            for (X509Certificate c : o.certValues) {
                cv.add(org.bouncycastle.asn1.x509.Certificate.getInstance(c.getEncoded()));
            }
            unsigned.add(new Attribute(PKCSObjectIdentifiers.id_aa_ets_certValues, new DERSet(new DERSequence(cv))));
        }
        if (unsigned.size() > 0) {
            si = SignerInformation.replaceUnsignedAttributes(si, new AttributeTable(unsigned));
            sd = CMSSignedData.replaceSigners(sd, new SignerInformationStore(si));
        }
        return sd.getEncoded("DER");
    }

    /**
     * Signs {@code pdf} in an incremental update with PDFBox; {@code cms} makes the signature from
     * the signed bytes; {@code name} is written as raw bytes into /Name when not null.
     */
    public static byte[] signPdf(byte[] pdf, String subFilter, byte[] name, Function<byte[], byte[]> cms) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            out.write(pdf);
            PDSignature sig = new PDSignature();
            sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(COSName.getPDFName(subFilter));
            if (name != null) {
                sig.getCOSObject().setItem(COSName.NAME, new COSString(name));
            }
            sig.setSignDate(Calendar.getInstance(TimeZone.getTimeZone("Asia/Ho_Chi_Minh")));
            SignatureOptions so = new SignatureOptions();
            so.setPreferredSignatureSize(40_000);
            doc.addSignature(sig, so);
            ByteArrayOutputStream incremental = new ByteArrayOutputStream();
            ExternalSigningSupport ext = doc.saveIncrementalForExternalSigning(incremental);
            byte[] content;
            try (InputStream in = ext.getContent()) {
                content = in.readAllBytes();
            }
            ext.setSignature(cms.apply(content));
            so.close();
            return incremental.toByteArray();
        }
    }

    /** An ETSI.RFC3161 document timestamp by {@code tsa} dated {@code at}, in an incremental update. */
    public static byte[] documentTimestamp(byte[] pdf, Identity tsa, Date at) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature sig = new PDSignature();
            sig.setType(COSName.DOC_TIME_STAMP);
            sig.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            sig.setSubFilter(COSName.getPDFName("ETSI.RFC3161"));
            SignatureOptions so = new SignatureOptions();
            so.setPreferredSignatureSize(20_000);
            doc.addSignature(sig, so);
            ByteArrayOutputStream incremental = new ByteArrayOutputStream();
            ExternalSigningSupport ext = doc.saveIncrementalForExternalSigning(incremental);
            byte[] content;
            try (InputStream in = ext.getContent()) {
                content = in.readAllBytes();
            }
            ext.setSignature(SigningFixtures.timestampToken(tsa, MessageDigest.getInstance("SHA-256").digest(content), at)
                    .getEncoded());
            so.close();
            return incremental.toByteArray();
        }
    }

    /** {@link #signCms} as a function, for {@link #signPdf}. */
    public static Function<byte[], byte[]> by(Identity id, Ltv o) {
        return content -> {
            try {
                return signCms(content, id, o);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
