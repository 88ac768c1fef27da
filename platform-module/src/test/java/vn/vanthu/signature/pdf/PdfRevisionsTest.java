package vn.vanthu.signature.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import vn.vanthu.signature.SigningFixtures;

class PdfRevisionsTest {

    private static PdfObject.Ref ref(int n) {
        return new PdfObject.Ref(n, 0);
    }

    @Test
    void readsAPdfBoxFileWithAClassicXref() throws Exception {
        byte[] pdf = SigningFixtures.pdf(5000, 1);
        PdfRevisions r = PdfRevisions.read(pdf);
        assertEquals(1, r.revisionCount());
        assertEquals(pdf.length, r.revision(0).end());
        assertEquals(0, r.revisionEndingAt(pdf.length));
        PdfObject.Dict cat = r.catalog(0);
        assertEquals("Catalog", cat.name("Type"));
        PdfObject.Dict pages = (PdfObject.Dict) r.resolve(cat.get("Pages"), 0);
        assertEquals(1, pages.integer("Count", -1));
        PdfObject.Dict page = (PdfObject.Dict) r.resolve(((PdfObject.Array) pages.get("Kids")).get(0), 0);
        PdfObject.Stream content = (PdfObject.Stream) r.resolve(page.get("Contents"), 0);
        String text = new String(r.decodedStreamData(content, 1 << 20), StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("UY BAN NHAN DAN XA THU NGHIEM"), text);
        PdfObject.Stream padding = (PdfObject.Stream) r.resolve(page.get("VanthuPadding"), 0);
        assertEquals(3000, padding.length());
    }

    @Test
    void readsPdfBoxXrefStreamsAndObjectStreamsAndTheirIncrementalUpdates() throws Exception {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.addPage(new PDPage());
            doc.getDocumentInformation().setTitle("Quyết định");
            doc.save(out, CompressParameters.DEFAULT_COMPRESSION);
            pdf = out.toByteArray();
        }
        PdfRevisions r = PdfRevisions.read(pdf);
        assertEquals(1, r.revisionCount());
        assertTrue(r.revision(0).xrefStream());
        PdfObject.Dict cat = r.catalog(0);
        assertEquals("Catalog", cat.name("Type"));
        assertEquals(2, ((PdfObject.Dict) r.resolve(cat.get("Pages"), 0)).integer("Count", -1));
        boolean compressed = r.objectsAt(0).values().stream().anyMatch(e -> e.type() == 2);
        assertTrue(compressed, "PDFBox packed objects into an object stream");

        byte[] updated;
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage p = doc.getPage(1);
            p.getCOSObject().setName(COSName.getPDFName("VanthuMark"), "changed");
            p.getCOSObject().setNeedToBeUpdated(true);
            doc.saveIncremental(out);
            updated = out.toByteArray();
        }
        PdfRevisions u = PdfRevisions.read(updated);
        assertEquals(2, u.revisionCount());
        assertEquals(pdf.length, u.revision(0).end());
        assertEquals(updated.length, u.revision(1).end());
        assertEquals(pdf.length, u.revision(1).start());
        PdfObject.Dict pages1 = (PdfObject.Dict) u.resolve(u.catalog(1).get("Pages"), 1);
        PdfObject.Ref second = (PdfObject.Ref) ((PdfObject.Array) pages1.get("Kids")).get(1);
        assertNull(((PdfObject.Dict) u.resolve(second, 0)).get("VanthuMark"));
        assertEquals(new PdfObject.Name("changed"), ((PdfObject.Dict) u.resolve(second, 1)).get("VanthuMark"));
        assertEquals(1, u.definingRevision(second.num(), 1));
        assertTrue(u.entriesOf(1).stream().anyMatch(e -> e.num() == second.num()));
    }

    @Test
    void readsHandWrittenClassicAndStreamXrefsWithPrevChainsAndObjectStreams() throws Exception {
        RawPdf w = RawPdf.onePage("Original");
        w.obj(5, "<< /Title (Ban \\(goc\\)) /Esc (\\101\\n) /Hex <4E 67 75 79 65 6E 7> /Real -.5 /Name /A#20B >>");
        w.classicXref("/Root 1 0 R /Info 5 0 R");
        long end0 = w.position();
        w.packed(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 7 0 R /Resources << >> >>");
        w.packed(8, "[1 2.5 true false null (x) <00ff> [/N] << /K 3 0 R >>]");
        w.objStm(6);
        w.stream(7, "/Filter /FlateDecode", RawPdf.deflate("BT (Sua) Tj ET".getBytes(StandardCharsets.ISO_8859_1)));
        w.xrefStream(9, "/Root 1 0 R /Info 5 0 R");
        byte[] pdf = w.bytes();

        PdfRevisions r = PdfRevisions.read(pdf);
        assertEquals(2, r.revisionCount());
        assertEquals(end0, r.revision(0).end());
        assertEquals(0, r.revisionEndingAt(end0));
        assertEquals(0, r.revisionEndingAt(end0 - 1), "without the end of line");
        assertEquals(1, r.revisionEndingAt(pdf.length));
        assertTrue(r.revision(1).xrefStream());
        assertTrue(r.revision(1).startxrefMatches());

        PdfObject.Dict info = (PdfObject.Dict) r.resolve(ref(5), 1);
        assertEquals("Ban (goc)", ((PdfObject.Str) info.get("Title")).latin1());
        assertEquals("A\n", ((PdfObject.Str) info.get("Esc")).latin1());
        assertEquals("Nguyenp", ((PdfObject.Str) info.get("Hex")).latin1());
        assertEquals(-0.5, ((PdfObject.Num) info.get("Real")).value());
        assertEquals("A B", info.name("Name"));

        PdfObject.Dict page0 = (PdfObject.Dict) r.resolve(ref(3), 0);
        PdfObject.Dict page1 = (PdfObject.Dict) r.resolve(ref(3), 1);
        assertEquals(ref(4), page0.get("Contents"));
        assertEquals(ref(7), page1.get("Contents"));
        assertEquals(2, r.entryAt(3, 1).type());
        assertEquals(1, r.entryAt(3, 0).type());
        PdfObject.Array a = (PdfObject.Array) r.resolve(ref(8), 1);
        assertEquals(9, a.size());
        assertEquals(new PdfObject.Bool(true), a.get(2));
        assertEquals(new PdfObject.Str(new byte[] {0, (byte) 0xFF}), a.get(6));
        assertEquals(ref(3), ((PdfObject.Dict) a.get(8)).get("K"));
        assertNull(r.resolve(ref(8), 0), "object 8 does not exist in the original");
        assertNull(r.resolve(new PdfObject.Ref(3, 1), 1), "wrong generation is the null object");
        String text = new String(r.decodedStreamData((PdfObject.Stream) r.resolve(ref(7), 1), 1000),
                StandardCharsets.ISO_8859_1);
        assertEquals("BT (Sua) Tj ET", text);
        assertEquals(3, r.objectsAt(1).get(3).offsetOrStream() == 6 ? 3 : -1);
    }

    @Test
    void readsAHybridFileWhoseTableNamesAnXrefStreamForItsCompressedObjects() throws Exception {
        // Objects 1, 2, 4 uncompressed; the page (3) only in object stream 5, listed by the /XRefStm (6).
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.util.Map<Integer, Integer> at = new java.util.TreeMap<>();
        java.util.function.BiConsumer<Integer, String> obj = (n, body) -> {
            at.put(n, out.size());
            out.writeBytes((n + " 0 obj\n" + body + "\nendobj\n").getBytes(StandardCharsets.ISO_8859_1));
        };
        out.writeBytes("%PDF-1.5\n".getBytes(StandardCharsets.ISO_8859_1));
        obj.accept(1, "<< /Type /Catalog /Pages 2 0 R >>");
        obj.accept(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        obj.accept(4, "<< /Length 9 >>\nstream\nBT (a) Tj\nendstream");
        String page = "<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>";
        String header = "3 0 ";
        byte[] stm = RawPdf.deflate((header + page).getBytes(StandardCharsets.ISO_8859_1));
        at.put(5, out.size());
        out.writeBytes(("5 0 obj\n<< /Type /ObjStm /N 1 /First " + header.length() + " /Filter /FlateDecode /Length "
                + stm.length + " >>\nstream\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(stm);
        out.writeBytes("\nendstream\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        int xrefStm = out.size();
        at.put(6, xrefStm);
        out.writeBytes(("6 0 obj\n<< /Type /XRef /Size 7 /W [1 2 1] /Index [3 1] /Length 4 >>\nstream\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(new byte[] {2, 0, 5, 0});
        out.writeBytes("\nendstream\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        int table = out.size();
        StringBuilder x = new StringBuilder("xref\n0 3\n0000000000 65535 f\r\n");
        x.append(String.format("%010d 00000 n\r\n", at.get(1))).append(String.format("%010d 00000 n\r\n", at.get(2)));
        x.append("4 3\n");
        for (int n = 4; n <= 6; n++) {
            x.append(String.format("%010d 00000 n\r\n", at.get(n)));
        }
        x.append("trailer\n<< /Size 7 /Root 1 0 R /XRefStm ").append(xrefStm).append(" >>\nstartxref\n").append(table)
                .append("\n%%EOF\n");
        out.writeBytes(x.toString().getBytes(StandardCharsets.ISO_8859_1));
        PdfRevisions r = PdfRevisions.read(out.toByteArray());
        assertEquals(1, r.revisionCount());
        assertEquals(2, r.entryAt(3, 0).type());
        PdfObject.Dict p = (PdfObject.Dict) r.resolve(ref(3), 0);
        assertEquals("Page", p.name("Type"));
        assertEquals(ref(4), p.get("Contents"));
    }

    @Test
    void refusesPrevLoopsAndMissingStructure() {
        RawPdf w = RawPdf.onePage("x");
        long x0 = w.classicXref("/Root 1 0 R");
        // A second section whose /Prev points at itself.
        long at = w.position();
        w.raw("xref\n0 1\n0000000000 65535 f\r\ntrailer\n<< /Size 5 /Root 1 0 R /Prev " + at + " >>\nstartxref\n" + at
                + "\n%%EOF\n");
        PdfParseException e = assertThrows(PdfParseException.class, () -> PdfRevisions.read(w.bytes()));
        assertTrue(e.getMessage().contains("loops"), e.getMessage());
        assertTrue(x0 > 0);

        assertThrows(PdfParseException.class, () -> PdfRevisions.read("%PDF-1.4\nno xref here\n".getBytes()));
        assertThrows(PdfParseException.class,
                () -> PdfRevisions.read("%PDF-1.4\nstartxref\n99999\n%%EOF\n".getBytes()));
    }

    @Test
    void boundsNestingAndObjectNumberMismatch() throws Exception {
        RawPdf w = new RawPdf();
        w.obj(1, "<< /Type /Catalog /Deep " + "[".repeat(200) + "]".repeat(200) + " >>");
        w.classicXref("/Root 1 0 R");
        PdfRevisions r = PdfRevisions.read(w.bytes());
        PdfParseException e = assertThrows(PdfParseException.class, () -> r.catalog(0));
        assertTrue(e.getMessage().contains("nested"), e.getMessage());

        RawPdf m = new RawPdf();
        m.obj(1, "<< /Type /Catalog >>");
        long wrong = m.position();
        m.obj(2, "<< /Other true >>");
        m.classicXref("/Root 1 0 R");
        byte[] b = m.bytes();
        // Point object 1's xref entry at object 2.
        String s = new String(b, StandardCharsets.ISO_8859_1);
        String entry = String.format("%010d 00000 n", s.indexOf("1 0 obj"));
        s = s.replace(entry, String.format("%010d 00000 n", wrong));
        PdfRevisions mr = PdfRevisions.read(s.getBytes(StandardCharsets.ISO_8859_1));
        PdfParseException e2 = assertThrows(PdfParseException.class, () -> mr.catalog(0));
        assertTrue(e2.getMessage().contains("not 1 0"), e2.getMessage());
    }

    @Test
    void refusesACompressedXrefStreamThatDecodesToTooMuch() {
        byte[] bomb = RawPdf.deflate(new byte[PdfRevisions.MAX_DECODED + 1024]);
        RawPdf w = RawPdf.onePage("bomb");
        long at = w.position();
        w.raw("9 0 obj\n<< /Type /XRef /Size 9 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length " + bomb.length
                + " >>\nstream\n");
        w.raw(bomb);
        w.raw("\nendstream\nendobj\nstartxref\n" + at + "\n%%EOF\n");
        PdfParseException e = assertThrows(PdfParseException.class, () -> PdfRevisions.read(w.bytes()));
        assertTrue(e.getMessage().contains("decodes to more than"), e.getMessage());
    }

    @Test
    void randomDamageGivesOnlyTheParseException() throws Exception {
        RawPdf w = RawPdf.onePage("fuzz");
        w.classicXref("/Root 1 0 R");
        w.packed(3, "<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>");
        w.objStm(6);
        w.xrefStream(7, "/Root 1 0 R");
        byte[] base = w.bytes();
        Random rnd = new Random(42);
        int parsed = 0;
        for (int i = 0; i < 3000; i++) {
            byte[] b = base.clone();
            for (int k = 0; k < 1 + rnd.nextInt(4); k++) {
                b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
            }
            try {
                PdfRevisions r = PdfRevisions.read(b);
                for (int rev = 0; rev < r.revisionCount(); rev++) {
                    for (int n = 0; n < 9; n++) {
                        r.resolve(ref(n), rev);
                    }
                    r.catalog(rev);
                }
                parsed++;
            } catch (PdfParseException expected) {
                assertNotNull(expected.getMessage());
            }
        }
        assertTrue(parsed > 100, "most single-byte damage leaves the file readable: " + parsed);
        assertInstanceOf(PdfObject.Dict.class, PdfRevisions.read(base).catalog(1));
    }
}
