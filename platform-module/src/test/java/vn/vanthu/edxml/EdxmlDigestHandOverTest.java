package vn.vanthu.edxml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanthu.signature.SigningFixtures.reasonCodes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.vanthu.signature.DigestCheckpoints;
import vn.vanthu.signature.SignatureVerifier;
import vn.vanthu.signature.SigningFixtures;
import vn.vanthu.signature.VerificationResult;
import vn.vanthu.signature.Verdict;

/**
 * The reader hashes each attachment once, for the manifest check, and hands the SHA-256 with its
 * kept states to the sink of an accepted package: the PDF signature check resumes from them and
 * reaches the same verdict and reasons as a check hashing the extracted file, whatever writer
 * made the package (Vanthu's one-line base64, 76-column MIME lines with CRLF, 64-column LF lines,
 * irregular breaks and tabs, CDATA, UTF-16), and nothing is handed over for a refused package.
 */
class EdxmlDigestHandOverTest {

    private static SigningFixtures pki;
    private static SignatureVerifier verifier;
    private static byte[] signed;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() throws Exception {
        pki = SigningFixtures.get();
        verifier = new SignatureVerifier(pki.trustStore());
        signed = SigningFixtures.signPdf(SigningFixtures.pdf(300_000, 31), pki.signer, SigningFixtures.options());
    }

    /** Writes each attachment to a file, as the repository's temporary store does; records what it is told. */
    class FileSink implements AttachmentSink {
        final List<Path> files = new ArrayList<>();
        final List<Integer> indexes = new ArrayList<>();
        final List<EdxmlAttachmentInfo> infos = new ArrayList<>();
        final List<DigestCheckpoints> digests = new ArrayList<>();
        boolean discarded;

        @Override
        public OutputStream open(EdxmlAttachmentInfo info) throws IOException {
            Path f = dir.resolve("attachment-" + System.nanoTime() + "-" + files.size());
            files.add(f);
            return Files.newOutputStream(f);
        }

        @Override
        public void written(int index, EdxmlAttachmentInfo info, DigestCheckpoints digest) {
            indexes.add(index);
            infos.add(info);
            digests.add(digest);
        }

        @Override
        public void discardAll() {
            discarded = true;
        }
    }

    private static EdxmlReader reader() {
        return new EdxmlReader(new EdxmlSignatureVerifier(pki.trustStore()));
    }

    private static byte[] sha256(byte[] b) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(b);
    }


    /** The checkpoints of an extracted PDF: the same outcome as hashing the file, signer and level included. */
    private static VerificationResult assertSameVerdict(Path extracted, DigestCheckpoints digest) {
        VerificationResult plain = verifier.verifyPdf(extracted);
        VerificationResult resumed = verifier.verifyPdf(extracted, digest);
        assertEquals(plain.verdict(), resumed.verdict());
        assertEquals(reasonCodes(plain), reasonCodes(resumed));
        assertEquals(plain.signatures().size(), resumed.signatures().size());
        for (int i = 0; i < plain.signatures().size(); i++) {
            assertEquals(plain.signatures().get(i).signerName(), resumed.signatures().get(i).signerName());
            assertEquals(plain.signatures().get(i).level(), resumed.signatures().get(i).level());
        }
        return resumed;
    }

    /**
     * The kept states are those of the decoded bytes: once the file is changed behind them (a
     * byte before the first kept state, same length), the check that hashes the file sees the
     * change and the one resuming from the states does not. This is why the repository keys
     * checkpoints by the identity of immutable content.
     */
    private static void assertStatesAreOfTheDecodedBytes(Path extracted, DigestCheckpoints digest) throws IOException {
        byte[] b = Files.readAllBytes(extracted);
        b[4_000] ^= 1;
        Path changed = extracted.resolveSibling(extracted.getFileName() + ".changed");
        Files.write(changed, b);
        assertEquals(Verdict.INVALID, verifier.verifyPdf(changed).verdict());
        assertEquals(Verdict.VALID, verifier.verifyPdf(changed, digest).verdict());
    }

    @Test
    void vanthusPackageHandsOverTheDigestOfEachAttachmentInOrder() throws Exception {
        byte[] annex = "Phụ lục: danh mục nhiệm vụ cải cách hành chính năm 2023\n".repeat(900).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdxmlWriter().write(EdxmlSamples.header(), List.of(
                AttachmentSource.ofBytes(signed, "04-QĐ-UBND.pdf", "application/pdf"),
                AttachmentSource.ofBytes(annex, "phu-luc.txt", "text/plain")), out, EdxmlSamples.signer(pki.signer));
        FileSink sink = new FileSink();
        EdxmlPackage pkg = reader().read(new ByteArrayInputStream(out.toByteArray()), sink);

        assertEquals(EdxmlSignatureStatus.VALID, pkg.signature().status());
        assertEquals(List.of(0, 1), sink.indexes);
        assertEquals(pkg.attachments(), sink.infos, "the infos handed over carry the actual size and digest");
        assertFalse(sink.discarded);
        byte[][] expected = {signed, annex};
        for (int i = 0; i < 2; i++) {
            DigestCheckpoints d = sink.digests.get(i);
            assertNotNull(d);
            assertArrayEquals(expected[i], Files.readAllBytes(sink.files.get(i)));
            assertEquals(expected[i].length, d.length());
            assertEquals(expected[i].length, sink.infos.get(i).actualSize());
            assertArrayEquals(sha256(expected[i]), Base64.getDecoder().decode(sink.infos.get(i).actualSha256()));
            assertEquals(sink.infos.get(i).declaredSha256(), sink.infos.get(i).actualSha256());
        }
        assertEquals(Verdict.VALID, assertSameVerdict(sink.files.get(0), sink.digests.get(0)).verdict());
        assertStatesAreOfTheDecodedBytes(sink.files.get(0), sink.digests.get(0));
        // A text attachment: the PDF check refuses it the same way with or without checkpoints.
        assertEquals(Verdict.MALFORMED, assertSameVerdict(sink.files.get(1), sink.digests.get(1)).verdict());
    }

    /** Hand-written packages, base64 as other writers lay it out. */
    private static String handWritten(String base64Text) {
        return HandWritten.TEMPLATE.replace("@NUMBER@", "215").replace("@DATE@", "2023/03/15").replace("@TYPE@", "Công văn")
                .replace("@BASE64@", base64Text)
                .replace("@EXTRA@", "<edXML:AttachmentSize>" + signed.length + "</edXML:AttachmentSize>\n"
                        + "<edXML:DigestValue Algorithm=\"http://www.w3.org/2001/04/xmlenc#sha256\">" + HandWritten.sha256(signed)
                        + "</edXML:DigestValue>");
    }

    private static List<String> layouts() {
        String plain = Base64.getEncoder().encodeToString(signed);
        StringBuilder irregular = new StringBuilder("\n\t\t");
        Random r = new Random(5);
        for (int i = 0; i < plain.length(); ) {
            int n = Math.min(plain.length() - i, 1 + r.nextInt(300));
            irregular.append(plain, i, i + n).append(r.nextBoolean() ? "\r\n" : " \t");
            i += n;
        }
        return List.of(
                "\r\n" + Base64.getMimeEncoder().encodeToString(signed) + "\r\n",
                "\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(signed) + "\n",
                irregular.toString(),
                "<![CDATA[" + Base64.getMimeEncoder().encodeToString(signed) + "]]>",
                plain);
    }

    @Test
    void handWrittenPackagesWithWrappedBase64HandOverTheSameDigest() throws Exception {
        for (String layout : layouts()) {
            String xml = handWritten(layout);
            List<byte[]> encodings = List.of(xml.getBytes(StandardCharsets.UTF_8),
                    xml.replace("encoding=\"utf-8\"", "encoding=\"UTF-16\"").getBytes(StandardCharsets.UTF_16));
            for (byte[] bytes : encodings) {
                FileSink sink = new FileSink();
                EdxmlPackage pkg = reader().read(new ByteArrayInputStream(bytes), sink);
                assertEquals(1, pkg.attachments().size());
                assertEquals(List.of(0), sink.indexes);
                DigestCheckpoints d = sink.digests.get(0);
                assertArrayEquals(signed, Files.readAllBytes(sink.files.get(0)));
                assertEquals(signed.length, d.length());
                assertArrayEquals(sha256(signed), Base64.getDecoder().decode(sink.infos.get(0).actualSha256()));
                assertEquals(Verdict.VALID, assertSameVerdict(sink.files.get(0), d).verdict());
                assertStatesAreOfTheDecodedBytes(sink.files.get(0), d);
            }
        }
    }

    @Test
    void aTamperedAttachmentIsStillRefusedByTheManifestAndNothingIsHandedOver() throws Exception {
        String mime = Base64.getMimeEncoder().encodeToString(signed);
        // One base64 character changed in the middle of the PDF: still valid base64, other bytes.
        int at = mime.length() / 2;
        while (!Character.isLetter(mime.charAt(at))) {
            at++;
        }
        char c = mime.charAt(at);
        String tampered = mime.substring(0, at) + (c == 'A' ? 'B' : 'A') + mime.substring(at + 1);
        FileSink sink = new FileSink();
        EdxmlException e = assertThrows(EdxmlException.class, () -> reader().read(
                new ByteArrayInputStream(handWritten("\r\n" + tampered + "\r\n").getBytes(StandardCharsets.UTF_8)), sink));
        assertTrue(e.problems().stream().anyMatch(p -> p.code().equals(EdxmlProblem.DIGEST_MISMATCH)), e.getMessage());
        assertTrue(sink.discarded);
        assertTrue(sink.digests.isEmpty(), "a refused package hands nothing over");
    }

    @Test
    void aRefusalAfterTheAttachmentsWereWrittenHandsNothingOver() throws Exception {
        // The attachment is whole and matches its manifest entry, but the manifest lists a second
        // one the package lacks: found only at the end, after the first was written.
        String xml = handWritten("\r\n" + Base64.getMimeEncoder().encodeToString(signed) + "\r\n")
                .replace("</edXML:edXMLManifest>", """
                        <edXML:Reference><edXML:ContentId>cid:phu-luc</edXML:ContentId>
                        <edXML:AttachmentName>phu-luc.pdf</edXML:AttachmentName></edXML:Reference>
                        </edXML:edXMLManifest>""");
        FileSink sink = new FileSink();
        EdxmlException e = assertThrows(EdxmlException.class,
                () -> reader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), sink));
        assertTrue(e.problems().stream().anyMatch(p -> p.code().equals(EdxmlProblem.MISSING_ATTACHMENT)), e.getMessage());
        assertEquals(1, sink.files.size(), "the attachment was written");
        assertTrue(sink.discarded);
        assertTrue(sink.digests.isEmpty());

        // An unsigned package refused only after reading, by a reader that requires a valid signature.
        FileSink unsigned = new FileSink();
        EdxmlReader strict = new EdxmlReader(new EdxmlSignatureVerifier(pki.trustStore()),
                EdxmlReader.Limits.defaults().requiringValidSignature());
        EdxmlException bad = assertThrows(EdxmlException.class, () -> strict.read(new ByteArrayInputStream(
                handWritten(Base64.getEncoder().encodeToString(signed)).getBytes(StandardCharsets.UTF_8)), unsigned));
        assertTrue(bad.problems().stream().anyMatch(p -> p.code().equals(EdxmlProblem.BAD_SIGNATURE)), bad.getMessage());
        assertTrue(unsigned.discarded);
        assertTrue(unsigned.digests.isEmpty());
    }

    @Test
    void aSinkThatFailsWhenToldRefusesThePackageWhole() throws Exception {
        FileSink sink = new FileSink() {
            @Override
            public void written(int index, EdxmlAttachmentInfo info, DigestCheckpoints digest) {
                throw new IllegalStateException("the store is full");
            }
        };
        assertThrows(IllegalStateException.class, () -> reader().read(new ByteArrayInputStream(
                handWritten(Base64.getEncoder().encodeToString(signed)).getBytes(StandardCharsets.UTF_8)), sink));
        assertTrue(sink.discarded);
    }

    @Test
    void onlyTheFirstAttachmentsOfAPackageKeepTheirCheckpoints() throws Exception {
        List<AttachmentSource> many = new ArrayList<>();
        int count = AttachmentSink.MAX_CHECKPOINTED + 2;
        for (int i = 0; i < count; i++) {
            many.add(AttachmentSource.ofBytes(("Tệp đính kèm số " + i + "\n").repeat(50 + i).getBytes(StandardCharsets.UTF_8),
                    "tep-" + i + ".txt", "text/plain"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdxmlWriter().write(EdxmlSamples.header(), many, out, null);
        FileSink sink = new FileSink();
        reader().read(new ByteArrayInputStream(out.toByteArray()), sink);
        assertEquals(count, sink.indexes.size(), "every attachment is told");
        for (int i = 0; i < count; i++) {
            assertEquals(i, sink.indexes.get(i));
            assertEquals(Files.size(sink.files.get(i)), sink.infos.get(i).actualSize());
            if (i < AttachmentSink.MAX_CHECKPOINTED) {
                assertEquals(Files.size(sink.files.get(i)), sink.digests.get(i).length());
            } else {
                assertNull(sink.digests.get(i), "past the bound: hashed again by the verifier");
            }
        }
    }
}
