package vn.vanthu.edxml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.crypto.dsig.spec.XPathFilter2ParameterSpec;
import javax.xml.crypto.dsig.spec.XPathType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Signs edXML messages with an enveloped XMLDSig signature (JDK javax.xml.crypto.dsig), placed as
 * the last child of edXMLHeader. One Reference, URI="" (the whole message), with the transforms
 * enveloped-signature, XPath Filter 2.0 <em>subtract</em> {@code //e:ContentTransferEncoded} and
 * exclusive canonicalization: the signature covers every element and attribute of the message
 * except the base64 text of the attachments, which it covers through the manifest's SHA-256
 * DigestValue and AttachmentSize of each attachment (checked by the reader while it streams). So
 * signing and verifying need only the small XML skeleton in memory, whatever the attachments
 * weigh, and any standard XMLDSig implementation verifies the same signature on the full message.
 * SHA-256 digests; RSA-SHA256 or ECDSA-SHA256 by key type. KeyInfo carries the certificate chain.
 */
public final class EdxmlSigner {

    private final PrivateKey key;
    private final List<X509Certificate> chain;

    /**
     * @param key   the signing key
     * @param chain the signing certificate first, then its issuers (the root may be left out)
     */
    public EdxmlSigner(PrivateKey key, List<X509Certificate> chain) {
        if (key == null || chain == null || chain.isEmpty()) {
            throw new IllegalArgumentException("a key and its certificate are required");
        }
        this.key = key;
        this.chain = List.copyOf(chain);
        checkPair(key, this.chain.get(0));
    }

    /** The first certificate must be the key's: otherwise every signature would be INVALID. */
    private static void checkPair(PrivateKey key, X509Certificate cert) {
        String alg = "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
        try {
            java.security.Signature s = java.security.Signature.getInstance(alg);
            s.initSign(key);
            byte[] probe = {'e', 'd', 'X', 'M', 'L'};
            s.update(probe);
            byte[] sig = s.sign();
            s.initVerify(cert.getPublicKey());
            s.update(probe);
            if (!s.verify(sig)) {
                throw new IllegalArgumentException("the first certificate (" + cert.getSubjectX500Principal()
                        + ") is not the signing key's certificate");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("unusable signing key or certificate: " + e.getMessage(), e);
        }
    }

    /**
     * A signer from a PKCS#12 (or JKS) key store file.
     *
     * @param alias the key entry, or null for the first key entry
     */
    public static EdxmlSigner fromKeyStore(Path file, char[] password, String alias) throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance(file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jks")
                ? "JKS" : "PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            ks.load(in, password);
        }
        String a = alias;
        if (a == null) {
            for (Enumeration<String> e = ks.aliases(); e.hasMoreElements(); ) {
                String candidate = e.nextElement();
                if (ks.isKeyEntry(candidate)) {
                    a = candidate;
                    break;
                }
            }
        }
        if (a == null || !ks.isKeyEntry(a)) {
            throw new GeneralSecurityException("no key entry " + (alias == null ? "" : alias) + " in " + file);
        }
        PrivateKey k = (PrivateKey) ks.getKey(a, password);
        List<X509Certificate> certs = new ArrayList<>();
        Certificate[] c = ks.getCertificateChain(a);
        if (c != null) {
            for (Certificate x : c) {
                certs.add((X509Certificate) x);
            }
        }
        return new EdxmlSigner(k, certs);
    }

    /** The signing certificate. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** Signs the message {@code doc}, appending ds:Signature to {@code parent} (its edXMLHeader). */
    void sign(Document doc, Element parent) throws GeneralSecurityException {
        XMLSignatureFactory fac = XMLSignatureFactory.getInstance("DOM");
        List<Transform> transforms = List.of(
                fac.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                fac.newTransform(Transform.XPATH2, new XPathFilter2ParameterSpec(List.of(new XPathType(
                        "//e:" + EdxmlNames.CONTENT_TRANSFER_ENCODED, XPathType.Filter.SUBTRACT,
                        Map.of("e", EdxmlNames.NS))))),
                fac.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null));
        Reference ref = fac.newReference("", fac.newDigestMethod(DigestMethod.SHA256, null), transforms, null, null);
        String alg = switch (key.getAlgorithm()) {
            case "EC" -> SignatureMethod.ECDSA_SHA256;
            case "RSA" -> SignatureMethod.RSA_SHA256;
            default -> throw new GeneralSecurityException("unsupported key algorithm " + key.getAlgorithm());
        };
        SignedInfo si = fac.newSignedInfo(
                fac.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                fac.newSignatureMethod(alg, null), Collections.singletonList(ref));
        KeyInfoFactory kif = fac.getKeyInfoFactory();
        X509Data data = kif.newX509Data(new ArrayList<Object>(chain));
        KeyInfo ki = kif.newKeyInfo(List.of(data));
        DOMSignContext ctx = new DOMSignContext(key, parent);
        ctx.setDefaultNamespacePrefix("ds");
        XMLSignature sig = fac.newXMLSignature(si, ki);
        try {
            sig.sign(ctx);
        } catch (javax.xml.crypto.MarshalException | javax.xml.crypto.dsig.XMLSignatureException e) {
            throw new GeneralSecurityException("XML signature failed: " + e.getMessage(), e);
        }
    }
}
