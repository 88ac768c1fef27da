package vn.vanthu.edxml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.Reference;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.SignedInfo;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfoFactory;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.vanthu.signature.SigningFixtures;

class EdxmlSignatureTest {

    private final SigningFixtures pki = SigningFixtures.get();
    private final EdxmlReader reader = new EdxmlReader(new EdxmlSignatureVerifier(pki.trustStore()));
    private final byte[] pdf;

    EdxmlSignatureTest() throws Exception {
        pdf = EdxmlSamples.pdf(30_000, 7);
    }

    private String signedPackage(SigningFixtures.Identity id) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdxmlWriter().write(EdxmlSamples.header(), List.of(AttachmentSource.ofBytes(pdf, "04-QĐ-UBND.pdf", "application/pdf")),
                out, EdxmlSamples.signer(id));
        return out.toString(StandardCharsets.UTF_8);
    }

    private EdxmlPackage read(String xml, EdxmlReader r) throws Exception {
        return r.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), new EdxmlSamples.MemorySink());
    }

    @Test
    void statusMessagesAreSignedAndCheckedLikePackages() throws Exception {
        EdxmlStatus status = EdxmlStatusTest.status(EdxmlStatusCode.REJECTED, "Văn bản thiếu chữ ký số của cơ quan ban hành");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdxmlWriter().writeStatus(status, out, EdxmlSamples.signer(pki.signer));
        String xml = out.toString(StandardCharsets.UTF_8);
        EdxmlStatus back = reader.readStatus(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals(EdxmlSignatureStatus.VALID, back.signature().status());
        assertEquals(status.description(), back.description());

        String tampered = xml.replace("Văn bản thiếu chữ ký số", "Văn bản đủ chữ ký số");
        EdxmlStatus forged = reader.readStatus(new ByteArrayInputStream(tampered.getBytes(StandardCharsets.UTF_8)));
        assertEquals(EdxmlSignatureStatus.INVALID, forged.signature().status());
        assertEquals("REFERENCE_DIGEST_MISMATCH", forged.signature().reasons().get(0).code());

        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        new EdxmlWriter().writeStatus(status, plain, null);
        assertEquals(EdxmlSignatureStatus.UNSIGNED,
                reader.readStatus(new ByteArrayInputStream(plain.toByteArray())).signature().status());

        EdxmlReader strict = new EdxmlReader(new EdxmlSignatureVerifier(pki.trustStore()),
                EdxmlReader.Limits.defaults().requiringValidSignature());
        for (byte[] refused : List.of(tampered.getBytes(StandardCharsets.UTF_8), plain.toByteArray())) {
            EdxmlException e = assertThrows(EdxmlException.class, () -> strict.readStatus(new ByteArrayInputStream(refused)));
            assertEquals(EdxmlProblem.BAD_SIGNATURE, e.problems().get(0).code());
        }
        assertEquals(EdxmlSignatureStatus.VALID,
                strict.readStatus(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).signature().status());
    }

    @Test
    void aChangedHeaderBreaksTheSignature() throws Exception {
        String xml = signedPackage(pki.signer);
        assertEquals(EdxmlSignatureStatus.VALID, read(xml, reader).signature().status());
        String tampered = xml.replace("Kế hoạch cải cách hành chính năm 2023</Subject>", "Kế hoạch cải cách hành chính năm 2024</Subject>");
        EdxmlSignatureResult r = read(tampered, reader).signature();
        assertEquals(EdxmlSignatureStatus.INVALID, r.status());
        assertEquals("REFERENCE_DIGEST_MISMATCH", r.reasons().get(0).code());
        assertTrue(r.reasons().get(0).vi().contains("bị thay đổi sau khi ký"));
        // an added recipient is a change too
        String moreTo = xml.replace("<To>", "<To><OrganId>H99</OrganId><OrganName>Kẻ lạ</OrganName></To><To>");
        assertEquals(EdxmlSignatureStatus.INVALID, read(moreTo, reader).signature().status());
    }

    @Test
    void aChangedAttachmentIsCaughtByTheSignedManifestDigest() throws Exception {
        String xml = signedPackage(pki.signer);
        byte[] other = pdf.clone();
        other[pdf.length / 2] ^= 0x20;
        String b64 = Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(other);
        String swapped = xml.replaceAll("(?s)<ContentTransferEncoded>.*</ContentTransferEncoded>",
                "<ContentTransferEncoded>\n" + b64 + "\n</ContentTransferEncoded>");
        EdxmlException e = assertThrows(EdxmlException.class, () -> read(swapped, reader));
        assertEquals(EdxmlProblem.DIGEST_MISMATCH, e.problems().get(0).code());
        // changing the manifest digest as well passes the digest check but breaks the signature
        String both = swapped.replace(HandWritten.sha256(pdf), HandWritten.sha256(other));
        EdxmlPackage p = read(both, reader);
        assertEquals(EdxmlSignatureStatus.INVALID, p.signature().status());
        // and the signature value itself
        String value = xml.substring(xml.indexOf("<ds:SignatureValue>") + 19, xml.indexOf("</ds:SignatureValue>"));
        char c = value.charAt(10);
        String badValue = xml.replace(value, value.substring(0, 10) + (c == 'A' ? 'B' : 'A') + value.substring(11));
        EdxmlSignatureResult r = read(badValue, reader).signature();
        assertEquals(EdxmlSignatureStatus.INVALID, r.status());
        assertEquals("SIGNATURE_VALUE_INVALID", r.reasons().get(0).code());
    }

    @Test
    void aSignerOutsideTheTrustAnchorsIsUntrusted() throws Exception {
        EdxmlSignatureResult r = read(signedPackage(pki.untrustedSigner), reader).signature();
        assertEquals(EdxmlSignatureStatus.UNTRUSTED, r.status());
        assertEquals("NO_PATH_TO_TRUST_ANCHOR", r.reasons().get(0).code());
        assertTrue(r.signer().contains("Nguoi La"));
        EdxmlSignatureResult expired = read(signedPackage(pki.expiredSigner), reader).signature();
        assertEquals(EdxmlSignatureStatus.UNTRUSTED, expired.status());
        assertEquals("CERT_NOT_VALID_AT_SIGNING_TIME", expired.reasons().get(0).code());
        // the Government root alone does not trust the test hierarchy
        EdxmlReader government = new EdxmlReader(new EdxmlSignatureVerifier(vn.vanthu.signature.TrustStore.governmentDefault()));
        assertEquals(EdxmlSignatureStatus.UNTRUSTED, read(signedPackage(pki.signer), government).signature().status());
    }

    @Test
    void aReaderRequiringValidSignaturesRefusesTheOthers() throws Exception {
        EdxmlReader strict = new EdxmlReader(new EdxmlSignatureVerifier(pki.trustStore()),
                EdxmlReader.Limits.defaults().requiringValidSignature());
        assertEquals(EdxmlSignatureStatus.VALID, read(signedPackage(pki.signer), strict).signature().status());
        EdxmlSamples.MemorySink sink = new EdxmlSamples.MemorySink();
        byte[] untrusted = signedPackage(pki.untrustedSigner).getBytes(StandardCharsets.UTF_8);
        EdxmlException e = assertThrows(EdxmlException.class, () -> strict.read(new ByteArrayInputStream(untrusted), sink));
        assertEquals(EdxmlProblem.BAD_SIGNATURE, e.problems().get(0).code());
        assertTrue(sink.discarded);
        EdxmlException unsigned = assertThrows(EdxmlException.class, () -> strict.read(
                new ByteArrayInputStream(HandWritten.utf8(HandWritten.valid())), new EdxmlSamples.MemorySink()));
        assertEquals(EdxmlProblem.BAD_SIGNATURE, unsigned.problems().get(0).code());
    }

    /** A signature made by another implementation over the whole document, base64 included (no XPath filter). */
    private String foreignSigned(String unsigned, SigningFixtures.Identity id) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(unsigned.getBytes(StandardCharsets.UTF_8)));
        Element header = (Element) doc.getElementsByTagNameNS(EdxmlNames.NS, "edXMLHeader").item(0);
        XMLSignatureFactory fac = XMLSignatureFactory.getInstance("DOM");
        Reference ref = fac.newReference("", fac.newDigestMethod(DigestMethod.SHA256, null),
                List.of(fac.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                        fac.newTransform(CanonicalizationMethod.INCLUSIVE, (TransformParameterSpec) null)), null, null);
        SignedInfo si = fac.newSignedInfo(fac.newCanonicalizationMethod(CanonicalizationMethod.INCLUSIVE,
                (C14NMethodParameterSpec) null), fac.newSignatureMethod(SignatureMethod.RSA_SHA256, null), Collections.singletonList(ref));
        KeyInfoFactory kif = fac.getKeyInfoFactory();
        fac.newXMLSignature(si, kif.newKeyInfo(List.of(kif.newX509Data(List.of(id.cert(), id.chain().get(0))))))
                .sign(new DOMSignContext(id.key(), header));
        StringWriter w = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(w));
        return w.toString();
    }

    @Test
    void aForeignWholeDocumentSignatureIsVerifiedWhenTheBase64IsSmallEnoughToKeep() throws Exception {
        String xml = foreignSigned(HandWritten.valid(), pki.signer);
        EdxmlSamples.MemorySink sink = new EdxmlSamples.MemorySink();
        EdxmlPackage p = reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), sink);
        assertEquals(EdxmlSignatureStatus.VALID, p.signature().status(), p.signature().reasons().toString());
        assertArrayEquals(HandWritten.PDF, sink.bytes(p.mainAttachment().contentId()));
        // the base64 is signed: one character changed (and the manifest digest dropped) breaks it
        String noDigest = xml.replaceAll("(?s)<edXML:AttachmentSize>.*</edXML:DigestValue>", "");
        String b64 = xml.substring(xml.indexOf("<ContentTransferEncoded>") + 24, xml.indexOf("</ContentTransferEncoded>"));
        int i = b64.indexOf("JVBER") + 30;
        String changed = noDigest.replace(b64, b64.substring(0, i) + (b64.charAt(i) == 'Q' ? 'R' : 'Q') + b64.substring(i + 1));
        assertEquals(EdxmlSignatureStatus.INVALID, read(changed, reader).signature().status());
        // a reader keeping less base64 than the package holds says why it cannot check
        EdxmlReader small = new EdxmlReader(new EdxmlSignatureVerifier(pki.trustStore()),
                new EdxmlReader.Limits(1 << 20, 100_000, 64, 100, false));
        EdxmlSignatureResult r = read(xml, small).signature();
        assertEquals(EdxmlSignatureStatus.INVALID, r.status());
        assertEquals("SIGNATURE_NOT_STREAMABLE", r.reasons().get(0).code());
    }

    @Test
    void aSignerIsLoadedFromAPkcs12File(@TempDir Path dir) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("văn thư", pki.signer.key(), "mat-khau-2023".toCharArray(), new X509Certificate[] {pki.signer.cert(),
                pki.signer.chain().get(0)});
        Path file = dir.resolve("vanthu.p12");
        try (var out = Files.newOutputStream(file)) {
            ks.store(out, "mat-khau-2023".toCharArray());
        }
        EdxmlSigner s = EdxmlSigner.fromKeyStore(file, "mat-khau-2023".toCharArray(), null);
        assertEquals(pki.signer.cert(), s.certificate());
        assertThrows(IllegalArgumentException.class, () -> new EdxmlSigner(pki.signer.key(), List.of(pki.secondSigner.cert())));
    }
}
