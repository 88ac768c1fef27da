package vn.vanthu.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustStoreTest {

    @TempDir
    Path dir;

    @Test
    void shippedGovernmentRootLoads() throws Exception {
        TrustStore ts = TrustStore.governmentDefault();
        assertEquals(1, ts.anchors().size());
        X509Certificate root = ts.anchors().get(0);
        assertTrue(root.getSubjectX500Principal().getName()
                .contains("CN=Co quan chung thuc so chuyen dung Chinh phu (RootCA)"), root.getSubjectX500Principal().getName());
        String fp = HexFormat.ofDelimiter(":").withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(root.getEncoded()));
        assertTrue(fp.startsWith("F7:BC:89:05"), fp);
        assertTrue(ts.warnings().isEmpty());
    }

    @Test
    void loadsDerPemAndCrlsFromADirectoryAndSortsAnchorsFromIntermediates() throws Exception {
        SigningFixtures pki = SigningFixtures.get();
        Files.write(dir.resolve("root.cer"), pki.root.cert().getEncoded());
        String pem = pem("CERTIFICATE", pki.intermediate.cert().getEncoded())
                + pem("CERTIFICATE", pki.otherRoot.cert().getEncoded());
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/chain.pem"), pem, StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve("crl.pem"), pem("X509 CRL",
                SigningFixtures.crl(pki.intermediate, pki.signer.cert(), SigningFixtures.daysFromNow(-1)).getEncoded()));
        Files.writeString(dir.resolve("README.txt"), "Chứng thư gốc đặt ở đây");

        TrustStore ts = TrustStore.builder().load(dir).build();
        assertEquals(2, ts.anchors().size());
        assertEquals(1, ts.intermediates().size());
        assertEquals(pki.intermediate.cert(), ts.intermediates().get(0));
        assertEquals(1, ts.crls().size());
        assertEquals(1, ts.warnings().size());
        assertTrue(ts.warnings().get(0).contains("README.txt"));
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + label + "-----\n";
    }
}
