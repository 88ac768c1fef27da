package vn.vanthu.signature;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.OCSPResponse;
import org.bouncycastle.asn1.ocsp.ResponseBytes;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;

/**
 * Validation material found in the file, tagged with where it was found: certificates, CRLs and
 * OCSP responses. Never fetched: only what the document, its CMS or the configuration hold.
 * Bounded: at most {@link #MAX_ITEMS} of each kind are kept.
 */
public final class ValidationData {

    static final int MAX_ITEMS = 64;

    /** Where revocation data or certificates come from. */
    public enum Source {
        /** The PDF's document security store (/DSS). */
        DSS("the document security store (/DSS)", "kho dữ liệu xác thực của tài liệu (/DSS)"),
        /** Adobe's adbe-revocationInfoArchival signed attribute. */
        CMS_ADBE_ARCHIVAL("the signature's adbe-revocationInfoArchival attribute",
                "thuộc tính adbe-revocationInfoArchival của chữ ký"),
        /** CAdES revocation values / certificate values (unsigned attributes). */
        CADES_VALUES("the signature's CAdES revocation values", "giá trị thu hồi CAdES của chữ ký"),
        /** The CRLs field of the CMS SignedData. */
        CMS_SIGNED_DATA("the CRLs carried in the CMS", "danh sách thu hồi kèm trong CMS"),
        /** A CRL directory or folder configured by the administrator. */
        CONFIGURED("the configured CRLs", "danh sách thu hồi đã cấu hình");

        final String en;
        final String vi;

        Source(String en, String vi) {
            this.en = en;
            this.vi = vi;
        }
    }

    record Crl(X509CRL crl, Source source) {
    }

    /** An OCSP response; {@code der} is its BasicOCSPResponse encoding as read, or null (then encoded when needed). */
    record Ocsp(BasicOCSPResp response, Source source, byte[] der) {
    }

    record Cert(X509Certificate certificate, Source source) {
    }

    final List<Crl> crls = new ArrayList<>();
    final List<Ocsp> ocsps = new ArrayList<>();
    final List<Cert> certificates = new ArrayList<>();
    /** Items that could not be read, in both languages, for the report. */
    final List<String> unreadable = new ArrayList<>();

    public ValidationData() {
    }

    /** Everything of {@code this} and {@code other} (this first). */
    ValidationData plus(ValidationData other) {
        ValidationData d = new ValidationData();
        for (ValidationData x : List.of(this, other)) {
            d.crls.addAll(x.crls);
            d.ocsps.addAll(x.ocsps);
            d.certificates.addAll(x.certificates);
            d.unreadable.addAll(x.unreadable);
        }
        return d;
    }

    boolean isEmpty() {
        return crls.isEmpty() && ocsps.isEmpty() && certificates.isEmpty();
    }

    List<X509Certificate> certificateList() {
        List<X509Certificate> l = new ArrayList<>(certificates.size());
        certificates.forEach(c -> l.add(c.certificate()));
        return l;
    }

    void addCrl(X509CRL crl, Source s) {
        if (crls.size() < MAX_ITEMS) {
            crls.add(new Crl(crl, s));
        }
    }

    void addOcsp(BasicOCSPResp r, Source s) {
        addOcsp(r, s, null);
    }

    private void addOcsp(BasicOCSPResp r, Source s, byte[] der) {
        if (ocsps.size() < MAX_ITEMS) {
            ocsps.add(new Ocsp(r, s, der));
        }
    }

    void addCertificate(X509Certificate c, Source s) {
        if (certificates.size() < MAX_ITEMS) {
            certificates.add(new Cert(c, s));
        }
    }

    /** Adds a DER certificate (e.g. a /DSS /Certs stream); unreadable bytes are noted. */
    public void addCertificateDer(byte[] der, Source s) {
        try {
            addCertificate(VerificationCache.shared().certificate(der), s);
        } catch (Exception e) {
            unreadable.add("certificate: " + e.getMessage());
        }
    }

    /** Adds a DER CRL (e.g. a /DSS /CRLs stream). */
    public void addCrlDer(byte[] der, Source s) {
        try {
            addCrl((X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der)), s);
        } catch (Exception e) {
            unreadable.add("CRL: " + e.getMessage());
        }
    }

    /** Adds a DER OCSPResponse (e.g. a /DSS /OCSPs stream), or a bare BasicOCSPResponse. */
    public void addOcspDer(byte[] der, Source s) {
        try {
            addOcspResponse(OCSPResponse.getInstance(der), s);
        } catch (RuntimeException notFull) {
            try {
                addOcsp(new BasicOCSPResp(org.bouncycastle.asn1.ocsp.BasicOCSPResponse.getInstance(der)), s, der);
            } catch (RuntimeException e) {
                unreadable.add("OCSP: " + e.getMessage());
            }
        }
    }

    void addOcspResponse(OCSPResponse r, Source s) {
        ResponseBytes rb = r.getResponseBytes();
        if (rb == null || !OCSPObjectIdentifiers.id_pkix_ocsp_basic.equals(rb.getResponseType())) {
            unreadable.add("OCSP: response without a basic response (status " + r.getResponseStatus().getIntValue() + ")");
            return;
        }
        byte[] basic = rb.getResponse().getOctets();
        addOcsp(new BasicOCSPResp(org.bouncycastle.asn1.ocsp.BasicOCSPResponse.getInstance(basic)), s, basic);
    }
}
