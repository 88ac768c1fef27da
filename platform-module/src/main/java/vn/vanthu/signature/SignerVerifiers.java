package vn.vanthu.signature;

import java.security.Provider;
import java.security.PublicKey;
import java.security.Security;
import java.security.cert.X509Certificate;

import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignatureAlgorithmNameGenerator;
import org.bouncycastle.cms.DefaultCMSSignatureAlgorithmNameGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.operator.AlgorithmNameFinder;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.SignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signer-info verifiers, cheaper than Bouncy Castle's {@code JcaSimpleSignerInfoVerifierBuilder}:
 * the algorithm tables are built once instead of per signature, and when the signer info has
 * signed attributes the public-key operation runs once. Bouncy Castle's default content verifier
 * also holds a "raw" signature (for signer infos without signed attributes) and always runs it
 * after the real one, discarding the result, which doubles the RSA work; naming the JDK provider
 * of the key's algorithm, which offers no raw RSA signature, leaves only the real one.
 */
final class SignerVerifiers {

    /** Signature algorithm names for reports. */
    static final AlgorithmNameFinder ALGORITHM_NAMES = new DefaultAlgorithmNameFinder();
    private static final CMSSignatureAlgorithmNameGenerator NAMES = new DefaultCMSSignatureAlgorithmNameGenerator();
    private static final SignatureAlgorithmIdentifierFinder SIGNATURE_IDS = new DefaultSignatureAlgorithmIdentifierFinder();
    private static final DigestCalculatorProvider DIGESTS = digests();

    private SignerVerifiers() {
    }

    private static DigestCalculatorProvider digests() {
        try {
            return new JcaDigestCalculatorProviderBuilder().build();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("No digest calculator provider", e);
        }
    }

    /**
     * Verifies {@code si} with the signer's public key (no certificate attached, so an expired
     * certificate is judged by the trust check, not refused here). Same answers and exceptions as
     * {@code si.verify(new JcaSimpleSignerInfoVerifierBuilder().build(key))}.
     */
    static boolean verify(SignerInformation si, PublicKey key) throws CMSException, OperatorCreationException {
        Provider jdk = si.getSignedAttributes() == null ? null : jdkProvider(key.getAlgorithm());
        if (jdk != null) {
            try {
                return si.verify(verifier(new JcaContentVerifierProviderBuilder().setProvider(jdk).build(key)));
            } catch (CMSException e) {
                if (!(e.getCause() instanceof OperatorCreationException)) {
                    throw e;
                }
                // That provider lacks this signature algorithm: Bouncy Castle's default choice below.
            }
        }
        return si.verify(verifier(new JcaContentVerifierProviderBuilder().build(key)));
    }

    /** A verifier bound to a certificate (time-stamp tokens require one), with the shared tables. */
    static SignerInformationVerifier forCertificate(X509Certificate certificate) throws OperatorCreationException {
        return verifier(new JcaContentVerifierProviderBuilder().build(certificate));
    }

    private static SignerInformationVerifier verifier(ContentVerifierProvider provider) {
        return new SignerInformationVerifier(NAMES, SIGNATURE_IDS, provider, DIGESTS);
    }

    /** The JDK provider of RSA or EC signatures, or null for other keys (or when it is missing). */
    private static Provider jdkProvider(String keyAlgorithm) {
        return switch (keyAlgorithm) {
            case "RSA", "RSASSA-PSS" -> Security.getProvider("SunRsaSign");
            case "EC" -> Security.getProvider("SunEC");
            default -> null;
        };
    }
}
