package vn.vanthu.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.vanthu.signature.Modifications.Kind;
import vn.vanthu.signature.SigningFixtures.PdfOptions;

/**
 * The modification analysis on real files: PDFBox incremental saves of the updates that tools
 * really make after signing (LTV data, document timestamps, approval signatures, form filling,
 * annotations, content changes), with and without certification and field locks, on classic and
 * compressed (xref stream, object stream) files.
 */
class ModificationAnalysisTest {

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

    private static byte[] sign(byte[] pdf, SigningFixtures.Identity id, PdfOptions o) throws Exception {
        return SigningFixtures.signPdf(pdf, id, o);
    }

    private static List<String> codes(SignatureReport s) {
        return s.reasons().stream().map(Reason::code).collect(Collectors.toList());
    }

    private static String describe(VerificationResult r) {
        return r.toMap().toString();
    }

    private static void assertSignatureOutcome(VerificationResult r, int index, Verdict v, Kind kind) {
        SignatureReport s = r.signatures().get(index);
        assertEquals(v, s.verdict(), describe(r));
        assertNotNull(s.modifications(), describe(r));
        assertEquals(kind, s.modifications().kind(), describe(r));
        assertEquals(v == Verdict.VALID, s.modifications().allowed(), describe(r));
    }

    @Test
    void enableLtvDssUpdateIsAllowed() throws Exception {
        byte[] signed = sign(SigningFixtures.pdf(8000, 3), fx.signer, SigningFixtures.options());
        VerificationResult r = verify(ModificationFixtures.addDss(signed));
        assertEquals(Verdict.VALID, r.verdict(), describe(r));
        assertSignatureOutcome(r, 0, Verdict.VALID, Kind.LTV);
        assertTrue(codes(r.signatures().get(0)).contains("ALLOWED_CHANGES_AFTER_SIGNING"));
        String en = r.signatures().get(0).reasons().stream().filter(x -> x.code().equals("ALLOWED_CHANGES_AFTER_SIGNING"))
                .findFirst().orElseThrow().en();
        assertTrue(en.contains("/DSS"), en);
    }

    @Test
    void documentTimestampAfterSigningIsAllowed() throws Exception {
        byte[] signed = sign(SigningFixtures.pdf(5000, 4), fx.signer, SigningFixtures.options());
        byte[] stamped = sign(signed, fx.tsa, SigningFixtures.options().documentTimestamp(fx.tsa));
        VerificationResult r = verify(stamped);
        assertSignatureOutcome(r, 0, Verdict.VALID, Kind.LTV);
        assertEquals(Kind.NONE, r.signatures().get(1).modifications().kind());
    }

    @Test
    void secondSignatureInANewFieldThenDssIsAllowed() throws Exception {
        byte[] one = sign(SigningFixtures.pdf(5000, 5), fx.signer, SigningFixtures.options());
        byte[] two = sign(one, fx.secondSigner, SigningFixtures.options());
        byte[] ltv = ModificationFixtures.addDss(two);
        VerificationResult r = verify(ltv);
        assertEquals(Verdict.VALID, r.verdict(), describe(r));
        assertSignatureOutcome(r, 0, Verdict.VALID, Kind.SIGNATURE);
        assertSignatureOutcome(r, 1, Verdict.VALID, Kind.LTV);
        assertEquals(2, r.signatures().get(0).modifications().laterRevisions());
    }

    @Test
    void secondSignatureIntoThePreExistingEmptyFieldIsAllowed() throws Exception {
        for (boolean compressed : new boolean[] {false, true}) {
            byte[] one = sign(ModificationFixtures.formPdf(compressed), fx.signer, SigningFixtures.options());
            byte[] two = sign(one, fx.secondSigner, SigningFixtures.options()
                    .setup(ModificationFixtures.intoField(ModificationFixtures.EMPTY_SIG_FIELD)));
            VerificationResult r = verify(two);
            assertEquals(Verdict.VALID, r.verdict(), describe(r));
            assertSignatureOutcome(r, 0, Verdict.VALID, Kind.SIGNATURE);
            String en = r.signatures().get(0).modifications().changes().get(0).en();
            assertTrue(describe(r).contains("empty signature field \"" + ModificationFixtures.EMPTY_SIG_FIELD + "\""),
                    describe(r) + en);
        }
    }

    @Test
    void formFillingIsModifiedOnAnUncertifiedDocumentAndAllowedUnderP2() throws Exception {
        byte[] form = ModificationFixtures.formPdf(false);
        byte[] plain = sign(form, fx.signer, SigningFixtures.options());
        VerificationResult r = verify(ModificationFixtures.fill(plain, ModificationFixtures.TEXT_FIELD, "15/QD-UBND"));
        assertEquals(Verdict.MODIFIED_AFTER_SIGNING, r.verdict(), describe(r));
        assertSignatureOutcome(r, 0, Verdict.MODIFIED_AFTER_SIGNING, Kind.FORM_FILL);
        assertTrue(r.mainReason().en().contains("\"" + ModificationFixtures.TEXT_FIELD + "\""), r.mainReason().en());
        assertEquals("CHANGED_AFTER_SIGNING", r.mainReason().code());

        byte[] p2 = sign(form, fx.signer, SigningFixtures.options().setup(ModificationFixtures.certify(2)));
        VerificationResult c = verify(ModificationFixtures.fill(p2, ModificationFixtures.TEXT_FIELD, "15/QD-UBND"));
        assertEquals(Verdict.VALID, c.verdict(), describe(c));
        assertSignatureOutcome(c, 0, Verdict.VALID, Kind.FORM_FILL);
        assertTrue(c.signatures().get(0).modifications().rule().contains("P2"));
    }

    @Test
    void annotationsAreAllowedUnderP3Only() throws Exception {
        byte[] base = SigningFixtures.pdf(5000, 6);
        byte[] p3 = sign(base, fx.signer, SigningFixtures.options().setup(ModificationFixtures.certify(3)));
        VerificationResult a = verify(ModificationFixtures.annotate(p3));
        assertEquals(Verdict.VALID, a.verdict(), describe(a));
        assertSignatureOutcome(a, 0, Verdict.VALID, Kind.ANNOTATION);

        byte[] p2 = sign(base, fx.signer, SigningFixtures.options().setup(ModificationFixtures.certify(2)));
        VerificationResult b = verify(ModificationFixtures.annotate(p2));
        assertSignatureOutcome(b, 0, Verdict.MODIFIED_AFTER_SIGNING, Kind.ANNOTATION);
        assertTrue(b.mainReason().en().contains("/Text annotation was added to page 1"), b.mainReason().en());

        byte[] plain = sign(base, fx.signer, SigningFixtures.options());
        assertSignatureOutcome(verify(ModificationFixtures.annotate(plain)), 0, Verdict.MODIFIED_AFTER_SIGNING,
                Kind.ANNOTATION);
    }

    @Test
    void pageContentChangeIsModifiedEvenUnderP3AndNamesThePage() throws Exception {
        byte[] p3 = sign(SigningFixtures.pdf(5000, 7), fx.signer, SigningFixtures.options()
                .setup(ModificationFixtures.certify(3)));
        VerificationResult r = verify(ModificationFixtures.changeContent(p3));
        assertSignatureOutcome(r, 0, Verdict.MODIFIED_AFTER_SIGNING, Kind.OTHER);
        Modifications.Change c = r.signatures().get(0).modifications().changes().stream()
                .filter(x -> x.kind() == Kind.OTHER).findFirst().orElseThrow();
        assertEquals(1, c.page(), describe(r));
        assertTrue(c.en().contains("/Contents of page 1"), c.en());
        assertTrue(c.vi().contains("trang 1"), c.vi());
        assertFalse(c.objects().isEmpty());
    }

    @Test
    void certificationP1AllowsOnlyLtvData() throws Exception {
        byte[] p1 = sign(SigningFixtures.pdf(5000, 8), fx.signer, SigningFixtures.options()
                .setup(ModificationFixtures.certify(1)));
        assertSignatureOutcome(verify(ModificationFixtures.addDss(p1)), 0, Verdict.VALID, Kind.LTV);
        byte[] stamped = sign(p1, fx.tsa, SigningFixtures.options().documentTimestamp(fx.tsa));
        assertSignatureOutcome(verify(stamped), 0, Verdict.VALID, Kind.LTV);
        VerificationResult second = verify(sign(p1, fx.secondSigner, SigningFixtures.options()));
        assertSignatureOutcome(second, 0, Verdict.MODIFIED_AFTER_SIGNING, Kind.SIGNATURE);
        assertTrue(second.mainReason().en().contains("certified P1"), second.mainReason().en());
        assertSignatureOutcome(verify(SigningFixtures.updateTitle(p1, "x")), 0, Verdict.MODIFIED_AFTER_SIGNING, Kind.OTHER);
    }

    @Test
    void fieldMdpLockIsEnforced() throws Exception {
        byte[] form = ModificationFixtures.formPdf(false);
        byte[] locked = sign(form, fx.signer, SigningFixtures.options().setup(ModificationFixtures.both(
                ModificationFixtures.certify(2),
                ModificationFixtures.lock("Include", ModificationFixtures.TEXT_FIELD))));
        VerificationResult violated = verify(ModificationFixtures.fill(locked, ModificationFixtures.TEXT_FIELD, "99"));
        assertSignatureOutcome(violated, 0, Verdict.MODIFIED_AFTER_SIGNING, Kind.FORM_FILL);
        assertTrue(violated.mainReason().en().contains("locked"), violated.mainReason().en());
        assertTrue(violated.mainReason().vi().contains("khóa"), violated.mainReason().vi());

        VerificationResult other = verify(ModificationFixtures.fill(locked, ModificationFixtures.OTHER_FIELD, "03/12/2026"));
        assertSignatureOutcome(other, 0, Verdict.VALID, Kind.FORM_FILL);

        byte[] all = sign(form, fx.signer, SigningFixtures.options().setup(ModificationFixtures.both(
                ModificationFixtures.certify(2), ModificationFixtures.lock("All"))));
        assertSignatureOutcome(verify(ModificationFixtures.fill(all, ModificationFixtures.OTHER_FIELD, "x")), 0,
                Verdict.MODIFIED_AFTER_SIGNING, Kind.FORM_FILL);
        byte[] exclude = sign(form, fx.signer, SigningFixtures.options().setup(ModificationFixtures.both(
                ModificationFixtures.certify(2), ModificationFixtures.lock("Exclude", ModificationFixtures.OTHER_FIELD))));
        assertSignatureOutcome(verify(ModificationFixtures.fill(exclude, ModificationFixtures.OTHER_FIELD, "x")), 0,
                Verdict.VALID, Kind.FORM_FILL);
        assertSignatureOutcome(verify(ModificationFixtures.fill(exclude, ModificationFixtures.TEXT_FIELD, "x")), 0,
                Verdict.MODIFIED_AFTER_SIGNING, Kind.FORM_FILL);
    }

    @Test
    void compressedFilesWithXrefStreamsAreAnalysedAlike() throws Exception {
        byte[] form = ModificationFixtures.formPdf(true);
        byte[] one = sign(form, fx.signer, SigningFixtures.options());
        var revs = vn.vanthu.signature.pdf.PdfRevisions.read(one);
        assertTrue(revs.revision(0).xrefStream(), "the base file has an xref stream");
        assertTrue(revs.revision(1).xrefStream(), "PDFBox's incremental signature wrote an xref stream");
        byte[] ltvFile = ModificationFixtures.addDss(sign(one, fx.secondSigner, SigningFixtures.options()));
        var ltvRevs = vn.vanthu.signature.pdf.PdfRevisions.read(ltvFile);
        assertTrue(ltvRevs.revision(ltvRevs.revisionCount() - 1).xrefStream());
        VerificationResult ltv = verify(ltvFile);
        assertEquals(Verdict.VALID, ltv.verdict(), describe(ltv));
        assertSignatureOutcome(ltv, 0, Verdict.VALID, Kind.SIGNATURE);
        VerificationResult filled = verify(ModificationFixtures.fill(one, ModificationFixtures.TEXT_FIELD, "x"));
        assertSignatureOutcome(filled, 0, Verdict.MODIFIED_AFTER_SIGNING, Kind.FORM_FILL);
        VerificationResult changed = verify(ModificationFixtures.changeContent(one));
        assertSignatureOutcome(changed, 0, Verdict.MODIFIED_AFTER_SIGNING, Kind.OTHER);
    }

    @Test
    void toolMetadataUpdatesAreAllowedButNotATitleChange() throws Exception {
        byte[] signed = sign(SigningFixtures.pdf(5000, 10), fx.signer, SigningFixtures.options());
        byte[] touched = ModificationFixtures.touchMetadata(signed, false);
        VerificationResult r = verify(touched);
        assertSignatureOutcome(r, 0, Verdict.VALID, Kind.LTV);
        assertTrue(describe(r).contains("ModDate"), describe(r));
        // Rewritten again: the XMP stream now exists in the signed revision.
        byte[] again = sign(touched, fx.secondSigner, SigningFixtures.options());
        assertSignatureOutcome(verify(ModificationFixtures.touchMetadata(again, false)), 1, Verdict.VALID, Kind.LTV);
        VerificationResult t = verify(ModificationFixtures.touchMetadata(signed, true));
        assertSignatureOutcome(t, 0, Verdict.MODIFIED_AFTER_SIGNING, Kind.OTHER);
        assertTrue(t.mainReason().en().contains("[Title]"), t.mainReason().en());
    }

    @Test
    void jsonDetailCarriesTheClassification() throws Exception {
        byte[] signed = sign(SigningFixtures.pdf(5000, 9), fx.signer, SigningFixtures.options());
        Map<String, Object> m = verify(ModificationFixtures.addDss(signed)).toMap();
        @SuppressWarnings("unchecked")
        Map<String, Object> d = (Map<String, Object>) ((List<Map<String, Object>>) m.get("details")).get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> mods = (Map<String, Object>) d.get("modifications");
        assertEquals("LTV", mods.get("kind"));
        assertEquals(true, mods.get("allowed"));
        assertFalse(((List<?>) mods.get("objects")).isEmpty());
        assertEquals(1, mods.get("laterRevisions"));
    }
}
