package vn.vanthu.signature;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertID;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificate;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * A CMS SignedData signature, parsed once, verified against a digest computed elsewhere: Bouncy
 * Castle only hashes the signed attributes, never the document.
 */
final class CmsSignature {

    private static final JcaX509CertificateConverter CONVERTER = new JcaX509CertificateConverter();

    final ContentInfo contentInfo;
    final SignerInfo signerInfo;
    final ASN1ObjectIdentifier digestOid;
    /** JDK name of the digest, null when unsupported. */
    final String digestName;

    private CmsSignature(ContentInfo contentInfo, SignerInfo signerInfo) {
        this.contentInfo = contentInfo;
        this.signerInfo = signerInfo;
        this.digestOid = signerInfo.getDigestAlgorithm().getAlgorithm();
        this.digestName = Digests.nameOf(digestOid.getId());
    }

    /** Parses DER bytes (trailing zero padding allowed); throws with a clerk-readable reason. */
    static CmsSignature parse(byte[] der) throws Invalid {
        // Lazily: nested sequences (the certificates above all) stay encoded until something reads
        // them, so the embedded certificates go to the cache by their bytes, never parsed twice.
        try (ASN1InputStream in = new ASN1InputStream(der, true)) {
            ASN1Primitive p = in.readObject();
            if (p == null) {
                throw new Invalid(notCms("empty"));
            }
            ContentInfo ci = ContentInfo.getInstance(p);
            if (!CMSObjectIdentifiers.signedData.equals(ci.getContentType())) {
                throw new Invalid(notCms("content type " + ci.getContentType()));
            }
            SignedData sd = SignedData.getInstance(ci.getContent());
            if (sd.getSignerInfos().size() != 1) {
                throw new Invalid(notCms(sd.getSignerInfos().size() + " signer infos"));
            }
            return new CmsSignature(ci, SignerInfo.getInstance(sd.getSignerInfos().getObjectAt(0)));
        } catch (IOException | RuntimeException e) {
            throw new Invalid(notCms(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private static Reason notCms(String detail) {
        return Reasons.malformed("NOT_CMS", "the signature value is not a CMS SignedData with one signer (" + detail + ")",
                "giá trị chữ ký không phải CMS SignedData có một người ký (" + detail + ")");
    }

    /** The encapsulated content (adbe.pkcs7.sha1 carries the SHA-1 of the byte ranges there), or null. */
    byte[] encapsulatedContent() {
        ASN1Encodable c = SignedData.getInstance(contentInfo.getContent()).getEncapContentInfo().getContent();
        return c == null ? null : ASN1OctetString.getInstance(c).getOctets();
    }

    /** Everything one verification needs to know and report. */
    static final class Outcome {
        X509Certificate signer;
        List<X509Certificate> certificates = new ArrayList<>();
        Instant signingTime;
        SignatureReport.TimeSource timeSource;
        /** The CMS signing-time attribute, kept apart in case the timestamp's authority is not trusted. */
        Instant claimedTime;
        String signatureAlgorithm;
        byte[] signatureValue;
        TimeStampToken timestamp;
    }

    /**
     * Verifies the signer info: {@code rangeDigest} is the digest of the signed bytes, or null when
     * the signed content is encapsulated (adbe.pkcs7.sha1). Adds reasons to the report.
     */
    Outcome verify(byte[] rangeDigest, Collection<X509Certificate> configured, SignatureReport report) {
        Outcome out = new Outcome();
        CMSSignedData cms;
        SignerInformation si;
        try {
            cms = rangeDigest == null ? new CMSSignedData(contentInfo)
                    : new CMSSignedData(Map.of(digestOid, rangeDigest), contentInfo);
            si = cms.getSignerInfos().getSigners().iterator().next();
            embeddedCertificates(out.certificates);
        } catch (CMSException | CertificateException | IOException | RuntimeException e) {
            report.add(notCms(e.getMessage()));
            return out;
        }
        out.signatureValue = si.getSignature();
        out.signatureAlgorithm = SignerVerifiers.ALGORITHM_NAMES
                .getAlgorithmName(new ASN1ObjectIdentifier(si.getEncryptionAlgOID()));
        out.signer = findSigner(si, out.certificates, configured);
        if (out.signer == null) {
            report.add(Reasons.invalid("SIGNER_CERT_MISSING", "the signer's certificate is not in the signature",
                    "chữ ký không kèm chứng thư số của người ký"));
            return out;
        }
        describe(out.signer, report);
        try {
            boolean ok = SignerVerifiers.verify(si, out.signer.getPublicKey());
            if (!ok) {
                report.add(Reasons.invalid("SIGNATURE_MISMATCH",
                        "the signature value does not match the signer's public key",
                        "giá trị chữ ký không khớp với khóa công khai của người ký"));
            }
        } catch (CMSSignerDigestMismatchException e) {
            report.add(Reasons.invalid("DIGEST_MISMATCH",
                    "the signed content was changed: its digest differs from the one the signer signed",
                    "nội dung được ký đã bị thay đổi: giá trị băm khác với giá trị người ký đã ký"));
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            report.add(Reasons.invalid("SIGNATURE_NOT_VERIFIABLE", "the signature cannot be verified: " + e.getMessage(),
                    "không kiểm tra được chữ ký: " + e.getMessage()));
        }
        checkSigningCertificateAttribute(si.getSignedAttributes(), out.signer, report);
        readSigningTime(si, out, report);
        return out;
    }

    /**
     * The X.509 certificates of the SignedData's certificates field, from the cache by their
     * encoding as carried (other certificate choices, such as attribute certificates, skipped).
     */
    private void embeddedCertificates(List<X509Certificate> into) throws IOException, CertificateException {
        ASN1Set set = SignedData.getInstance(contentInfo.getContent()).getCertificates();
        if (set == null) {
            return;
        }
        for (ASN1Encodable e : set) {
            ASN1Primitive p = e.toASN1Primitive();
            if (p instanceof ASN1Sequence) {
                into.add(VerificationCache.shared().certificate(p.getEncoded()));
            }
        }
    }

    /** The imprint algorithm of a document timestamp (ETSI.RFC3161), or null when this is not a timestamp token. */
    String timestampImprintAlgorithm() {
        try {
            return Digests.nameOf(new TimeStampToken(contentInfo).getTimeStampInfo().getMessageImprintAlgOID().getId());
        } catch (TSPException | IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * A document timestamp: the token's message imprint must equal the digest of the byte ranges
     * and the authority's signature must verify; the authority is then reported as the signer and
     * its time as a verified signing time.
     */
    Outcome verifyDocumentTimestamp(byte[] rangeDigest, Collection<X509Certificate> configured, SignatureReport report) {
        Outcome out = new Outcome();
        try {
            TimeStampToken token = new TimeStampToken(contentInfo);
            if (!MessageDigest.isEqual(token.getTimeStampInfo().getMessageImprintDigest(), rangeDigest)) {
                report.add(Reasons.invalid("DIGEST_MISMATCH",
                        "the timestamped content was changed: its digest differs from the timestamp's",
                        "nội dung được gắn dấu thời gian đã bị thay đổi: giá trị băm khác với dấu thời gian"));
            }
            for (X509CertificateHolder h : token.getCertificates().getMatches(null)) {
                out.certificates.add(VerificationCache.shared().certificate(h));
            }
            SignerInformation si = token.toCMSSignedData().getSignerInfos().getSigners().iterator().next();
            out.signer = findSigner(si, out.certificates, configured);
            if (out.signer == null) {
                report.add(Reasons.invalid("SIGNER_CERT_MISSING", "the timestamp authority's certificate is missing",
                        "thiếu chứng thư số của đơn vị cấp dấu thời gian"));
                return out;
            }
            describe(out.signer, report);
            token.validate(SignerVerifiers.forCertificate(out.signer));
            out.signatureAlgorithm = SignerVerifiers.ALGORITHM_NAMES
                    .getAlgorithmName(new ASN1ObjectIdentifier(si.getEncryptionAlgOID()));
            out.signingTime = token.getTimeStampInfo().getGenTime().toInstant();
            out.timeSource = SignatureReport.TimeSource.TIMESTAMP;
        } catch (TSPException | IOException | CertificateException | OperatorCreationException | RuntimeException e) {
            report.add(Reasons.invalid("TIMESTAMP_INVALID", "the document timestamp does not verify: " + e.getMessage(),
                    "dấu thời gian của tài liệu không hợp lệ: " + e.getMessage()));
        }
        return out;
    }

    private static X509Certificate findSigner(SignerInformation si, List<X509Certificate> fromCms,
                                              Collection<X509Certificate> configured) {
        var sid = si.getSID();
        for (Collection<X509Certificate> pool : List.of(fromCms, configured)) {
            for (X509Certificate c : pool) {
                if (sid.getSerialNumber() != null && sid.getSerialNumber().equals(c.getSerialNumber())
                        && sid.getIssuer() != null
                        && sid.getIssuer().equals(X500Name.getInstance(c.getIssuerX500Principal().getEncoded()))) {
                    return c;
                }
                if (sid.getSubjectKeyIdentifier() != null) {
                    byte[] ext = c.getExtensionValue(org.bouncycastle.asn1.x509.Extension.subjectKeyIdentifier.getId());
                    if (ext != null && java.util.Arrays.equals(sid.getSubjectKeyIdentifier(),
                            org.bouncycastle.asn1.x509.SubjectKeyIdentifier.getInstance(
                                    ASN1OctetString.getInstance(ext).getOctets()).getKeyIdentifier())) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    private static void describe(X509Certificate c, SignatureReport report) {
        report.signerSubject = c.getSubjectX500Principal().getName();
        report.issuer = c.getIssuerX500Principal().getName();
        report.serial = c.getSerialNumber().toString(16).toUpperCase();
        X500Name name = X500Name.getInstance(c.getSubjectX500Principal().getEncoded());
        var cn = name.getRDNs(BCStyle.CN);
        report.signerName = cn.length > 0 ? IETFUtils.valueToString(cn[0].getFirst().getValue()) : report.signerSubject;
    }

    /** ESS signing-certificate(-v2): when present it must name the certificate that signed. */
    private static void checkSigningCertificateAttribute(AttributeTable signed, X509Certificate signer,
                                                         SignatureReport report) {
        if (signed == null) {
            return;
        }
        try {
            byte[] hash = null;
            String alg = null;
            IssuerSerial issuerSerial = null;
            Attribute v2 = signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
            Attribute v1 = signed.get(PKCSObjectIdentifiers.id_aa_signingCertificate);
            if (v2 != null) {
                ESSCertIDv2 id = SigningCertificateV2.getInstance(v2.getAttrValues().getObjectAt(0)).getCerts()[0];
                hash = id.getCertHash();
                alg = Digests.nameOf(id.getHashAlgorithm() == null ? NISTObjectIdentifiers.id_sha256.getId()
                        : id.getHashAlgorithm().getAlgorithm().getId());
                issuerSerial = id.getIssuerSerial();
            } else if (v1 != null) {
                ESSCertID id = SigningCertificate.getInstance(v1.getAttrValues().getObjectAt(0)).getCerts()[0];
                hash = id.getCertHash();
                alg = "SHA-1";
                issuerSerial = id.getIssuerSerial();
            }
            if (hash == null) {
                return;
            }
            boolean matches = alg != null
                    && MessageDigest.isEqual(hash, Digests.newDigest(alg).digest(signer.getEncoded()));
            if (matches && issuerSerial != null) {
                matches = issuerSerial.getSerial().getValue().equals(signer.getSerialNumber())
                        && issuerNamed(issuerSerial, signer);
            }
            if (!matches) {
                report.add(Reasons.invalid("SIGNING_CERT_ATTRIBUTE_MISMATCH",
                        "the signing-certificate attribute names another certificate than the signer's",
                        "thuộc tính signing-certificate chỉ tới chứng thư số khác với của người ký"));
            }
        } catch (CertificateException | RuntimeException e) {
            report.add(Reasons.invalid("SIGNING_CERT_ATTRIBUTE_BAD", "the signing-certificate attribute is unreadable",
                    "không đọc được thuộc tính signing-certificate"));
        }
    }

    private static boolean issuerNamed(IssuerSerial is, X509Certificate signer) {
        X500Name issuer = X500Name.getInstance(signer.getIssuerX500Principal().getEncoded());
        for (GeneralName g : is.getIssuer().getNames()) {
            if (g.getTagNo() == GeneralName.directoryName && X500Name.getInstance(g.getName()).equals(issuer)) {
                return true;
            }
        }
        return false;
    }

    private static void readSigningTime(SignerInformation si, Outcome out, SignatureReport report) {
        AttributeTable unsigned = si.getUnsignedAttributes();
        Attribute ts = unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (ts != null) {
            try {
                TimeStampToken token = new TimeStampToken(ContentInfo.getInstance(ts.getAttrValues().getObjectAt(0)));
                var info = token.getTimeStampInfo();
                String alg = Digests.nameOf(info.getMessageImprintAlgOID().getId());
                if (alg == null || !MessageDigest.isEqual(info.getMessageImprintDigest(),
                        Digests.newDigest(alg).digest(out.signatureValue))) {
                    report.add(Reasons.invalid("TIMESTAMP_IMPRINT_MISMATCH",
                            "the signature timestamp does not cover this signature",
                            "dấu thời gian không tương ứng với chữ ký này"));
                } else {
                    X509CertificateHolder tsa = firstMatch(token);
                    if (tsa == null) {
                        throw new TSPException("no TSA certificate in the token");
                    }
                    token.validate(SignerVerifiers.forCertificate(CONVERTER.getCertificate(tsa)));
                    out.timestamp = token;
                    out.signingTime = info.getGenTime().toInstant();
                    out.timeSource = SignatureReport.TimeSource.TIMESTAMP;
                }
            } catch (TSPException | IOException | CertificateException | OperatorCreationException | RuntimeException e) {
                report.add(Reasons.invalid("TIMESTAMP_INVALID", "the signature timestamp does not verify: " + e.getMessage(),
                        "dấu thời gian của chữ ký không hợp lệ: " + e.getMessage()));
            }
        }
        AttributeTable signed = si.getSignedAttributes();
        Attribute st = signed == null ? null : signed.get(CMSAttributes.signingTime);
        if (st != null) {
            try {
                out.claimedTime = Asn1Times.instant(Time.getInstance(st.getAttrValues().getObjectAt(0)));
            } catch (RuntimeException e) {
                report.add(Reasons.invalid("SIGNING_TIME_BAD", "the signing-time attribute is unreadable",
                        "không đọc được thuộc tính thời gian ký"));
            }
        }
    }

    private static X509CertificateHolder firstMatch(TimeStampToken token) {
        for (X509CertificateHolder h : token.getCertificates().getMatches(null)) {
            if (token.getSID().match(h)) {
                return h;
            }
        }
        return null;
    }

    /** RSA modulus size in bits, or 0 for other key types. */
    static int rsaBits(X509Certificate c) {
        return c.getPublicKey() instanceof RSAPublicKey rsa ? rsa.getModulus().bitLength() : 0;
    }

    /** Bad input: carries its reason. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Reason reason;

        Invalid(Reason reason) {
            super(reason.en(), null, false, false);
            this.reason = reason;
        }
    }
}
