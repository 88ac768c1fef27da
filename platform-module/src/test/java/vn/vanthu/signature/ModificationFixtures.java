package vn.vanthu.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPRespBuilder;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.OCSPRespBuilder;
import org.bouncycastle.cert.ocsp.RespID;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * PDFBox-made documents and incremental updates for the modification analysis: forms with an
 * empty signature field, certification (DocMDP) and field locks (FieldMDP), an Adobe-like
 * "Enable LTV" /DSS update, form filling, annotations and page content changes.
 */
public final class ModificationFixtures {

    public static final String TEXT_FIELD = "SoVanBan";
    public static final String OTHER_FIELD = "NgayBanHanh";
    public static final String EMPTY_SIG_FIELD = "PheDuyet";

    private ModificationFixtures() {
    }

    /** One page with two text fields and an empty signature field; classic xref, or compressed (xref and object streams). */
    public static byte[] formPdf(boolean compressed) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 720);
                cs.showText("UY BAN NHAN DAN XA THU NGHIEM - QUYET DINH");
                cs.endText();
            }
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDResources dr = new PDResources();
            dr.put(COSName.getPDFName("Helv"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            form.setDefaultResources(dr);
            form.setDefaultAppearance("/Helv 10 Tf 0 g");
            text(form, page, TEXT_FIELD, 600);
            text(form, page, OTHER_FIELD, 560);
            PDSignatureField sf = new PDSignatureField(form);
            sf.setPartialName(EMPTY_SIG_FIELD);
            PDAnnotationWidget w = sf.getWidgets().get(0);
            w.setRectangle(new PDRectangle(300, 100, 200, 50));
            w.setPage(page);
            page.getAnnotations().add(w);
            form.getFields().add(sf);
            if (compressed) {
                doc.save(out, CompressParameters.DEFAULT_COMPRESSION);
            } else {
                doc.save(out, CompressParameters.NO_COMPRESSION);
            }
            return out.toByteArray();
        }
    }

    private static void text(PDAcroForm form, PDPage page, String name, float y) throws IOException {
        PDTextField f = new PDTextField(form);
        f.setPartialName(name);
        f.setDefaultAppearance("/Helv 10 Tf 0 g");
        PDAnnotationWidget w = f.getWidgets().get(0);
        w.setRectangle(new PDRectangle(72, y, 300, 20));
        w.setPage(page);
        page.getAnnotations().add(w);
        form.getFields().add(f);
    }

    /** A certification signature with DocMDP /P {@code p} (ISO 32000-1 12.8.2.2). */
    public static SigningFixtures.SignatureSetup certify(int p) {
        return (doc, sig) -> {
            COSDictionary ref = transform("DocMDP");
            ((COSDictionary) ref.getDictionaryObject(COSName.getPDFName("TransformParams"))).setInt(COSName.P, p);
            references(sig).add(ref);
            COSDictionary perms = new COSDictionary();
            perms.setItem(COSName.DOCMDP, sig);
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.PERMS, perms);
            doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
        };
    }

    /** A FieldMDP lock on the signature: {@code action} All, Include or Exclude of {@code fields}. */
    public static SigningFixtures.SignatureSetup lock(String action, String... fields) {
        return (doc, sig) -> {
            COSDictionary ref = transform("FieldMDP");
            COSDictionary tp = (COSDictionary) ref.getDictionaryObject(COSName.getPDFName("TransformParams"));
            tp.setName(COSName.getPDFName("Action"), action);
            COSArray names = new COSArray();
            for (String f : fields) {
                names.add(new COSString(f));
            }
            tp.setItem(COSName.FIELDS, names);
            references(sig).add(ref);
        };
    }

    /** Both steps, in order. */
    public static SigningFixtures.SignatureSetup both(SigningFixtures.SignatureSetup a, SigningFixtures.SignatureSetup b) {
        return (doc, sig) -> {
            a.prepare(doc, sig);
            b.prepare(doc, sig);
        };
    }

    /** Signs into the existing empty signature field {@code name} instead of a new one. */
    public static SigningFixtures.SignatureSetup intoField(String name) {
        return (doc, sig) -> {
            PDSignatureField f = (PDSignatureField) doc.getDocumentCatalog().getAcroForm().getField(name);
            f.getCOSObject().setItem(COSName.V, sig);
        };
    }

    private static COSDictionary transform(String method) {
        COSDictionary tp = new COSDictionary();
        tp.setItem(COSName.TYPE, COSName.getPDFName("TransformParams"));
        tp.setName(COSName.V, "1.2");
        COSDictionary ref = new COSDictionary();
        ref.setItem(COSName.TYPE, COSName.getPDFName("SigRef"));
        ref.setItem(COSName.getPDFName("TransformMethod"), COSName.getPDFName(method));
        ref.setItem(COSName.getPDFName("TransformParams"), tp);
        return ref;
    }

    private static COSArray references(PDSignature sig) {
        COSArray refs = sig.getCOSObject().getCOSArray(COSName.getPDFName("Reference"));
        if (refs == null) {
            refs = new COSArray();
            sig.getCOSObject().setItem(COSName.getPDFName("Reference"), refs);
        }
        return refs;
    }

    /**
     * What Adobe's "Enable LTV" does: an incremental update adding a /DSS dictionary with the
     * certificates, a CRL and an OCSP response, and a /VRI entry for the last signature, plus the
     * catalogue's /Extensions.
     */
    public static byte[] addDss(byte[] pdf) throws Exception {
        SigningFixtures fx = SigningFixtures.get();
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            COSDictionary cat = doc.getDocumentCatalog().getCOSObject();
            COSArray certs = new COSArray();
            for (var c : List.of(fx.signer.cert(), fx.intermediate.cert(), fx.root.cert())) {
                certs.add(stream(doc, c.getEncoded()));
            }
            COSArray crls = new COSArray();
            crls.add(stream(doc, SigningFixtures.crl(fx.intermediate, fx.expiredSigner.cert(), new Date()).getEncoded()));
            COSArray ocsps = new COSArray();
            ocsps.add(stream(doc, ocsp(fx)));
            COSDictionary dss = new COSDictionary();
            dss.setItem(COSName.TYPE, COSName.getPDFName("DSS"));
            dss.setItem(COSName.getPDFName("Certs"), certs);
            dss.setItem(COSName.getPDFName("CRLs"), crls);
            dss.setItem(COSName.getPDFName("OCSPs"), ocsps);
            COSDictionary vri = new COSDictionary();
            COSDictionary entry = new COSDictionary();
            entry.setItem(COSName.getPDFName("Cert"), certs);
            entry.setItem(COSName.getPDFName("CRL"), crls);
            entry.setItem(COSName.getPDFName("OCSP"), ocsps);
            byte[] contents = lastContents(doc);
            vri.setItem(COSName.getPDFName(HexFormat.of().withUpperCase().formatHex(
                    MessageDigest.getInstance("SHA-1").digest(contents))), entry);
            dss.setItem(COSName.getPDFName("VRI"), vri);
            cat.setItem(COSName.getPDFName("DSS"), dss);
            COSDictionary adbe = new COSDictionary();
            adbe.setName(COSName.getPDFName("BaseVersion"), "1.7");
            adbe.setInt(COSName.getPDFName("ExtensionLevel"), 5);
            COSDictionary ext = new COSDictionary();
            ext.setItem(COSName.getPDFName("ADBE"), adbe);
            cat.setItem(COSName.getPDFName("Extensions"), ext);
            cat.setNeedToBeUpdated(true);
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    private static byte[] lastContents(PDDocument doc) throws IOException {
        List<PDSignature> sigs = doc.getSignatureDictionaries();
        return sigs.isEmpty() ? new byte[0] : sigs.get(sigs.size() - 1).getContents();
    }

    private static COSStream stream(PDDocument doc, byte[] data) throws IOException {
        COSStream s = doc.getDocument().createCOSStream();
        try (var os = s.createRawOutputStream()) {
            os.write(data);
        }
        return s;
    }

    /** A real OCSP response (good) for the signer, signed by the issuing CA. */
    static byte[] ocsp(SigningFixtures fx) throws Exception {
        X509CertificateHolder issuer = new X509CertificateHolder(fx.intermediate.cert().getEncoded());
        var digest = new JcaDigestCalculatorProviderBuilder().build().get(CertificateID.HASH_SHA1);
        CertificateID id = new CertificateID(digest, issuer, fx.signer.cert().getSerialNumber());
        BasicOCSPRespBuilder b = new BasicOCSPRespBuilder(new RespID(X500Name.getInstance(
                fx.intermediate.cert().getSubjectX500Principal().getEncoded())));
        b.addResponse(id, CertificateStatus.GOOD, new Date(), (Date) null);
        var basic = b.build(new JcaContentSignerBuilder("SHA256withRSA").build(fx.intermediate.key()),
                new X509CertificateHolder[] {issuer}, new Date());
        OCSPResp resp = new OCSPRespBuilder().build(OCSPRespBuilder.SUCCESSFUL, basic);
        return resp.getEncoded();
    }

    /** Fills text field {@code name} (value and a regenerated appearance) in an incremental update. */
    public static byte[] fill(byte[] pdf, String name, String value) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            PDTextField f = (PDTextField) form.getField(name);
            f.setValue(value);
            f.getCOSObject().setNeedToBeUpdated(true);
            for (PDAnnotationWidget w : f.getWidgets()) {
                w.getCOSObject().setNeedToBeUpdated(true);
                w.getAppearance().getCOSObject().setNeedToBeUpdated(true);
            }
            form.getCOSObject().setNeedToBeUpdated(true);
            doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    /** Adds a sticky-note annotation to page 1 in an incremental update. */
    public static byte[] annotate(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = doc.getPage(0);
            PDAnnotationText note = new PDAnnotationText();
            note.setRectangle(new PDRectangle(400, 700, 20, 20));
            note.setContents("Đã xem - chuyển phòng Tư pháp");
            page.getAnnotations().add(note);
            page.getCOSObject().setNeedToBeUpdated(true);
            COSArray annots = page.getCOSObject().getCOSArray(COSName.ANNOTS);
            if (annots != null) {
                annots.setNeedToBeUpdated(true);
            }
            doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    /** What a saving tool does to the metadata: /Info /ModDate and /Producer, and the XMP stream rewritten (or added). */
    public static byte[] touchMetadata(byte[] pdf, boolean alsoTitle) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var info = doc.getDocumentInformation();
            info.setModificationDate(java.util.Calendar.getInstance());
            info.setProducer("Vanthu LTV tool 1.0 (" + System.nanoTime() + ")");
            if (alsoTitle) {
                info.setTitle("Quyết định đã sửa");
            }
            info.getCOSObject().setNeedToBeUpdated(true);
            COSStream xmp = doc.getDocument().createCOSStream();
            try (var os = xmp.createOutputStream()) {
                os.write(("<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
                        + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description "
                        + "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmp:ModifyDate=\"2026-12-03T10:00:00+07:00\" xmp:CreatorTool=\"" + System.nanoTime() + "\"/>"
                        + "</rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>").getBytes(StandardCharsets.UTF_8));
            }
            xmp.setItem(COSName.TYPE, COSName.METADATA);
            xmp.setItem(COSName.SUBTYPE, COSName.getPDFName("XML"));
            COSDictionary cat = doc.getDocumentCatalog().getCOSObject();
            COSStream existing = cat.getCOSStream(COSName.METADATA);
            if (existing != null) {
                try (var os = existing.createOutputStream()) {
                    os.write(xmp.toTextString().getBytes(StandardCharsets.UTF_8));
                }
                existing.setNeedToBeUpdated(true);
            } else {
                cat.setItem(COSName.METADATA, xmp);
            }
            cat.setNeedToBeUpdated(true);
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    /** Appends text to page 1's content in an incremental update (a change of what the page shows). */
    public static byte[] changeContent(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = doc.getPage(0);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, false)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 650);
                cs.showText("So tien: 900.000.000 dong");
                cs.endText();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            doc.saveIncremental(out);
            return out.toByteArray();
        }
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
