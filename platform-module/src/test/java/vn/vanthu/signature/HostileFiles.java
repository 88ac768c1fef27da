package vn.vanthu.signature;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import vn.vanthu.signature.pdf.PdfObject;
import vn.vanthu.signature.pdf.PdfRevisions;
import vn.vanthu.signature.pdf.RawPdf;

/**
 * The hand-written original of the hostile-update tests and the helpers that write attacking
 * updates onto its signed copies (shared by HostileUpdateTest and the EU DSS comparison).
 */
public final class HostileFiles {

    /** Offset of the dead copy of object 4 that the hand-written original carries. */
    public static long deadCopy;

    private HostileFiles() {
    }

    /**
     * A one-page document whose content draws the amount then an overlay XObject (object 5) over
     * part of the page; it also carries an unused content stream (object 6, another amount), a dead
     * copy of object 4 outside the xref, and a text field "SoTien" with its font (object 10).
     */
    public static byte[] original() {
        RawPdf w = new RawPdf();
        w.obj(1, "<< /Type /Catalog /Pages 2 0 R /AcroForm 8 0 R >>");
        w.obj(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        w.obj(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Annots [9 0 R]"
                + " /Resources << /XObject << /Ov 5 0 R >> /Font << /F1 10 0 R >> >> >>");
        w.stream(4, "", ascii("BT /F1 12 Tf 72 720 Td (So tien: 100.000 dong) Tj ET q /Ov Do Q"));
        w.stream(5, "/Type /XObject /Subtype /Form /BBox [0 0 595 842]", ascii("1 1 1 rg 60 600 400 40 re f"));
        w.stream(6, "", ascii("BT /F1 12 Tf 72 720 Td (So tien: 900.000.000 dong) Tj ET"));
        w.obj(7, "<< /Title (Quyet dinh 15) /Producer (Vanthu hand writer) >>");
        w.obj(8, "<< /Fields [9 0 R] /DR << /Font << /Helv 10 0 R >> >> /DA (/Helv 0 Tf 0 g) >>");
        w.obj(9, "<< /Type /Annot /Subtype /Widget /FT /Tx /T (SoTien) /V (100.000) /Rect [72 600 372 620] /P 3 0 R"
                + " /DA (/Helv 10 Tf 0 g) /AP << /N 11 0 R >> >>");
        w.obj(10, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        w.stream(11, "/Type /XObject /Subtype /Form /BBox [0 0 300 20] /Resources << /Font << /Helv 10 0 R >> >>",
                ascii("/Tx BMC BT /Helv 10 Tf 2 5 Td (100.000) Tj ET EMC"));
        // A dead copy of object 4 that no xref entry names (shown only if an update points at it).
        deadCopy = w.position();
        String dead = "BT /F1 12 Tf 72 720 Td (So tien: 900.000.000 dong) Tj ET";
        w.raw("4 0 obj\n<< /Length " + dead.length() + " >>\nstream\n" + dead + "\nendstream\nendobj\n");
        w.classicXref("/Root 1 0 R /Info 7 0 R");
        return w.bytes();
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] signed(SigningFixtures.PdfOptions o) throws Exception {
        return SigningFixtures.signPdf(original(), SigningFixtures.get().signer, o);
    }

    /** An update appended to {@code pdf} by the hand writer, continuing its last xref section. */
    public static RawPdf update(byte[] pdf) throws Exception {
        PdfRevisions r = PdfRevisions.read(pdf);
        int last = r.revisionCount() - 1;
        return RawPdf.append(pdf, r.revision(last).xrefOffsets().get(0), (int) r.trailer(last).integer("Size", 0));
    }

    /** Object {@code num} as the signed file's last revision has it, with {@code key} set to {@code value} (PDF syntax). */
    public static String with(byte[] pdf, int num, String key, String value) throws Exception {
        PdfRevisions r = PdfRevisions.read(pdf);
        PdfObject.Dict d = (PdfObject.Dict) r.resolve(new PdfObject.Ref(num, 0), r.revisionCount() - 1);
        StringBuilder b = new StringBuilder("<<");
        d.entries().forEach((k, x) -> {
            if (!k.equals(key)) {
                b.append(" /").append(k).append(' ').append(pdf(x));
            }
        });
        return b.append(" /").append(key).append(' ').append(value).append(" >>").toString();
    }

    /** The page's /Annots in the signed file's last revision, as PDF syntax without the closing bracket. */
    public static String annots(byte[] pdf) throws Exception {
        PdfRevisions r = PdfRevisions.read(pdf);
        PdfObject.Dict d = (PdfObject.Dict) r.resolve(new PdfObject.Ref(3, 0), r.revisionCount() - 1);
        String a = pdf(r.resolve(d.get("Annots"), r.revisionCount() - 1));
        return a.substring(0, a.length() - 1);
    }

    /** PDF syntax of a value read back (enough for the catalogue's entries). */
    public static String pdf(PdfObject v) {
        if (v instanceof PdfObject.Dict d) {
            StringBuilder b = new StringBuilder("<<");
            d.entries().forEach((k, x) -> b.append(" /").append(k).append(' ').append(pdf(x)));
            return b.append(" >>").toString();
        }
        if (v instanceof PdfObject.Array a) {
            return a.items().stream().map(HostileFiles::pdf).collect(Collectors.joining(" ", "[", "]"));
        }
        return v.toString();
    }
}
