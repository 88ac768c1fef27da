package vn.vanthu.edxml;

import java.security.Key;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.xml.crypto.AlgorithmMethod;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorException;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import vn.vanthu.signature.Reason;
import vn.vanthu.signature.TrustStore;

/**
 * Verifies the enveloped XMLDSig signature of an edXML message with the JDK's XML signature API
 * (secure validation on) and checks its certificate against the same {@link TrustStore} as PDF
 * signatures. The signature must have a Reference with URI="" (the whole message) and the
 * enveloped-signature transform: a signature over a part of the message is INVALID, since it
 * would leave the header unprotected. Certificates are checked at the time of verification
 * (XMLDSig carries no trusted signing time). See {@link EdxmlSigner} for the streaming design.
 * Thread-safe.
 */
public final class EdxmlSignatureVerifier {

    private final TrustStore trust;
    private final Clock clock;

    public EdxmlSignatureVerifier(TrustStore trust) {
        this(trust, Clock.systemUTC());
    }

    public EdxmlSignatureVerifier(TrustStore trust, Clock clock) {
        this.trust = java.util.Objects.requireNonNull(trust, "trust");
        this.clock = clock;
    }

    /**
     * Verifies the signature of a message (the skeleton DOM the reader builds, or a full DOM).
     *
     * @param doc              the message
     * @param base64Incomplete true when the reader left attachment text out of {@code doc}: a
     *                         signature that does not exclude ContentTransferEncoded then cannot be
     *                         checked and is reported so
     */
    public EdxmlSignatureResult verify(Document doc, boolean base64Incomplete) {
        Element sigElement = findSignature(doc);
        if (sigElement == null) {
            return EdxmlSignatureResult.unsigned();
        }
        List<EdxmlProblem> reasons = new ArrayList<>();
        CertSelector selector = new CertSelector();
        try {
            XMLSignatureFactory fac = XMLSignatureFactory.getInstance("DOM");
            DOMValidateContext ctx = new DOMValidateContext(selector, sigElement);
            ctx.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
            XMLSignature sig = fac.unmarshalXMLSignature(ctx);
            boolean whole = false;
            boolean excludesBase64 = false;
            for (Object o : sig.getSignedInfo().getReferences()) {
                Reference r = (Reference) o;
                boolean enveloped = false;
                for (Object t : r.getTransforms()) {
                    String alg = ((Transform) t).getAlgorithm();
                    enveloped |= Transform.ENVELOPED.equals(alg);
                    excludesBase64 |= Transform.XPATH2.equals(alg) || Transform.XPATH.equals(alg);
                }
                whole |= "".equals(r.getURI()) && enveloped;
            }
            boolean ok = sig.validate(ctx);
            X509Certificate cert = selector.signer;
            String subject = cert == null ? null : cert.getSubjectX500Principal().getName();
            if (!whole) {
                reasons.add(EdxmlProblem.of("SIGNATURE_SCOPE", EdxmlNames.SIGNATURE,
                        "Chữ ký không bao trùm toàn bộ gói edXML (cần Reference URI=\"\" với biến đổi enveloped-signature)",
                        "The signature does not cover the whole edXML message (a Reference URI=\"\" with the enveloped-signature transform is required)"));
                return new EdxmlSignatureResult(EdxmlSignatureStatus.INVALID, subject, cert, null, reasons);
            }
            if (!ok) {
                if (!sig.getSignatureValue().validate(ctx)) {
                    reasons.add(EdxmlProblem.of("SIGNATURE_VALUE_INVALID", EdxmlNames.SIGNATURE,
                            "Giá trị chữ ký không khớp với khóa công khai của chứng thư số",
                            "The signature value does not match the certificate's public key"));
                }
                for (Object o : sig.getSignedInfo().getReferences()) {
                    Reference r = (Reference) o;
                    if (!r.validate(ctx)) {
                        if (base64Incomplete && !excludesBase64) {
                            reasons.add(EdxmlProblem.of("SIGNATURE_NOT_STREAMABLE", EdxmlNames.SIGNATURE,
                                    "Chữ ký bao gồm cả nội dung base64 của tệp đính kèm lớn nên không kiểm tra được khi đọc luồng",
                                    "The signature covers the base64 text of large attachments, which the streaming reader does not keep"));
                        } else {
                            reasons.add(EdxmlProblem.of("REFERENCE_DIGEST_MISMATCH", EdxmlNames.SIGNATURE,
                                    "Nội dung gói edXML đã bị thay đổi sau khi ký (giá trị băm của phần được ký không khớp)",
                                    "The edXML message was changed after signing (the digest of the signed content does not match)"));
                        }
                    }
                }
                if (reasons.isEmpty()) {
                    reasons.add(EdxmlProblem.of("SIGNATURE_INVALID", EdxmlNames.SIGNATURE, "Chữ ký số không hợp lệ",
                            "The signature is not valid"));
                }
                return new EdxmlSignatureResult(EdxmlSignatureStatus.INVALID, subject, cert, null, reasons);
            }
            TrustStore.PathValidation path = trust.validatePath(cert, selector.others, Date.from(clock.instant()));
            for (Reason r : path.reasons()) {
                reasons.add(EdxmlProblem.of(r.code(), EdxmlNames.SIGNATURE, r.vi(), r.en()));
            }
            if (!reasons.isEmpty()) {
                return new EdxmlSignatureResult(EdxmlSignatureStatus.UNTRUSTED, subject, cert, path.anchor(), reasons);
            }
            return new EdxmlSignatureResult(EdxmlSignatureStatus.VALID, subject, cert, path.anchor(), List.of());
        } catch (javax.xml.crypto.MarshalException | javax.xml.crypto.dsig.XMLSignatureException | RuntimeException e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            reasons.add(EdxmlProblem.of("SIGNATURE_MALFORMED", EdxmlNames.SIGNATURE,
                    "Không đọc được chữ ký số của gói edXML: " + msg, "The edXML signature cannot be read: " + msg));
            X509Certificate cert = selector.signer;
            return new EdxmlSignatureResult(EdxmlSignatureStatus.INVALID,
                    cert == null ? null : cert.getSubjectX500Principal().getName(), cert, null, reasons);
        }
    }

    /** The first ds:Signature inside edXMLHeader, or null. */
    static Element findSignature(Document doc) {
        NodeList list = doc.getElementsByTagNameNS(EdxmlNames.DSIG_NS, EdxmlNames.SIGNATURE);
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            for (Node n = e.getParentNode(); n != null; n = n.getParentNode()) {
                if (Dom.isEdxml(n, EdxmlNames.HEADER)) {
                    return e;
                }
            }
        }
        return null;
    }

    /** Takes the signing key from the X509Data: the certificate that issued none of the others. */
    private static final class CertSelector extends KeySelector {
        X509Certificate signer;
        final List<X509Certificate> others = new ArrayList<>();

        @Override
        public KeySelectorResult select(KeyInfo keyInfo, Purpose purpose, AlgorithmMethod method, XMLCryptoContext context)
                throws KeySelectorException {
            if (keyInfo == null) {
                throw new KeySelectorException("no KeyInfo: the signing certificate is required");
            }
            List<X509Certificate> certs = new ArrayList<>();
            for (Object o : keyInfo.getContent()) {
                if (o instanceof X509Data d) {
                    for (Object c : d.getContent()) {
                        if (c instanceof X509Certificate x) {
                            certs.add(x);
                        }
                    }
                }
            }
            if (certs.isEmpty()) {
                throw new KeySelectorException("no X509Certificate in KeyInfo");
            }
            X509Certificate leaf = certs.get(0);
            for (X509Certificate c : certs) {
                boolean issuer = false;
                for (X509Certificate o : certs) {
                    if (o != c && o.getIssuerX500Principal().equals(c.getSubjectX500Principal())) {
                        issuer = true;
                    }
                }
                if (!issuer) {
                    leaf = c;
                    break;
                }
            }
            signer = leaf;
            others.clear();
            for (X509Certificate c : certs) {
                if (c != leaf) {
                    others.add(c);
                }
            }
            PublicKey pk = leaf.getPublicKey();
            return () -> (Key) pk;
        }
    }
}
