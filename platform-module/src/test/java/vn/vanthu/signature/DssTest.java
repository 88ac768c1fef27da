package vn.vanthu.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanthu.signature.LtvFixtures.by;
import static vn.vanthu.signature.LtvFixtures.days;
import static vn.vanthu.signature.LtvFixtures.good;
import static vn.vanthu.signature.LtvFixtures.ltv;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.signature.pdf.PdfRevisions;
import vn.vanthu.signature.pdf.RawPdf;

/**
 * Revocation data in the document security store, added after signing in an incremental update by
 * two different writers: PDFBox (as Adobe's "Enable LTV" or PDFBox's AddValidationInformation do)
 * and the hand-written {@link RawPdf} (compressed streams, a /VRI entry).
 */
class DssTest {

    private static LtvFixtures f;
    private static SigningFixtures pki;
    private static byte[] signedPades;
    private static BasicOCSPResp signerOk;
    private static X509CRL caCrl;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() throws Exception {
        f = LtvFixtures.get();
        pki = f.pki;
        signedPades = LtvFixtures.signPdf(SigningFixtures.pdf(8_000, 9), "ETSI.CAdES.detached", null,
                by(f.revocable, ltv().ess().timestamp(pki.tsa, days(0))));
        signerOk = good(f.responder, pki.intermediate, f.revocable.cert(), days(0));
        caCrl = LtvFixtures.crl(pki.root, null, null, days(0), days(30));
    }

    private VerificationResult verify(byte[] pdf) throws Exception {
        return new SignatureVerifier(pki.trustStore()).verifyPdf(Files.write(dir.resolve("d" + System.nanoTime() + ".pdf"), pdf));
    }

    private static byte[] ocspDer(BasicOCSPResp r) throws Exception {
        return new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, r).getEncoded();
    }

    static byte[] addDssWithPdfBox(byte[] pdf, List<byte[]> certs, List<byte[]> crls, List<byte[]> ocsps) throws Exception {
        return DssUpdates.withPdfBox(pdf, certs, crls, ocsps);
    }

    static byte[] addDssByHand(byte[] pdf, byte[] ocsp, byte[] crl, byte[] vriContents) throws Exception {
        return DssUpdates.byHand(pdf, ocsp, crl, vriContents);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> revocation(SignatureReport s) {
        return (List<Map<String, Object>>) ((Map<String, Object>) s.toMap().get("longTermValidation")).get("revocation");
    }

    @Test
    void pdfBoxDssGivesLtAndADocumentTimestampOverItGivesLta() throws Exception {
        assertEquals("PAdES-BASELINE-T", verify(signedPades).signatures().get(0).level());
        byte[] lt = addDssWithPdfBox(signedPades, List.of(f.responder.cert().getEncoded()), List.of(caCrl.getEncoded()),
                List.of(ocspDer(signerOk)));
        VerificationResult r = verify(lt);
        SignatureReport s = r.signatures().get(0);
        assertEquals("PAdES-BASELINE-LT", s.level(), () -> s.toMap().toString());
        assertEquals("DSS", revocation(s).get(0).get("source"));
        assertEquals("GOOD", revocation(s).get(0).get("status"));
        assertEquals("DSS", revocation(s).get(1).get("source"));
        assertEquals("CRL", revocation(s).get(1).get("by"));
        assertTrue(s.reasons().stream().anyMatch(x -> x.code().equals("REVOCATION_CHECKED")
                && x.en().contains("the document security store (/DSS)")));

        byte[] lta = SigningFixtures.signPdf(lt, pki.tsa, SigningFixtures.options().documentTimestamp(pki.tsa));
        VerificationResult r2 = verify(lta);
        assertEquals(Verdict.VALID, r2.verdict(), () -> r2.toMap().toString());
        assertEquals("PAdES-BASELINE-LTA", r2.signatures().get(0).level());
        // a document timestamp BEFORE the DSS covers the signature (T) but not the data
        byte[] tsFirst = SigningFixtures.signPdf(signedPades, pki.tsa, SigningFixtures.options().documentTimestamp(pki.tsa));
        byte[] dssAfter = addDssWithPdfBox(tsFirst, List.of(), List.of(caCrl.getEncoded()), List.of(ocspDer(signerOk)));
        assertEquals("PAdES-BASELINE-LT", verify(dssAfter).signatures().get(0).level());
    }

    @Test
    void handWrittenDssWithVriIsRead() throws Exception {
        long[] br = SigningFixtures.lastByteRange(signedPades);
        byte[] contents = HexFormat.of().parseHex(new String(signedPades, (int) br[1] + 1, (int) (br[2] - br[1] - 2),
                StandardCharsets.ISO_8859_1));
        byte[] lt = addDssByHand(signedPades, ocspDer(signerOk), caCrl.getEncoded(), contents);
        VerificationResult r = verify(lt);
        SignatureReport s = r.signatures().get(0);
        assertEquals("PAdES-BASELINE-LT", s.level(), () -> s.toMap().toString());
        Map<?, ?> dss = (Map<?, ?>) ((Map<?, ?>) s.toMap().get("longTermValidation")).get("dss");
        assertEquals(Boolean.TRUE, dss.get("vri"));
        assertEquals((long) new PdfRevisions[] {PdfRevisions.read(lt)}[0].revision(2).end(), dss.get("revisionEnd"));
    }

    @Test
    void revocationInTheDssBeforeSigningIsUntrusted() throws Exception {
        BasicOCSPResp revoked = LtvFixtures.ocsp(f.responder, pki.intermediate.cert(), f.revocable.cert(),
                LtvFixtures.revokedAt(days(-5)), days(0), days(7));
        byte[] pdf = addDssWithPdfBox(signedPades, List.of(), List.of(), List.of(ocspDer(revoked)));
        VerificationResult r = verify(pdf);
        SignatureReport s = r.signatures().get(0);
        assertTrue(s.reasons().stream().anyMatch(x -> x.code().equals("CERT_REVOKED") && x.verdict() == Verdict.UNTRUSTED),
                () -> s.toMap().toString());
        // (the file verdict also depends on how the DSS update itself is judged: the modification analysis)
        assertTrue(s.verdict().ordinal() <= Verdict.UNTRUSTED.ordinal());
    }

    @Test
    void garbageInTheDssIsReportedNotFatal() throws Exception {
        byte[] pdf = addDssWithPdfBox(signedPades, List.of("not a certificate".getBytes(StandardCharsets.US_ASCII)),
                List.of(new byte[] {0x30, 0x03, 1, 2, 3}), List.of(ocspDer(signerOk)));
        SignatureReport s = verify(pdf).signatures().get(0);
        assertTrue(s.reasons().stream().anyMatch(x -> x.code().equals("VALIDATION_DATA_UNREADABLE")), () -> s.toMap().toString());
        assertEquals("GOOD", revocation(s).get(0).get("status"));
    }
}
