package vn.vanthu.signature;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

import vn.vanthu.signature.pdf.PdfRevisions;
import vn.vanthu.signature.pdf.RawPdf;

/** A /DSS added after signing in an incremental update, by PDFBox or by the hand-written {@link RawPdf}. */
public final class DssUpdates {

    private DssUpdates() {
    }

    /** Adds a /DSS with PDFBox in an incremental update. */
    public static byte[] withPdfBox(byte[] pdf, List<byte[]> certs, List<byte[]> crls, List<byte[]> ocsps) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            COSDictionary dss = new COSDictionary();
            dss.setItem(COSName.getPDFName("Certs"), streams(doc, certs));
            dss.setItem(COSName.getPDFName("CRLs"), streams(doc, crls));
            dss.setItem(COSName.getPDFName("OCSPs"), streams(doc, ocsps));
            dss.setNeedToBeUpdated(true);
            COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
            catalog.setItem(COSName.getPDFName("DSS"), dss);
            catalog.setNeedToBeUpdated(true);
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    private static COSArray streams(PDDocument doc, List<byte[]> items) throws Exception {
        COSArray a = new COSArray();
        for (byte[] b : items) {
            COSStream s = doc.getDocument().createCOSStream();
            try (var os = s.createOutputStream(COSName.FLATE_DECODE)) {
                os.write(b);
            }
            s.setNeedToBeUpdated(true);
            a.add(s);
        }
        a.setNeedToBeUpdated(true);
        return a;
    }

    /** Adds a /DSS by hand: the catalogue rewritten with /DSS, Flate streams, a /VRI keyed by the signature's SHA-1. */
    public static byte[] byHand(byte[] pdf, byte[] ocsp, byte[] crl, byte[] vriContents) throws Exception {
        PdfRevisions revs = PdfRevisions.read(pdf);
        int last = revs.revisionCount() - 1;
        var rootRef = (vn.vanthu.signature.pdf.PdfObject.Ref) revs.trailer(last).get("Root");
        long at = revs.entryAt(rootRef.num(), last).offsetOrStream();
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int open = text.indexOf("<<", (int) at);
        int end = text.indexOf("endobj", (int) at);
        String body = text.substring(open, end).trim();
        int size = (int) revs.trailer(last).integer("Size", 0);
        long lastXref = revs.revision(last).xrefOffsets().get(0);
        int dss = size;
        int ocspObj = size + 1;
        int crlObj = size + 2;
        int vri = size + 3;
        String key = HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-1").digest(vriContents));
        RawPdf w = RawPdf.append(pdf, lastXref, size);
        w.raw("\n");
        w.obj(rootRef.num(), "<< /DSS " + dss + " 0 R " + body.substring(2));
        w.stream(ocspObj, "/Filter /FlateDecode", RawPdf.deflate(ocsp));
        w.stream(crlObj, "/Filter /FlateDecode", RawPdf.deflate(crl));
        w.obj(vri, "<< /" + key + " << /OCSP [" + ocspObj + " 0 R] /CRL [" + crlObj + " 0 R] >> >>");
        w.obj(dss, "<< /Type /DSS /OCSPs [" + ocspObj + " 0 R] /CRLs [" + crlObj + " 0 R] /VRI " + vri + " 0 R >>");
        w.classicXref("/Root " + rootRef.num() + " 0 R");
        return w.bytes();
    }

}
