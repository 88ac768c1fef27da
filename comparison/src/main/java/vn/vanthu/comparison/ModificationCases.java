package vn.vanthu.comparison;

import static vn.vanthu.signature.SigningFixtures.options;
import static vn.vanthu.signature.SigningFixtures.signPdf;

import java.util.ArrayList;
import java.util.List;

import vn.vanthu.signature.HostileFiles;
import vn.vanthu.signature.ModificationFixtures;
import vn.vanthu.signature.SigningFixtures;
import vn.vanthu.signature.Verdict;
import vn.vanthu.signature.pdf.PdfRevisions;
import vn.vanthu.signature.pdf.RawPdf;

/**
 * The modification-analysis cases of issue 11 for the EU DSS comparison: updates after signing
 * that a clerk must accept (LTV data, a further signature, form filling under certification) and
 * those that must not pass (form filling or annotations beyond what is allowed, content changes,
 * shadow and incremental saving attacks). Built as in ModificationAnalysisTest and HostileUpdateTest.
 */
final class ModificationCases {

    /** One case: its name, the verdict a clerk should see, the file. */
    record Item(String name, Verdict expected, byte[] pdf) {
    }

    private ModificationCases() {
    }

    static List<Item> all() throws Exception {
        SigningFixtures pki = SigningFixtures.get();
        byte[] plain = SigningFixtures.pdf(20_000, 2);
        byte[] signed = signPdf(plain, pki.signer, options());
        byte[] form = ModificationFixtures.formPdf(false);
        byte[] formSigned = signPdf(form, pki.signer, options());
        byte[] p2 = signPdf(form, pki.signer, options().setup(ModificationFixtures.certify(2)));
        byte[] p1 = signPdf(plain, pki.signer, options().setup(ModificationFixtures.certify(1)));
        byte[] p3 = signPdf(plain, pki.signer, options().setup(ModificationFixtures.certify(3)));
        List<Item> c = new ArrayList<>();
        c.add(new Item("Enable LTV: /DSS update", Verdict.VALID, ModificationFixtures.addDss(signed)));
        c.add(new Item("document timestamp after signing", Verdict.VALID,
                signPdf(signed, pki.tsa, options().documentTimestamp(pki.tsa))));
        c.add(new Item("second signature, then /DSS", Verdict.VALID,
                ModificationFixtures.addDss(signPdf(signed, pki.secondSigner, options()))));
        c.add(new Item("second signature into the empty field", Verdict.VALID, signPdf(formSigned, pki.secondSigner,
                options().setup(ModificationFixtures.intoField(ModificationFixtures.EMPTY_SIG_FIELD)))));
        c.add(new Item("form filled, uncertified", Verdict.MODIFIED_AFTER_SIGNING,
                ModificationFixtures.fill(formSigned, ModificationFixtures.TEXT_FIELD, "15/QD-UBND")));
        c.add(new Item("form filled, certified P2", Verdict.VALID,
                ModificationFixtures.fill(p2, ModificationFixtures.TEXT_FIELD, "15/QD-UBND")));
        c.add(new Item("annotation, certified P3", Verdict.VALID, ModificationFixtures.annotate(p3)));
        c.add(new Item("annotation, certified P2", Verdict.MODIFIED_AFTER_SIGNING,
                ModificationFixtures.annotate(signPdf(plain, pki.signer, options().setup(ModificationFixtures.certify(2))))));
        c.add(new Item("page content changed, certified P3", Verdict.MODIFIED_AFTER_SIGNING,
                ModificationFixtures.changeContent(p3)));
        c.add(new Item("certified P1, then a second signature", Verdict.MODIFIED_AFTER_SIGNING,
                signPdf(p1, pki.secondSigner, options())));
        byte[] locked = signPdf(form, pki.signer, options().setup(ModificationFixtures.both(ModificationFixtures.certify(2),
                ModificationFixtures.lock("Include", ModificationFixtures.TEXT_FIELD))));
        c.add(new Item("FieldMDP-locked field filled", Verdict.MODIFIED_AFTER_SIGNING,
                ModificationFixtures.fill(locked, ModificationFixtures.TEXT_FIELD, "99")));

        byte[] hostileP2 = HostileFiles.signed(options().setup(ModificationFixtures.certify(2)));
        RawPdf hide = HostileFiles.update(hostileP2);
        hide.stream(5, "/Type /XObject /Subtype /Form /BBox [0 0 0 0]", new byte[0]);
        hide.classicXref("/Root 1 0 R /Info 7 0 R");
        c.add(new Item("shadow hide (overlay removed), P2", Verdict.MODIFIED_AFTER_SIGNING, hide.bytes()));
        RawPdf font = HostileFiles.update(hostileP2);
        font.obj(10, "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding << /Differences [49 /nine] >> >>");
        font.classicXref("/Root 1 0 R /Info 7 0 R");
        c.add(new Item("shadow replace (field font), P2", Verdict.MODIFIED_AFTER_SIGNING, font.bytes()));
        RawPdf swap = HostileFiles.update(hostileP2);
        swap.obj(3, HostileFiles.with(hostileP2, 3, "Contents", "6 0 R"));
        swap.classicXref("/Root 1 0 R /Info 7 0 R");
        c.add(new Item("shadow hide-and-replace (page /Contents), P2", Verdict.MODIFIED_AFTER_SIGNING, swap.bytes()));
        byte[] hostile = HostileFiles.signed(options());
        RawPdf redirect = HostileFiles.update(hostile);
        long at = redirect.position();
        redirect.raw("xref\n4 1\n" + String.format("%010d 00000 n\r\n", HostileFiles.deadCopy) + "trailer\n<< /Size "
                + redirect.size() + " /Root 1 0 R /Info 7 0 R /Prev " + redirect.lastXref() + " >>\nstartxref\n" + at
                + "\n%%EOF\n");
        c.add(new Item("ISA: xref entry pointing into signed bytes", Verdict.MODIFIED_AFTER_SIGNING, redirect.bytes()));
        PdfRevisions revs = PdfRevisions.read(hostile);
        RawPdf skip = RawPdf.append(hostile, revs.revision(0).xrefOffsets().get(0), (int) revs.trailer(1).integer("Size", 0));
        skip.obj(4, 0, "<< /Length 0 >>\nstream\n\nendstream");
        skip.classicXref("/Root 1 0 R /Info 7 0 R");
        c.add(new Item("ISA: /Prev skipping the signed revision", Verdict.MODIFIED_AFTER_SIGNING, skip.bytes()));
        return c;
    }
}
