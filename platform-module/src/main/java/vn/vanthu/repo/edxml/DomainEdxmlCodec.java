package vn.vanthu.repo.edxml;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;

import vn.vanthu.edxml.AttachmentSink;
import vn.vanthu.edxml.AttachmentSource;
import vn.vanthu.edxml.DocumentIdLookup;
import vn.vanthu.edxml.EdxmlException;
import vn.vanthu.edxml.EdxmlHeader;
import vn.vanthu.edxml.EdxmlMessage;
import vn.vanthu.edxml.EdxmlReader;
import vn.vanthu.edxml.EdxmlSignatureVerifier;
import vn.vanthu.edxml.EdxmlSigner;
import vn.vanthu.edxml.EdxmlStatus;
import vn.vanthu.edxml.EdxmlWriter;
import vn.vanthu.repo.signature.SignatureVerificationService;

/**
 * The domain reader and writer, configured for the repository: package signatures are verified
 * against the trust anchors the PDF verifier uses (vanthu.signature.*), and packages and status
 * messages are signed with the agency's key when {@code vanthu.edxml.signing.keystore} names a
 * PKCS#12 file (password and alias in the properties next to it); unsigned otherwise.
 */
public class DomainEdxmlCodec implements EdxmlCodec {

    private SignatureVerificationService signatureService;
    private final EdxmlWriter writer = new EdxmlWriter();
    private String keystore = "";
    private String keystorePassword = "";
    private String keyAlias = "";
    private volatile EdxmlSigner signer;

    @Override
    public EdxmlMessage read(InputStream in, AttachmentSink sink, DocumentIdLookup lookup) throws EdxmlException, IOException {
        EdxmlReader reader = new EdxmlReader(new EdxmlSignatureVerifier(signatureService.currentTrustStore()));
        return reader.readMessage(in, sink, lookup);
    }

    @Override
    public void writeDocument(EdxmlHeader header, List<AttachmentSource> attachments, OutputStream out)
            throws EdxmlException, IOException {
        writer.write(header, attachments, out, signer());
    }

    @Override
    public void writeStatus(EdxmlStatus status, OutputStream out) throws EdxmlException, IOException {
        writer.writeStatus(status, out, signer());
    }

    /** The agency's signer, read once; null when no key store is configured. */
    EdxmlSigner signer() throws IOException {
        if (keystore == null || keystore.isBlank()) {
            return null;
        }
        EdxmlSigner s = signer;
        if (s == null) {
            Path file = Path.of(keystore.strip());
            if (!Files.isReadable(file)) {
                throw new IOException("vanthu.edxml.signing.keystore: cannot read " + file
                        + " / không đọc được tệp khóa " + file);
            }
            try {
                s = EdxmlSigner.fromKeyStore(file, keystorePassword.toCharArray(), keyAlias.isBlank() ? null : keyAlias.strip());
            } catch (GeneralSecurityException e) {
                throw new IOException("vanthu.edxml.signing.keystore: " + e.getMessage() + " / không mở được khóa ký", e);
            }
            signer = s;
        }
        return s;
    }

    public void setSignatureService(SignatureVerificationService signatureService) {
        this.signatureService = signatureService;
    }

    public void setKeystore(String keystore) {
        this.keystore = keystore;
    }

    public void setKeystorePassword(String keystorePassword) {
        this.keystorePassword = keystorePassword;
    }

    public void setKeyAlias(String keyAlias) {
        this.keyAlias = keyAlias;
    }
}
