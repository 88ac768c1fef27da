package vn.vanthu.tools.seed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoSignerTest {

    @TempDir
    Path state;

    @Test
    void signsAPdfThatVerifiesAgainstTheDemoRoot() throws Exception {
        DemoSigner signer = DemoSigner.open(state);
        OffsetDateTime issued = OffsetDateTime.parse("2023-01-06T16:00:00+07:00");
        byte[] pdf = signer.signedPdf("ỦY BAN NHÂN DÂN\nXÃ PHÚ HỒ\nSố: 04/QĐ-UBND", issued);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(new PDFTextStripper().getText(document).contains("So: 04/QD-UBND"));
            List<PDSignature> signatures = document.getSignatureDictionaries();
            assertEquals(1, signatures.size());
            PDSignature signature = signatures.get(0);
            assertEquals("adbe.pkcs7.detached", signature.getSubFilter());
            int[] range = signature.getByteRange();
            assertEquals(0, range[0]);
            assertEquals(pdf.length, range[2] + range[3], "the byte range covers the whole file but the signature");
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
                    signature.getContents(pdf));
            SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
            X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates().getMatches(info.getSID())
                    .iterator().next();
            assertTrue(info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder)));
            assertEquals("2.16.840.1.101.3.4.2.1", info.getDigestAlgOID());
            Time time = Time.getInstance(info.getSignedAttributes().get(CMSAttributes.signingTime).getAttrValues()
                    .getObjectAt(0));
            assertEquals(issued.toInstant(), time.getDate().toInstant());
            assertEquals(2, cms.getCertificates().getMatches(null).size());
        }
        // Changing one byte of the signed part breaks the digest.
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = document.getSignatureDictionaries().get(0);
            byte[] signed = signature.getSignedContent(pdf);
            signed[signed.length / 2] ^= 1;
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), signature.getContents(pdf));
            SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
            assertThrows(CMSSignerDigestMismatchException.class,
                    () -> info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signer.signer())));
        }
    }

    @Test
    void theCaIsKeptAndItsRootWrittenForTheAdministrator() throws Exception {
        DemoSigner first = DemoSigner.open(state);
        DemoSigner again = DemoSigner.open(state);
        assertArrayEquals(first.root().getEncoded(), again.root().getEncoded());
        X509Certificate root = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(Files.newInputStream(state.resolve(DemoSigner.ROOT_CERTIFICATE)));
        assertEquals(first.root(), root);
        first.signer().verify(root.getPublicKey());
        assertEquals(-1, first.signer().getBasicConstraints());
        assertTrue(root.getBasicConstraints() >= 0);
        assertTrue(first.signer().getKeyUsage()[0], "digitalSignature");
    }
}
