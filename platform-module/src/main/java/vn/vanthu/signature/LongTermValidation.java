package vn.vanthu.signature;

import java.security.GeneralSecurityException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Long-term validation of one signature, offline: the certification path (dateless, judged by the
 * validity model at the signing time), the revocation status of every certificate of the path from
 * the data the file and the configuration hold, the trust in timestamp authorities, and the
 * signature level reached (PAdES baseline B/T/LT/LTA, or PKCS7/CAdES/CMS levels).
 */
final class LongTermValidation {

    private static final JcaX509CertificateConverter CONVERTER = new JcaX509CertificateConverter();

    private final TrustStore trust;
    private final ValidationPolicy policy;
    private final Clock clock;
    private final List<X509Certificate> tsaAnchors = new ArrayList<>();
    private final List<X509Certificate> tsaIntermediates = new ArrayList<>();

    LongTermValidation(TrustStore trust, ValidationPolicy policy, Clock clock) {
        this.trust = trust;
        this.policy = policy;
        this.clock = clock;
        if (policy.tsaTrust() != null) {
            tsaAnchors.addAll(policy.tsaTrust().anchors());
            tsaIntermediates.addAll(policy.tsaTrust().intermediates());
        }
        if (policy.tsaUsesTrustAnchors() || policy.tsaTrust() == null) {
            tsaAnchors.addAll(trust.anchors());
        }
        tsaIntermediates.addAll(trust.intermediates());
    }

    ValidationPolicy policy() {
        return policy;
    }

    /**
     * Why a signature timestamp's authority is not trusted (in "en / vi" pairs), or null when its
     * certificate chains to a TSA anchor, is valid at the timestamp's time and is meant for timestamping.
     */
    String[] timestampProblem(TimeStampToken token) {
        List<X509Certificate> certs = new ArrayList<>();
        X509Certificate tsa = null;
        try {
            for (X509CertificateHolder h : token.getCertificates().getMatches(null)) {
                X509Certificate c = CONVERTER.getCertificate(h);
                certs.add(c);
                if (token.getSID().match(h)) {
                    tsa = c;
                }
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            return new String[] {"its certificates are unreadable", "không đọc được chứng thư số của nó"};
        }
        if (tsa == null) {
            return new String[] {"the token does not carry the authority's certificate",
                "token không kèm chứng thư số của đơn vị cấp dấu thời gian"};
        }
        String[] eku = timestampingProblem(tsa);
        if (eku != null) {
            return eku;
        }
        List<X509Certificate> pool = new ArrayList<>(certs);
        pool.addAll(tsaIntermediates);
        CertificatePath.Result r = CertificatePath.validate(tsa, tsaAnchors, pool,
                token.getTimeStampInfo().getGenTime().toInstant(), ValidationPolicy.ValidityModel.SHELL,
                CertificatePath.Role.TSA);
        if (r.reasons.isEmpty()) {
            return null;
        }
        return new String[] {r.reasons.get(0).en(), r.reasons.get(0).vi()};
    }

    private static String[] timestampingProblem(X509Certificate tsa) {
        try {
            List<String> eku = tsa.getExtendedKeyUsage();
            if (eku != null && eku.contains(KeyPurposeId.id_kp_timeStamping.getId())) {
                return null;
            }
        } catch (CertificateParsingException e) {
            // reported below
        }
        return new String[] {"the certificate " + tsa.getSubjectX500Principal().getName()
                + " is not a timestamping certificate (extended key usage id-kp-timeStamping)",
            "chứng thư số " + tsa.getSubjectX500Principal().getName()
                + " không dùng để cấp dấu thời gian (thiếu mục đích id-kp-timeStamping)"};
    }

    /**
     * The path of the signer (or, for a document timestamp, of its authority against the TSA
     * anchors), its validity at the report's signing time, and the revocation status of each of
     * its certificates; adds the reasons and the long-term part of the report.
     */
    void validateSigner(CmsSignature cms, X509Certificate signer, List<X509Certificate> cmsCerts,
                        ValidationData fileData, boolean documentTimestamp, SignatureReport rep) {
        try {
            doValidateSigner(cms, signer, cmsCerts, fileData, documentTimestamp, rep);
        } catch (RuntimeException e) {
            rep.add(Reason.of(Verdict.UNTRUSTED, "PATH_VALIDATION_ERROR", "path validation failed: " + e,
                    "kiểm tra đường dẫn chứng thực thất bại: " + e));
        }
    }

    private void doValidateSigner(CmsSignature cms, X509Certificate signer, List<X509Certificate> cmsCerts,
                                  ValidationData fileData, boolean documentTimestamp, SignatureReport rep) {
        ValidationData embedded = CmsValidationData.of(cms);
        ValidationData data = embedded.plus(fileData == null ? new ValidationData() : fileData)
                .plus(trust.configuredData());
        LtvReport ltv = rep.ltv == null ? new LtvReport() : rep.ltv;
        rep.ltv = ltv;
        ltv.validityModel = policy.validityModel().name();
        ltv.essSigningCertificate = cms.signerInfo.getAuthenticatedAttributes() != null
                && (new org.bouncycastle.asn1.cms.AttributeTable(cms.signerInfo.getAuthenticatedAttributes())
                        .get(PKCSObjectIdentifiers.id_aa_signingCertificateV2) != null
                || new org.bouncycastle.asn1.cms.AttributeTable(cms.signerInfo.getAuthenticatedAttributes())
                        .get(PKCSObjectIdentifiers.id_aa_signingCertificate) != null);
        count(ltv, data);
        for (String u : data.unreadable) {
            rep.add(Reason.info("VALIDATION_DATA_UNREADABLE", "unreadable validation data ignored: " + u,
                    "bỏ qua dữ liệu xác thực không đọc được: " + u));
        }
        List<X509Certificate> pool = new ArrayList<>(cmsCerts);
        pool.addAll(data.certificateList());
        Instant at = rep.signingTime;
        CertificatePath.Result path;
        CertificatePath.Role leaf = documentTimestamp ? CertificatePath.Role.TSA : CertificatePath.Role.SIGNER;
        if (documentTimestamp) {
            String[] eku = timestampingProblem(signer);
            if (eku != null) {
                rep.add(Reason.of(Verdict.UNTRUSTED, "TSA_NOT_FOR_TIMESTAMPS", eku[0], eku[1]));
            }
            pool.addAll(tsaIntermediates);
            path = CertificatePath.validate(signer, tsaAnchors, pool, at, policy.validityModel(), leaf);
        } else {
            path = trust.evaluate(signer, pool, at, policy.validityModel(), leaf).path;
        }
        path.reasons.forEach(rep::add);
        rep.trustAnchor = path.anchor == null ? null : path.anchor.getSubjectX500Principal().getName();
        for (int i = 0; i < path.certificates.size(); i++) {
            X509Certificate c = path.certificates.get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("subject", c.getSubjectX500Principal().getName());
            m.put("role", path.role(i, leaf).name());
            m.put("notBefore", c.getNotBefore().toInstant().toString());
            m.put("notAfter", c.getNotAfter().toInstant().toString());
            ltv.path.add(m);
        }
        if (!path.found()) {
            return;
        }
        Instant now = clock.instant();
        List<RevocationCheck.CertStatus> statuses = RevocationCheck.check(path, leaf, data, at, now, policy.ocspMaxAge());
        ltv.revocation.addAll(statuses);
        judgeRevocation(statuses, rep, now, ltv);
    }

    private static void count(LtvReport ltv, ValidationData data) {
        for (ValidationData.Crl c : data.crls) {
            ltv.dataFound.merge(c.source().name() + ".crls", 1, Integer::sum);
        }
        for (ValidationData.Ocsp o : data.ocsps) {
            ltv.dataFound.merge(o.source().name() + ".ocsps", 1, Integer::sum);
        }
        for (ValidationData.Cert c : data.certificates) {
            ltv.dataFound.merge(c.source().name() + ".certificates", 1, Integer::sum);
        }
    }

    private static void judgeRevocation(List<RevocationCheck.CertStatus> statuses, SignatureReport rep, Instant now,
                                        LtvReport ltv) {
        Instant t = rep.signingTime;
        boolean proven = !rep.signingTimeClaimed();
        StringBuilder en = new StringBuilder();
        StringBuilder vi = new StringBuilder();
        boolean anyChecked = false;
        boolean allInFile = !statuses.isEmpty();
        boolean allInDss = !statuses.isEmpty();
        for (RevocationCheck.CertStatus s : statuses) {
            String subject = s.certificate.getSubjectX500Principal().getName();
            if (en.length() > 0) {
                en.append("; ");
                vi.append("; ");
            }
            en.append(s.role.en).append(' ').append(subject).append(": ");
            vi.append(s.role.vi).append(' ').append(subject).append(": ");
            boolean usable = s.status == RevocationCheck.Status.GOOD || s.status == RevocationCheck.Status.REVOKED;
            if (usable) {
                anyChecked = true;
                allInFile &= s.source != ValidationData.Source.CONFIGURED;
                allInDss &= s.source == ValidationData.Source.DSS;
            } else {
                allInFile = false;
                allInDss = false;
            }
            switch (s.status) {
                case GOOD -> {
                    en.append("good (").append(s.kind).append(" from ").append(s.source.en).append(')');
                    vi.append("chưa bị thu hồi (").append(s.kind).append(" từ ").append(s.source.vi).append(')');
                }
                case REVOKED -> {
                    String why = s.revocationReason == null ? "" : ", " + s.revocationReason;
                    en.append("revoked on ").append(s.revokedAt).append(why).append(" (").append(s.kind).append(" from ")
                            .append(s.source.en).append(')');
                    vi.append("bị thu hồi ngày ").append(s.revokedAt).append(why).append(" (").append(s.kind)
                            .append(" từ ").append(s.source.vi).append(')');
                    revoked(s, subject, t, proven, now, rep);
                }
                case UNKNOWN -> {
                    en.append("unknown (").append(String.join("; ", s.notesEn)).append(')');
                    vi.append("không xác định (").append(String.join("; ", s.notesVi)).append(')');
                }
                default -> {
                    en.append("not checked (no CRL or OCSP response in the file or the configuration)");
                    vi.append("chưa kiểm tra (không có CRL hay phản hồi OCSP trong tệp hoặc cấu hình)");
                }
            }
        }
        ltv.revocationInFile = allInFile;
        ltv.revocationInDss = allInDss;
        if (statuses.isEmpty()) {
            return;
        }
        if (anyChecked) {
            rep.add(Reason.info("REVOCATION_CHECKED", "revocation checked offline: " + en,
                    "đã kiểm tra thu hồi (ngoại tuyến): " + vi));
        } else {
            rep.add(Reason.info("REVOCATION_NOT_CHECKED", "revocation was not checked: " + en,
                    "chưa kiểm tra được tình trạng thu hồi: " + vi));
        }
    }

    private static void revoked(RevocationCheck.CertStatus s, String subject, Instant t, boolean proven, Instant now,
                                SignatureReport rep) {
        String why = s.revocationReason == null ? "" : " (" + s.revocationReason + ")";
        String role = s.role.en + " certificate " + subject;
        String roleVi = "chứng thư số của " + s.role.vi + " " + subject;
        if (!s.revokedAt.isAfter(t)) {
            rep.add(Reason.of(Verdict.UNTRUSTED, "CERT_REVOKED",
                    "the " + role + " was revoked on " + s.revokedAt + why + ", before the signing time " + t,
                    roleVi + " đã bị thu hồi ngày " + s.revokedAt + why + ", trước thời điểm ký " + t));
        } else if (proven || s.revokedAt.isAfter(now)) {
            rep.add(Reason.info("REVOKED_AFTER_SIGNING",
                    "the " + role + " was revoked on " + s.revokedAt + why + ", after the " + (proven ? "proven " : "")
                            + "signing time " + t + ": the signature stays valid",
                    roleVi + " bị thu hồi ngày " + s.revokedAt + why + ", sau thời điểm ký " + t
                            + (proven ? " (đã được chứng minh)" : "") + ": chữ ký vẫn hợp lệ"));
        } else {
            rep.add(Reason.of(Verdict.UNTRUSTED, "REVOKED_AFTER_CLAIMED_TIME",
                    "the " + role + " was revoked on " + s.revokedAt + why + "; the signing time " + t
                            + " is only claimed and no trusted timestamp proves the signature was made before the revocation",
                    roleVi + " đã bị thu hồi ngày " + s.revokedAt + why + "; thời điểm ký " + t
                            + " chỉ do người ký khai, không có dấu thời gian tin cậy chứng minh chữ ký có trước khi thu hồi"));
        }
    }

    /**
     * The level each signature reaches, once all are verified (a later document timestamp raises an
     * earlier signature to T or LTA), as the first reason of each, for the clerk.
     */
    static void assignLevels(List<SignatureReport> reports) {
        proveExistenceByDocumentTimestamps(reports);
        for (SignatureReport rep : reports) {
            LtvReport ltv = rep.ltv;
            if (ltv == null) {
                continue;
            }
            if (SignatureVerifier.DOC_TIMESTAMP.equals(rep.subFilter)) {
                boolean ok = rep.verdict().ordinal() >= Verdict.WEAK_ALGORITHM.ordinal();
                setLevel(rep, ok ? "DOCUMENT-TIMESTAMP" : "none",
                        ok ? "document timestamp: proves the document existed at " + rep.signingTime
                                : "document timestamp that does not verify or whose authority is not trusted",
                        ok ? "dấu thời gian tài liệu: chứng minh tài liệu đã tồn tại lúc " + rep.signingTime
                                : "dấu thời gian tài liệu không hợp lệ hoặc đơn vị cấp không được tin cậy");
                continue;
            }
            long end = end(rep);
            boolean covered = false;
            boolean dssCovered = false;
            for (SignatureReport d : reports) {
                if (d != rep && SignatureVerifier.DOC_TIMESTAMP.equals(d.subFilter)
                        && d.verdict().ordinal() >= Verdict.WEAK_ALGORITHM.ordinal() && end(d) > end) {
                    covered = true;
                    dssCovered |= ltv.dssOffset >= 0 && end(d) >= ltv.dssOffset;
                }
            }
            ltv.coveredByDocumentTimestamp = covered;
            String family;
            boolean pades = false;
            if ("DETACHED".equals(rep.kind)) {
                family = ltv.essSigningCertificate ? "CAdES-BASELINE" : "CMS";
            } else if (SignatureVerifier.CADES.equals(rep.subFilter) && ltv.essSigningCertificate) {
                family = "PAdES-BASELINE";
                pades = true;
            } else {
                family = "PKCS7";
            }
            boolean broken = rep.verdict() == Verdict.MALFORMED || rep.verdict() == Verdict.INVALID;
            boolean t = ltv.trustedSignatureTimestamp || covered;
            boolean lt = t && (pades ? ltv.revocationInDss : ltv.revocationInFile);
            boolean lta = lt && (ltv.revocationInDss ? dssCovered : covered);
            String level = broken ? "none" : lta ? "LTA" : lt ? "LT" : t ? "T" : "B";
            String en;
            String vi;
            switch (level) {
                case "none" -> {
                    en = "no signature level: the signature does not verify";
                    vi = "không đạt mức chữ ký nào: chữ ký không hợp lệ";
                }
                case "B" -> {
                    en = "basic signature: no trusted timestamp, the signing time is only claimed by the signer";
                    vi = "chữ ký cơ bản: không có dấu thời gian tin cậy, thời gian ký chỉ do người ký khai";
                }
                case "T" -> {
                    en = "signature with a trusted timestamp: the signing time is proven";
                    vi = "chữ ký có dấu thời gian tin cậy: thời gian ký được chứng minh";
                }
                case "LT" -> {
                    en = "signature with a trusted timestamp and, in the file, the revocation data needed to check it later";
                    vi = "chữ ký có dấu thời gian tin cậy và trong tệp có sẵn dữ liệu thu hồi để kiểm tra về sau";
                }
                default -> {
                    en = "long-term archival signature: timestamp, revocation data in the file, and a document timestamp "
                            + "protecting them";
                    vi = "chữ ký lưu trữ dài hạn: có dấu thời gian, dữ liệu thu hồi trong tệp và dấu thời gian tài liệu "
                            + "bảo vệ các dữ liệu đó";
                }
            }
            setLevel(rep, "none".equals(level) ? "none" : family + "-" + level, en, vi);
        }
    }

    /**
     * A signature whose time is only claimed but which a trusted document timestamp covers existed
     * at that timestamp's time: a revocation after it does not make the signature untrusted.
     */
    private static void proveExistenceByDocumentTimestamps(List<SignatureReport> reports) {
        for (SignatureReport rep : reports) {
            if (rep.ltv == null || SignatureVerifier.DOC_TIMESTAMP.equals(rep.subFilter)) {
                continue;
            }
            Instant proof = null;
            for (SignatureReport d : reports) {
                if (d != rep && SignatureVerifier.DOC_TIMESTAMP.equals(d.subFilter) && d.signingTime != null
                        && d.verdict().ordinal() >= Verdict.WEAK_ALGORITHM.ordinal() && end(d) > end(rep)
                        && (proof == null || d.signingTime.isBefore(proof))) {
                    proof = d.signingTime;
                }
            }
            if (proof == null) {
                continue;
            }
            for (Reason r : List.copyOf(rep.reasons())) {
                if (!"REVOKED_AFTER_CLAIMED_TIME".equals(r.code())) {
                    continue;
                }
                for (RevocationCheck.CertStatus s : rep.ltv.revocation) {
                    if (s.status == RevocationCheck.Status.REVOKED && s.revokedAt.isAfter(proof)
                            && r.en().contains(s.certificate.getSubjectX500Principal().getName())) {
                        String subject = s.certificate.getSubjectX500Principal().getName();
                        rep.replace(r, Reason.info("REVOKED_AFTER_SIGNING",
                                "the " + s.role.en + " certificate " + subject + " was revoked on " + s.revokedAt
                                        + ", after the document timestamp of " + proof
                                        + " that proves the signature existed: the signature stays valid",
                                "chứng thư số của " + s.role.vi + " " + subject + " bị thu hồi ngày " + s.revokedAt
                                        + ", sau dấu thời gian tài liệu lúc " + proof
                                        + " chứng minh chữ ký đã có: chữ ký vẫn hợp lệ"));
                    }
                }
            }
        }
    }

    /** Records where the /DSS was written and whether its /VRI names this signature. */
    static void noteDss(SignatureReport rep, DssReader.Dss dss, byte[] contents) {
        if (dss == null || rep.ltv == null) {
            return;
        }
        rep.ltv.dssOffset = dss.revisionEnd;
        rep.ltv.vri = dss.hasVri(contents);
        if (dss.problem != null) {
            rep.add(Reason.info("DSS_PARTLY_UNREADABLE", "the document security store (/DSS) was partly unreadable: "
                    + dss.problem, "kho dữ liệu xác thực (/DSS) của tài liệu có phần không đọc được: " + dss.problem));
        }
    }

    private static void setLevel(SignatureReport rep, String level, String en, String vi) {
        rep.ltv.level = level;
        rep.ltv.levelEn = en;
        rep.ltv.levelVi = vi;
        rep.addFirst(Reason.info("SIGNATURE_LEVEL", "Signature level " + level + ": " + en,
                "Mức chữ ký " + level + ": " + vi));
    }

    private static long end(SignatureReport r) {
        return r.byteRange == null ? -1 : r.byteRange[2] + r.byteRange[3];
    }
}
