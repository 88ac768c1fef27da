package vn.vanthu.repo.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.File;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ContentIOException;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.signature.SigningFixtures;

class SignatureVerificationServiceTest {

    private static SigningFixtures pki;
    private static byte[] plain;
    private static byte[] signed;

    @TempDir
    Path dir;
    private Path trust;
    private RepoFixture repo;
    private SignatureVerificationService service;

    @BeforeAll
    static void pdfs() throws Exception {
        pki = SigningFixtures.get();
        plain = SigningFixtures.pdf(8000, 21);
        signed = SigningFixtures.signPdf(plain, pki.signer, SigningFixtures.options());
    }

    @BeforeEach
    void setUp() throws Exception {
        trust = Files.createDirectories(dir.resolve("trust"));
        Files.write(trust.resolve("test-root.cer"), pki.root.cert().getEncoded());
        repo = new RepoFixture();
        service = repo.service(trust);
    }

    @SuppressWarnings("unchecked")
    private Map<QName, Serializable> recorded(NodeRef node) {
        ArgumentCaptor<Map<QName, Serializable>> props = ArgumentCaptor.forClass(Map.class);
        verify(repo.nodeService).addAspect(eq(node), eq(VanthuModel.ASPECT_SIGNATURE_INFO), props.capture());
        return props.getValue();
    }

    @Test
    void verifiesAPdfAndRecordsTheVerdictWithBehavioursOff() throws Exception {
        NodeRef doc = repo.document("quyet-dinh.pdf", VanthuModel.TYPE_INCOMING_DOCUMENT,
                Files.write(dir.resolve("qd.pdf"), signed));
        assertEquals("VALID", service.verifyAndRecord(doc).verdict().name());
        Map<QName, Serializable> p = recorded(doc);
        assertEquals("VALID", p.get(VanthuModel.PROP_SIGNATURE_STATUS));
        assertEquals(1, p.get(VanthuModel.PROP_SIGNATURE_COUNT));
        assertEquals("Nguyễn Văn An", p.get(VanthuModel.PROP_SIGNER_NAME));
        assertTrue(p.get(VanthuModel.PROP_SIGNING_TIME) instanceof Date);
        assertTrue(p.get(VanthuModel.PROP_SIGNATURE_VERIFIED_AT) instanceof Date);
        String detail = (String) p.get(VanthuModel.PROP_SIGNATURE_DETAIL);
        assertTrue(detail.contains("\"verdict\":\"VALID\"") && detail.contains("Vanthu Test Root CA"), detail);
        InOrder order = inOrder(repo.behaviourFilter, repo.nodeService);
        order.verify(repo.behaviourFilter).disableBehaviour(doc);
        order.verify(repo.nodeService).addAspect(eq(doc), eq(VanthuModel.ASPECT_SIGNATURE_INFO), any());
        order.verify(repo.behaviourFilter).enableBehaviour(doc);
    }

    @Test
    void aReaderFailureIsRecordedAsMalformedNotThrown() throws Exception {
        NodeRef doc = repo.document("hong.pdf", VanthuModel.TYPE_OUTGOING_DOCUMENT, null);
        when(repo.contentService.getReader(doc, ContentModel.PROP_CONTENT)).thenThrow(new ContentIOException("store offline"));
        assertEquals("MALFORMED", service.verifyAndRecord(doc).verdict().name());
        Map<QName, Serializable> p = recorded(doc);
        assertEquals("MALFORMED", p.get(VanthuModel.PROP_SIGNATURE_STATUS));
        assertEquals(0, p.get(VanthuModel.PROP_SIGNATURE_COUNT));
        assertTrue(((String) p.get(VanthuModel.PROP_SIGNATURE_DETAIL)).contains("store offline"));
    }

    @Test
    void withoutAFileChannelATemporaryCopyIsVerified() throws Exception {
        Path file = Files.write(dir.resolve("enc.pdf"), signed);
        NodeRef doc = repo.document("ma-hoa.pdf", VanthuModel.TYPE_INCOMING_DOCUMENT, null);
        ContentReader r = RepoFixture.reader(file, "ma-hoa.pdf");
        when(r.getFileChannel()).thenThrow(new ContentIOException("FileChannel not supported for encrypted content"));
        doAnswer(inv -> Files.copy(file, inv.<File>getArgument(0).toPath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING))
                .when(r).getContent(any(File.class));
        when(repo.contentService.getReader(doc, ContentModel.PROP_CONTENT)).thenReturn(r);
        assertEquals("VALID", service.verifyAndRecord(doc).verdict().name());
    }

    @Test
    void aDetachedSignatureBesideTheDocumentIsUsed() throws Exception {
        byte[] docx = "Tờ trình (docx)".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        NodeRef doc = repo.document("to-trinh.docx", VanthuModel.TYPE_OUTGOING_DOCUMENT, Files.write(dir.resolve("t.docx"), docx));
        repo.document("to-trinh.docx.p7s", ContentModel.TYPE_CONTENT,
                Files.write(dir.resolve("t.p7s"), SigningFixtures.signCms(docx, pki.secondSigner, SigningFixtures.cms())));
        assertEquals("VALID", service.verifyAndRecord(doc).verdict().name());
        Map<QName, Serializable> p = recorded(doc);
        assertEquals("Trần Thị Bình", p.get(VanthuModel.PROP_SIGNER_NAME));
        assertTrue(((String) p.get(VanthuModel.PROP_SIGNATURE_DETAIL)).contains("DETACHED"));
    }

    @Test
    void aNonPdfWithoutDetachedSignatureIsUnsigned() throws Exception {
        NodeRef doc = repo.document("bao-cao.docx", VanthuModel.TYPE_INCOMING_DOCUMENT, Files.write(dir.resolve("b.docx"), plain));
        assertEquals("UNSIGNED", service.verifyAndRecord(doc).verdict().name());
        assertNull(recorded(doc).get(VanthuModel.PROP_SIGNER_NAME));
    }

    @Test
    void trustAnchorsAreReReadWhenTheDirectoryChanges() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        SignatureVerificationService s = repo.service(empty);
        NodeRef doc = repo.document("qd.pdf", VanthuModel.TYPE_INCOMING_DOCUMENT, Files.write(dir.resolve("x.pdf"), signed));
        assertEquals("UNTRUSTED", s.verify(doc).verdict().name());
        Files.write(empty.resolve("added-by-admin.cer"), pki.root.cert().getEncoded());
        assertEquals("VALID", s.verify(doc).verdict().name());
    }

    @Test
    void trustAnchorsFromTheDataDictionaryFolder() throws Exception {
        SignatureVerificationService s = repo.service(null);
        s.setTrustAnchorsFolder("Data Dictionary/Vanthu Trust Anchors");
        NodeRef doc = repo.document("qd.pdf", VanthuModel.TYPE_INCOMING_DOCUMENT, Files.write(dir.resolve("y.pdf"), signed));
        assertEquals("UNTRUSTED", s.verify(doc).verdict().name());

        NodeRef home = RepoFixture.companyHome(repo.nodeService);
        NodeRef dictionary = RepoFixture.node("data-dictionary");
        NodeRef anchors = RepoFixture.node("anchors");
        NodeRef cer = RepoFixture.node("cer");
        when(repo.nodeService.getChildByName(home, ContentModel.ASSOC_CONTAINS, "Data Dictionary")).thenReturn(dictionary);
        when(repo.nodeService.getChildByName(dictionary, ContentModel.ASSOC_CONTAINS, "Vanthu Trust Anchors")).thenReturn(anchors);
        when(repo.nodeService.getChildAssocs(anchors)).thenReturn(List.of(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS,
                anchors, QName.createQName(VanthuModel.NAMESPACE_URI, "r"), cer, true, 0)));
        when(repo.nodeService.getProperty(cer, ContentModel.PROP_NAME)).thenReturn("goc-thu-nghiem.cer");
        Path cerFile = Files.write(dir.resolve("goc.cer"), pki.root.cert().getEncoded());
        when(repo.contentService.getReader(cer, ContentModel.PROP_CONTENT)).thenAnswer(inv -> RepoFixture.reader(cerFile, "goc.cer"));
        assertEquals("VALID", s.verify(doc).verdict().name());
    }

    @Test
    void longTermValidationSettingsAreUsedAndBadValuesFallBackToTheDefaults() throws Exception {
        service.setValidityModel("chain");
        service.setOcspMaxAge("PT12H");
        assertEquals(vn.vanthu.signature.ValidationPolicy.ValidityModel.CHAIN, service.policy().validityModel());
        assertEquals(java.time.Duration.ofHours(12), service.policy().ocspMaxAge());
        SignatureVerificationService bad = repo.service(trust);
        bad.setValidityModel("hybrid");
        bad.setOcspMaxAge("a week");
        assertEquals(vn.vanthu.signature.ValidationPolicy.ValidityModel.SHELL, bad.policy().validityModel());
        assertEquals(vn.vanthu.signature.ValidationPolicy.DEFAULT_MAX_AGE, bad.policy().ocspMaxAge());
    }

    @Test
    void tsaAnchorsDirectoryMakesAForeignTimestampTrusted() throws Exception {
        Path onlyTsa = Files.createDirectories(dir.resolve("tsa"));
        Files.write(onlyTsa.resolve("tsa-root.cer"), pki.root.cert().getEncoded());
        byte[] stamped = SigningFixtures.signPdf(plain, pki.signer, SigningFixtures.options()
                .cms(SigningFixtures.cms().timestamp(pki.tsa, new Date())));
        NodeRef doc = repo.document("ts.pdf", VanthuModel.TYPE_INCOMING_DOCUMENT, Files.write(dir.resolve("ts.pdf"), stamped));
        SignatureVerificationService s = repo.service(null);
        s.setIncludeGovernmentRoot(true);
        var without = s.verify(doc).signatures().get(0);
        assertTrue(without.signingTimeClaimed());
        s.setTsaAnchorsDir(onlyTsa.toString());
        s.reloadTrust();
        var with = s.verify(doc).signatures().get(0);
        assertFalse(with.signingTimeClaimed(), () -> with.toMap().toString());
        assertEquals("UNTRUSTED", with.verdict().name()); // the TSA anchor does not make the signer trusted
    }

    @Test
    void vietnameseNamesAndControlCharactersInTheStoredDetail() throws Exception {
        byte[] t = "Trần\u0085Bình".getBytes(java.nio.charset.StandardCharsets.UTF_16BE);
        byte[] name = new byte[t.length + 2];
        name[0] = (byte) 0xFE;
        name[1] = (byte) 0xFF;
        System.arraycopy(t, 0, name, 2, t.length);
        byte[] pdf = SigningFixtures.signPdf(plain, pki.signer, SigningFixtures.options().name(name));
        NodeRef doc = repo.document("nel.pdf", VanthuModel.TYPE_INCOMING_DOCUMENT, Files.write(dir.resolve("nel.pdf"), pdf));
        service.verifyAndRecord(doc);
        Map<QName, Serializable> p = recorded(doc);
        assertEquals("Nguyễn Văn An", p.get(VanthuModel.PROP_SIGNER_NAME));
        String detail = (String) p.get(VanthuModel.PROP_SIGNATURE_DETAIL);
        assertTrue(detail.indexOf('\u0085') < 0 && detail.contains("Trần\\u0085Bình"), detail);
        assertTrue(detail.contains("\"level\":\"PKCS7-B\""), detail);
    }

    @Test
    void pendingAndVerifiability() throws Exception {
        NodeRef doc = repo.document("cv.pdf", VanthuModel.TYPE_INCOMING_DOCUMENT, Files.write(dir.resolve("c.pdf"), plain));
        NodeRef other = repo.document("anh.pdf", ContentModel.TYPE_CONTENT, Files.write(dir.resolve("a.pdf"), plain));
        NodeRef p7s = repo.document("cv.pdf.p7s", ContentModel.TYPE_CONTENT, Files.write(dir.resolve("c.p7s"), plain));
        assertTrue(service.isVerifiable(doc));
        assertEquals(false, service.isVerifiable(other));
        service.setVerifyAllPdf(true);
        assertTrue(service.isVerifiable(other));
        assertTrue(service.isDetachedSignature(p7s));
        assertEquals(doc, service.signedDocumentOf(p7s));
        service.markPending(doc);
        assertEquals("PENDING", recorded(doc).get(VanthuModel.PROP_SIGNATURE_STATUS));
        assertNotNull(SignatureVerificationService.detail(vn.vanthu.signature.SignatureVerifier.noSignatureFormat()));
    }
}
