package vn.vanthu.signature;

import java.security.cert.CRLException;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.OtherRevocationInfoFormat;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.esf.RevocationValues;
import org.bouncycastle.asn1.ocsp.BasicOCSPResponse;
import org.bouncycastle.asn1.ocsp.OCSPResponse;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.CertificateList;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;

/**
 * The revocation data and certificates a CMS signature carries for long-term validation:
 * Adobe's {@code adbe-revocationInfoArchival} signed attribute (1.2.840.113583.1.1.8: CRLs and
 * OCSP responses), the CAdES {@code id-aa-ets-revocationValues} (1.2.840.113549.1.9.16.2.24) and
 * {@code id-aa-ets-certValues} (…2.23) unsigned attributes, and the SignedData's own CRLs field
 * (CRLs and OCSP responses as other revocation info).
 */
final class CmsValidationData {

    static final ASN1ObjectIdentifier ADBE_REVOCATION_ARCHIVAL = new ASN1ObjectIdentifier("1.2.840.113583.1.1.8");
    static final ASN1ObjectIdentifier REVOCATION_VALUES = PKCSObjectIdentifiers.id_aa_ets_revocationValues;
    static final ASN1ObjectIdentifier CERT_VALUES = PKCSObjectIdentifiers.id_aa_ets_certValues;

    private static final JcaX509CRLConverter CRLS = new JcaX509CRLConverter();
    private static final JcaX509CertificateConverter CERTS = new JcaX509CertificateConverter();

    private CmsValidationData() {
    }

    static ValidationData of(CmsSignature cms) {
        ValidationData d = new ValidationData();
        AttributeTable signed = cms.signerInfo.getAuthenticatedAttributes() == null ? null
                : new AttributeTable(cms.signerInfo.getAuthenticatedAttributes());
        AttributeTable unsigned = cms.signerInfo.getUnauthenticatedAttributes() == null ? null
                : new AttributeTable(cms.signerInfo.getUnauthenticatedAttributes());
        if (signed != null) {
            for (Attribute a : all(signed, ADBE_REVOCATION_ARCHIVAL)) {
                guarded(d, "adbe-revocationInfoArchival", () -> adbe(a, d));
            }
        }
        if (unsigned != null) {
            for (Attribute a : all(unsigned, REVOCATION_VALUES)) {
                guarded(d, "revocationValues", () -> revocationValues(a, d));
            }
            for (Attribute a : all(unsigned, CERT_VALUES)) {
                guarded(d, "certValues", () -> {
                    for (ASN1Encodable c : ASN1Sequence.getInstance(a.getAttrValues().getObjectAt(0))) {
                        d.addCertificate(CERTS.getCertificate(new X509CertificateHolder(
                                org.bouncycastle.asn1.x509.Certificate.getInstance(c))), ValidationData.Source.CADES_VALUES);
                    }
                });
            }
        }
        guarded(d, "SignedData crls", () -> {
            ASN1Set crls = SignedData.getInstance(cms.contentInfo.getContent()).getCRLs();
            if (crls == null) {
                return;
            }
            for (ASN1Encodable choice : crls) {
                if (choice instanceof ASN1TaggedObject t && t.getTagNo() == 1) {
                    OtherRevocationInfoFormat other = OtherRevocationInfoFormat.getInstance(t, false);
                    if (CMSObjectIdentifiers.id_ri_ocsp_response.equals(other.getInfoFormat())) {
                        d.addOcspResponse(OCSPResponse.getInstance(other.getInfo()), ValidationData.Source.CMS_SIGNED_DATA);
                    }
                } else {
                    d.addCrl(crl(choice), ValidationData.Source.CMS_SIGNED_DATA);
                }
            }
        });
        return d;
    }

    private static java.util.List<Attribute> all(AttributeTable t, ASN1ObjectIdentifier oid) {
        org.bouncycastle.asn1.ASN1EncodableVector v = t.getAll(oid);
        java.util.List<Attribute> l = new java.util.ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            l.add(Attribute.getInstance(v.get(i)));
        }
        return l;
    }

    private interface Work {
        void run() throws Exception;
    }

    private static void guarded(ValidationData d, String what, Work w) {
        try {
            w.run();
        } catch (Exception e) {
            d.unreadable.add(what + ": " + e.getMessage());
        }
    }

    private static java.security.cert.X509CRL crl(ASN1Encodable e) throws CRLException {
        return CRLS.getCRL(new X509CRLHolder(CertificateList.getInstance(e)));
    }

    /** RevocationInfoArchival ::= SEQUENCE { crl [0] EXPLICIT SEQUENCE OF CRLs, ocsp [1] EXPLICIT SEQUENCE OF OCSPResponse, otherRevInfo [2] ... }. */
    private static void adbe(Attribute a, ValidationData d) throws CRLException {
        ASN1Sequence archival = ASN1Sequence.getInstance(a.getAttrValues().getObjectAt(0));
        for (ASN1Encodable e : archival) {
            ASN1TaggedObject t = ASN1TaggedObject.getInstance(e);
            ASN1Sequence items = ASN1Sequence.getInstance(t.getExplicitBaseObject());
            for (ASN1Encodable item : items) {
                if (t.getTagNo() == 0) {
                    d.addCrl(crl(item), ValidationData.Source.CMS_ADBE_ARCHIVAL);
                } else if (t.getTagNo() == 1) {
                    d.addOcspResponse(OCSPResponse.getInstance(item), ValidationData.Source.CMS_ADBE_ARCHIVAL);
                }
            }
        }
    }

    private static void revocationValues(Attribute a, ValidationData d) throws CRLException {
        RevocationValues v = RevocationValues.getInstance(a.getAttrValues().getObjectAt(0));
        if (v.getCrlVals() != null) {
            for (CertificateList cl : v.getCrlVals()) {
                d.addCrl(CRLS.getCRL(new X509CRLHolder(cl)), ValidationData.Source.CADES_VALUES);
            }
        }
        if (v.getOcspVals() != null) {
            for (BasicOCSPResponse r : v.getOcspVals()) {
                d.addOcsp(new BasicOCSPResp(r), ValidationData.Source.CADES_VALUES);
            }
        }
    }
}
