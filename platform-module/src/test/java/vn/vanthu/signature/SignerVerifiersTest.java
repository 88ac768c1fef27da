package vn.vanthu.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.spec.ECGenParameterSpec;
import java.util.Map;

import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;

/**
 * The cheaper signer-info verification gives Bouncy Castle's answers: with and without signed
 * attributes (the raw path), for RSA and EC keys, for a good signature, a wrong digest and a
 * signature checked with another key.
 */
class SignerVerifiersTest {

    private static final byte[] CONTENT = "Quyết định số 04/QĐ-UBND".getBytes(StandardCharsets.UTF_8);

    private static SignerInformation signed(SigningFixtures.Identity id, KeyPair keys, String alg, boolean direct,
                                            byte[] digest) throws Exception {
        CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
        JcaSignerInfoGeneratorBuilder b = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build());
        b.setDirectSignature(direct);
        gen.addSignerInfoGenerator(b.build(new JcaContentSignerBuilder(alg).build(keys.getPrivate()),
                new JcaX509CertificateHolder(id.cert())));
        CMSSignedData sd = gen.generate(new CMSProcessableByteArray(CONTENT), false);
        // As the verifier does: the digest computed elsewhere, no content attached.
        CMSSignedData detached = new CMSSignedData(Map.of(NISTObjectIdentifiers.id_sha256, digest), sd.toASN1Structure());
        return detached.getSignerInfos().getSigners().iterator().next();
    }

    private static byte[] sha256(byte[] b) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(b);
    }

    private static void sameAnswersAsBouncyCastle(SigningFixtures.Identity id, KeyPair keys, String alg, boolean direct)
            throws Exception {
        SignerInformation good = signed(id, keys, alg, direct, sha256(CONTENT));
        assertEquals(direct, good.getSignedAttributes() == null);
        assertTrue(SignerVerifiers.verify(good, keys.getPublic()));
        assertTrue(good.verify(new JcaSimpleSignerInfoVerifierBuilder().build(keys.getPublic())));

        KeyPair other = SigningFixtures.get().secondSigner.keys();
        if (other.getPublic().getAlgorithm().equals(keys.getPublic().getAlgorithm())) {
            assertFalse(SignerVerifiers.verify(good, other.getPublic()));
            assertFalse(good.verify(new JcaSimpleSignerInfoVerifierBuilder().build(other.getPublic())));
        }

        SignerInformation changed = signed(id, keys, alg, direct, sha256("changed".getBytes(StandardCharsets.UTF_8)));
        if (direct) {
            // Without signed attributes the signature is over the content digest itself.
            assertFalse(SignerVerifiers.verify(changed, keys.getPublic()));
            assertFalse(changed.verify(new JcaSimpleSignerInfoVerifierBuilder().build(keys.getPublic())));
        } else {
            assertThrows(CMSSignerDigestMismatchException.class, () -> SignerVerifiers.verify(changed, keys.getPublic()));
        }
    }

    @Test
    void rsaWithSignedAttributes() throws Exception {
        SigningFixtures.Identity id = SigningFixtures.get().signer;
        sameAnswersAsBouncyCastle(id, id.keys(), "SHA256withRSA", false);
    }

    @Test
    void rsaWithoutSignedAttributes() throws Exception {
        SigningFixtures.Identity id = SigningFixtures.get().signer;
        sameAnswersAsBouncyCastle(id, id.keys(), "SHA256withRSA", true);
    }

    /** RSASSA-PSS, which the JDK names differently: Bouncy Castle registered last, as in Alfresco. */
    @Test
    void rsaPss() throws Exception {
        if (java.security.Security.getProvider("BC") == null) {
            java.security.Security.addProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider());
        }
        SigningFixtures.Identity id = SigningFixtures.get().signer;
        sameAnswersAsBouncyCastle(id, id.keys(), "SHA256withRSAandMGF1", false);
    }

    /** An EC key: the certificate's key is not used by the CMS, only the signer identifier, so any certificate names it. */
    @Test
    void ecdsaWithSignedAttributes() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair ec = g.generateKeyPair();
        sameAnswersAsBouncyCastle(SigningFixtures.get().signer, ec, "SHA256withECDSA", false);
    }

    @Test
    void algorithmNamesForReports() {
        assertNotNull(SignerVerifiers.ALGORITHM_NAMES);
        assertEquals("SHA256WITHRSA", SignerVerifiers.ALGORITHM_NAMES.getAlgorithmName(
                org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers.sha256WithRSAEncryption));
    }
}
