package vn.vanthu.signature;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The long-term validation part of one signature's report: the certification path with each
 * certificate's role and validity, whether and from which source its revocation was checked and
 * with what result, the validation data found, and the signature level reached.
 */
final class LtvReport {

    /** Revocation results, one per certificate of the path but the anchor. */
    final List<RevocationCheck.CertStatus> revocation = new ArrayList<>();
    /** The path (target first), roles and validity. */
    final List<Map<String, Object>> path = new ArrayList<>();
    /** What validation data the signature and the document carry. */
    final Map<String, Integer> dataFound = new LinkedHashMap<>();
    /** The validity model used. */
    String validityModel;
    /** e.g. PAdES-BASELINE-LT, PKCS7-B, CAdES-BASELINE-T, or "none". */
    String level;
    String levelEn;
    String levelVi;
    /** Set when a signature timestamp was present but its authority not trusted: why. */
    String timestampProblem;
    /** True when the signature's own timestamp verified and its authority is trusted. */
    boolean trustedSignatureTimestamp;
    /** True when a trusted document timestamp later in the file covers this signature. */
    boolean coveredByDocumentTimestamp;
    /** True when every certificate of the path has revocation data from the file itself (not the configuration). */
    boolean revocationInFile;
    /** True when that data is all in the /DSS. */
    boolean revocationInDss;
    /** True when the signed attributes hold an ESS signing-certificate(-v2) attribute (needed for CAdES/PAdES baseline). */
    boolean essSigningCertificate;
    /** End of the revision that wrote the /DSS, or -1 when there is none. */
    long dssOffset = -1;
    /** True when the /DSS has a /VRI entry for this signature. */
    boolean vri;

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("validityModel", validityModel);
        m.put("path", path);
        List<Map<String, Object>> rs = new ArrayList<>();
        for (RevocationCheck.CertStatus s : revocation) {
            rs.add(s.toMap());
        }
        m.put("revocation", rs);
        m.put("validationData", dataFound);
        if (timestampProblem != null) {
            m.put("timestampProblem", timestampProblem);
        }
        m.put("coveredByDocumentTimestamp", coveredByDocumentTimestamp);
        if (dssOffset >= 0) {
            m.put("dss", Map.of("revisionEnd", dssOffset, "vri", vri));
        }
        if (level != null) {
            m.put("level", level);
            m.put("levelSummary", Map.of("en", levelEn, "vi", levelVi));
        }
        return m;
    }
}
