package vn.vanthu.edxml;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The verification of a package's XMLDSig signature.
 *
 * @param status      the outcome
 * @param signer      subject of the signing certificate, or null when unsigned or unreadable
 * @param certificate the signing certificate, or null
 * @param anchor      subject of the trust anchor the chain ends at, or null
 * @param reasons     the findings, in Vietnamese and English (empty for a plain VALID)
 */
public record EdxmlSignatureResult(EdxmlSignatureStatus status, String signer, X509Certificate certificate,
                                   String anchor, List<EdxmlProblem> reasons) {

    public EdxmlSignatureResult {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** The result for a package without signature. */
    public static EdxmlSignatureResult unsigned() {
        return new EdxmlSignatureResult(EdxmlSignatureStatus.UNSIGNED, null, null, null, List.of(
                EdxmlProblem.of("UNSIGNED", null, "Gói edXML không có chữ ký số", "The edXML package is not signed")));
    }

    public boolean valid() {
        return status == EdxmlSignatureStatus.VALID;
    }
}
