package vn.vanthu.repo.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import vn.vanthu.signature.ByteArrayChannel;
import vn.vanthu.signature.ModificationFixtures;
import vn.vanthu.signature.SignatureVerifier;
import vn.vanthu.signature.SigningFixtures;
import vn.vanthu.signature.VerificationResult;

/** vt:signatureDetail carries each signature's modification analysis (issue 11). */
class SignatureDetailModificationsTest {

    @Test
    void detailStoresTheModifications() throws Exception {
        SigningFixtures pki = SigningFixtures.get();
        byte[] one = SigningFixtures.signPdf(SigningFixtures.pdf(4000, 21), pki.signer, SigningFixtures.options());
        byte[] two = SigningFixtures.signPdf(one, pki.secondSigner, SigningFixtures.options());
        VerificationResult r = new SignatureVerifier(pki.trustStore()).verifyPdf(new ByteArrayChannel(two));
        JsonNode d = new ObjectMapper().readTree(SignatureVerificationService.detail(r));
        assertEquals("VALID", d.get("verdict").asText());
        JsonNode first = d.get("details").get(0).get("modifications");
        assertEquals("SIGNATURE", first.get("kind").asText(), d.toString());
        assertTrue(first.get("allowed").asBoolean());
        assertTrue(first.get("objects").size() > 0);
        assertEquals("NONE", d.get("details").get(1).get("modifications").get("kind").asText());
    }
}
