package vn.vanthu.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.vanthu.signature.Modifications.Kind;
import vn.vanthu.signature.pdf.PdfObject;
import vn.vanthu.signature.pdf.PdfRevisions;
import vn.vanthu.signature.pdf.RawPdf;

/**
 * Hostile files: shadow attacks (hide, replace, hide-and-replace), incremental saving attacks and
 * signature wrapping, after Mainka, Mladenov and Rohlmann's classes. The original documents and the
 * attacking updates are written by hand ({@link RawPdf}, not PDFBox), the signatures by PDFBox.
 * None may come out VALID.
 */
class HostileUpdateTest {

    private static SigningFixtures fx;
    private static SignatureVerifier verifier;

    @BeforeAll
    static void setUp() {
        fx = SigningFixtures.get();
        verifier = new SignatureVerifier(fx.trustStore());
    }

    private static VerificationResult verify(byte[] pdf) {
        return verifier.verifyPdf(new ByteArrayChannel(pdf));
    }

    private static List<String> codes(VerificationResult r) {
        return r.signatures().stream().flatMap(s -> s.reasons().stream()).map(Reason::code).collect(Collectors.toList());
    }

    private static void assertCaught(VerificationResult r, Verdict v, String code) {
        assertEquals(v, r.verdict(), r.toMap().toString());
        assertNotEquals(Verdict.VALID, r.signatures().get(0).verdict());
        if (code != null) {
            assertTrue(codes(r).contains(code) || r.fileReasons().stream().anyMatch(x -> x.code().equals(code)),
                    code + " in " + r.toMap());
        }
    }

    @Test
    void theHandWrittenOriginalSignsAndVerifiesAndAllowsAHandWrittenDssUpdate() throws Exception {
        byte[] s = HostileFiles.signed(SigningFixtures.options());
        assertEquals(Verdict.VALID, verify(s).verdict(), verify(s).toMap().toString());
        // A /DSS update written by hand with an xref stream on a classic-xref file.
        RawPdf w = HostileFiles.update(s);
        PdfRevisions r = PdfRevisions.read(s);
        PdfObject.Dict cat = r.catalog(r.revisionCount() - 1);
        StringBuilder c = new StringBuilder("<<");
        cat.entries().forEach((k, v) -> c.append(" /").append(k).append(' ').append(HostileFiles.pdf(v)));
        c.append(" /DSS 30 0 R >>");
        w.obj(1, c.toString());
        w.obj(30, "<< /Certs [31 0 R] /VRI << /ABCDEF << /Cert [31 0 R] >> >> >>");
        w.stream(31, "", fx.signer.cert().getEncoded());
        w.xrefStream(32, "/Root 1 0 R /Info 7 0 R");
        VerificationResult v = verify(w.bytes());
        assertEquals(Verdict.VALID, v.verdict(), v.toMap().toString());
        assertEquals(Kind.LTV, v.signatures().get(0).modifications().kind());
    }

    @Test
    void shadowHideRevealsHiddenContentByChangingTheOverlay() throws Exception {
        for (SigningFixtures.PdfOptions o : List.of(SigningFixtures.options(),
                SigningFixtures.options().setup(ModificationFixtures.certify(2)),
                SigningFixtures.options().setup(ModificationFixtures.certify(3)))) {
            RawPdf w = HostileFiles.update(HostileFiles.signed(o));
            w.stream(5, "/Type /XObject /Subtype /Form /BBox [0 0 0 0]", new byte[0]);
            w.classicXref("/Root 1 0 R /Info 7 0 R");
            VerificationResult r = verify(w.bytes());
            assertCaught(r, Verdict.MODIFIED_AFTER_SIGNING, "CHANGED_AFTER_SIGNING");
            assertTrue(r.signatures().get(0).modifications().objects().contains(5), r.toMap().toString());
            assertEquals(Kind.OTHER, r.signatures().get(0).modifications().kind());
        }
    }

    @Test
    void shadowReplaceThroughTheFieldFontOrAnOverlayAnnotationIsCaughtUnderP2() throws Exception {
        byte[] p2 = HostileFiles.signed(SigningFixtures.options().setup(ModificationFixtures.certify(2)));
        // Replace the font the field's appearance uses (a font whose glyphs draw other digits).
        RawPdf font = HostileFiles.update(p2);
        font.obj(10, "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding << /Differences [49 /nine] >> >>");
        font.classicXref("/Root 1 0 R /Info 7 0 R");
        VerificationResult r = verify(font.bytes());
        assertCaught(r, Verdict.MODIFIED_AFTER_SIGNING, "CHANGED_AFTER_SIGNING");
        assertTrue(r.signatures().get(0).modifications().objects().contains(10));

        // Move the field over the amount (its /Rect), keeping the value.
        RawPdf rect = HostileFiles.update(p2);
        rect.obj(9, HostileFiles.with(p2, 9, "Rect", "[60 700 460 740]"));
        rect.classicXref("/Root 1 0 R /Info 7 0 R");
        VerificationResult r2 = verify(rect.bytes());
        assertCaught(r2, Verdict.MODIFIED_AFTER_SIGNING, "CHANGED_AFTER_SIGNING");
        assertTrue(r2.mainReason().en().contains("/Rect"), r2.mainReason().en());

        // Cover the amount with a new FreeText annotation (annotations are not allowed under P2).
        RawPdf overlay = HostileFiles.update(p2);
        overlay.obj(3, HostileFiles.with(p2, 3, "Annots", HostileFiles.annots(p2) + " 40 0 R]"));
        overlay.obj(40, "<< /Type /Annot /Subtype /FreeText /Rect [60 700 460 740] /Contents (So tien: 900.000.000) "
                + "/DA (/Helv 12 Tf 0 g) >>");
        overlay.classicXref("/Root 1 0 R /Info 7 0 R");
        VerificationResult r3 = verify(overlay.bytes());
        assertCaught(r3, Verdict.MODIFIED_AFTER_SIGNING, "CHANGED_AFTER_SIGNING");
        assertEquals(Kind.ANNOTATION, r3.signatures().get(0).modifications().kind());
    }

    @Test
    void shadowHideAndReplacePointsThePageAtTheUnusedSignedObject() throws Exception {
        byte[] s = HostileFiles.signed(SigningFixtures.options().setup(ModificationFixtures.certify(3)));
        RawPdf w = HostileFiles.update(s);
        w.obj(3, HostileFiles.with(s, 3, "Contents", "6 0 R"));
        w.classicXref("/Root 1 0 R /Info 7 0 R");
        VerificationResult r = verify(w.bytes());
        assertCaught(r, Verdict.MODIFIED_AFTER_SIGNING, "CHANGED_AFTER_SIGNING");
        assertTrue(r.mainReason().en().contains("/Contents of page 1"), r.mainReason().en());
        assertTrue(r.mainReason().vi().contains("trang 1"), r.mainReason().vi());
        assertEquals(1, r.signatures().get(0).modifications().changes().size(), r.toMap().toString());

        // The same with object streams and an xref stream: the page is rewritten inside an object stream.
        RawPdf packed = HostileFiles.update(s);
        packed.packed(3, HostileFiles.with(s, 3, "Contents", "6 0 R"));
        packed.objStm(50);
        packed.xrefStream(51, "/Root 1 0 R /Info 7 0 R");
        VerificationResult r2 = verify(packed.bytes());
        assertCaught(r2, Verdict.MODIFIED_AFTER_SIGNING, "CHANGED_AFTER_SIGNING");
        assertTrue(r2.signatures().get(0).modifications().objects().contains(3));
    }

    @Test
    void incrementalSavingAttacksAreCaught() throws Exception {
        byte[] s = HostileFiles.signed(SigningFixtures.options());
        // A new catalogue: /Root points elsewhere.
        RawPdf root = HostileFiles.update(s);
        root.obj(60, "<< /Type /Catalog /Pages 61 0 R >>");
        root.obj(61, "<< /Type /Pages /Kids [62 0 R] /Count 1 >>");
        root.obj(62, "<< /Type /Page /Parent 61 0 R /MediaBox [0 0 595 842] /Contents 6 0 R"
                + " /Resources << /Font << /F1 10 0 R >> >> >>");
        root.classicXref("/Root 60 0 R /Info 7 0 R");
        VerificationResult r = verify(root.bytes());
        assertCaught(r, Verdict.MODIFIED_AFTER_SIGNING, "CHANGED_AFTER_SIGNING");
        assertTrue(r.mainReason().en().contains("/Root"), r.mainReason().en());

        // An xref-only update that points object 4 at the dead copy inside the signed bytes.
        HostileFiles.original();
        long dead = HostileFiles.deadCopy;
        assertTrue(new String(s, StandardCharsets.ISO_8859_1).startsWith("4 0 obj", (int) dead));
        RawPdf redirect = HostileFiles.update(s);
        long at = redirect.position();
        redirect.raw("xref\n4 1\n" + String.format("%010d 00000 n\r\n", dead) + "trailer\n<< /Size "
                + redirect.size() + " /Root 1 0 R /Info 7 0 R /Prev " + redirect.lastXref() + " >>\nstartxref\n" + at
                + "\n%%EOF\n");
        VerificationResult r2 = verify(redirect.bytes());
        assertCaught(r2, Verdict.MODIFIED_AFTER_SIGNING, "UPDATE_NOT_WELL_FORMED");

        // An update whose /Prev skips the signed revision (points at the unsigned original's xref).
        PdfRevisions revs = PdfRevisions.read(s);
        long originalXref = revs.revision(0).xrefOffsets().get(0);
        RawPdf skip = RawPdf.append(s, originalXref, (int) revs.trailer(1).integer("Size", 0));
        skip.obj(4, 0, "<< /Length 0 >>\nstream\n\nendstream");
        skip.classicXref("/Root 1 0 R /Info 7 0 R");
        VerificationResult r3 = verify(skip.bytes());
        assertCaught(r3, Verdict.MODIFIED_AFTER_SIGNING, "SIGNED_REVISION_NOT_FOUND");

        // An update whose /Prev points at garbage.
        RawPdf broken = RawPdf.append(s, 17, (int) revs.trailer(1).integer("Size", 0));
        broken.obj(4, 0, "<< /Length 0 >>\nstream\n\nendstream");
        broken.classicXref("/Root 1 0 R /Info 7 0 R");
        assertCaught(verify(broken.bytes()), Verdict.MODIFIED_AFTER_SIGNING, "NOT_COVERED");
    }

    @Test
    void signatureWrappingIsCaught() throws Exception {
        byte[] s = HostileFiles.signed(SigningFixtures.options());
        long[] br = SigningFixtures.lastByteRange(s);
        // The signed revision duplicated after its %%EOF, with a changed amount in the copy.
        byte[] tail = Arrays.copyOfRange(s, (int) br[2], s.length);
        String t = new String(tail, StandardCharsets.ISO_8859_1);
        byte[] copy = concat(s, concat(HostileFiles.ascii("4 0 obj\n<< /Length 10 >>\nstream\nBT (x) Tj\nendstream\nendobj\n"),
                t.getBytes(StandardCharsets.ISO_8859_1)));
        VerificationResult dup = verify(copy);
        assertTrue(dup.verdict() == Verdict.MALFORMED || dup.verdict() == Verdict.MODIFIED_AFTER_SIGNING, dup.toMap().toString());
        assertEquals(Verdict.MODIFIED_AFTER_SIGNING, dup.signatures().get(0).verdict());
        assertTrue(codes(dup).contains("NOT_COVERED"));

        // A second xref and trailer hidden inside the /Contents gap, and the last startxref pointing at it.
        byte[] gap = s.clone();
        int start = (int) br[1] + 1 + 8000;
        byte[] hidden = HostileFiles.ascii("xref\n4 1\n" + String.format("%010d 00000 n\r\n", HostileFiles.deadCopy) + "trailer\n<< /Size 12 /Root 1 0 R >>\n");
        System.arraycopy(hidden, 0, gap, start, hidden.length);
        assertCaught(verify(gap), Verdict.MALFORMED, null);
        byte[] pointed = concat(s, HostileFiles.ascii("startxref\n" + start + "\n%%EOF\n"));
        assertCaught(verify(pointed), Verdict.MODIFIED_AFTER_SIGNING, null);

        // An xref and trailer appended after the %%EOF without a startxref of their own.
        byte[] after = concat(s, HostileFiles.ascii("xref\n4 1\n" + String.format("%010d 00000 n\r\n", HostileFiles.deadCopy)
                + "trailer\n<< /Size 12 /Root 1 0 R /Prev " + PdfRevisions.read(s).revision(1).xrefOffsets().get(0)
                + " >>\n"));
        assertCaught(verify(after), Verdict.MODIFIED_AFTER_SIGNING, "NOT_COVERED");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
