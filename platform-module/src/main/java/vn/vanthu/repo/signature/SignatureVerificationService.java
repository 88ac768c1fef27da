package vn.vanthu.repo.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.content.MimetypeMap;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.ContentIOException;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.signature.DigestCheckpoints;
import vn.vanthu.signature.Reason;
import vn.vanthu.signature.SignatureReport;
import vn.vanthu.signature.SignatureVerifier;
import vn.vanthu.signature.TrustStore;
import vn.vanthu.signature.ValidationPolicy;
import vn.vanthu.signature.VerificationResult;
import vn.vanthu.json.LineSafeJson;

/**
 * Glue between the repository and the plain-Java verifier: decides which nodes are verified,
 * reads their content through a file channel (never into memory), and records the verdict in
 * {@code vt:signatureInfo}. Trust anchors and CRLs come from a directory named in
 * alfresco-global.properties, from a folder of the repository (Data Dictionary) and, by default,
 * the shipped Government root; they are re-read when either changes, so an administrator changes
 * trust without a rebuild or restart. Content the module has just written and hashed itself (a
 * received edXML attachment) can be {@linkplain #rememberWrittenDigest remembered} by content URL
 * for a while, so that its verification resumes from that SHA-256 instead of hashing it again.
 */
public class SignatureVerificationService {

    private static final Logger LOG = LoggerFactory.getLogger(SignatureVerificationService.class);
    private static final String P7S = ".p7s";
    private static final long MAX_P7S = 16L * 1024 * 1024;
    private static final int MAX_DETAIL = 60_000;
    private static final ObjectMapper JSON = LineSafeJson.mapper();

    private NodeService nodeService;
    private ContentService contentService;
    private DictionaryService dictionaryService;
    private BehaviourFilter behaviourFilter;
    private String trustAnchorsDir = "";
    private String crlsDir = "";
    private String trustAnchorsFolder = "";
    private boolean includeGovernmentRoot = true;
    private boolean verifyAllPdf;
    private ValidationPolicy.ValidityModel validityModel = ValidationPolicy.ValidityModel.SHELL;
    private java.time.Duration ocspMaxAge = ValidationPolicy.DEFAULT_MAX_AGE;
    private String tsaAnchorsDir = "";
    private String tsaAnchorsFolder = "";
    private boolean tsaIncludesTrustAnchors = true;

    private final WrittenDigests writtenDigests = new WrittenDigests();
    private volatile SignatureVerifier verifier;
    private volatile TrustStore trustStore;
    private volatile String loadedStamp;

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setContentService(ContentService contentService) {
        this.contentService = contentService;
    }

    public void setDictionaryService(DictionaryService dictionaryService) {
        this.dictionaryService = dictionaryService;
    }

    public void setBehaviourFilter(BehaviourFilter behaviourFilter) {
        this.behaviourFilter = behaviourFilter;
    }

    public void setTrustAnchorsDir(String trustAnchorsDir) {
        this.trustAnchorsDir = trustAnchorsDir == null ? "" : trustAnchorsDir.trim();
    }

    public void setCrlsDir(String crlsDir) {
        this.crlsDir = crlsDir == null ? "" : crlsDir.trim();
    }

    /** Path of names under Company Home, e.g. "Data Dictionary/Vanthu Trust Anchors"; empty: none. */
    public void setTrustAnchorsFolder(String trustAnchorsFolder) {
        this.trustAnchorsFolder = trustAnchorsFolder == null ? "" : trustAnchorsFolder.trim();
    }

    public void setIncludeGovernmentRoot(boolean includeGovernmentRoot) {
        this.includeGovernmentRoot = includeGovernmentRoot;
    }

    public void setVerifyAllPdf(boolean verifyAllPdf) {
        this.verifyAllPdf = verifyAllPdf;
    }

    /** {@code vanthu.signature.validityModel}: shell (default) or chain; an unknown value is logged and shell is used. */
    public void setValidityModel(String model) {
        try {
            validityModel = ValidationPolicy.ValidityModel.parse(model);
        } catch (IllegalArgumentException e) {
            LOG.error("vanthu.signature.validityModel: {} - shell is used / dùng mô hình shell", e.getMessage());
            validityModel = ValidationPolicy.ValidityModel.SHELL;
        }
    }

    /** {@code vanthu.signature.ocsp.maxAge}: ISO-8601 duration or seconds; an invalid value is logged and P7D used. */
    public void setOcspMaxAge(String maxAge) {
        try {
            ocspMaxAge = ValidationPolicy.parseDuration(maxAge);
        } catch (IllegalArgumentException e) {
            LOG.error("vanthu.signature.ocsp.maxAge: {} - P7D is used / dùng P7D", e.getMessage());
            ocspMaxAge = ValidationPolicy.DEFAULT_MAX_AGE;
        }
    }

    /** Directory of certificates trusted for timestamp authorities only. */
    public void setTsaAnchorsDir(String dir) {
        this.tsaAnchorsDir = dir == null ? "" : dir.trim();
    }

    /** Repository folder (names under Company Home) of certificates trusted for timestamp authorities only. */
    public void setTsaAnchorsFolder(String folder) {
        this.tsaAnchorsFolder = folder == null ? "" : folder.trim();
    }

    /** Whether the ordinary trust anchors also count for timestamp authorities (default true). */
    public void setTsaIncludesTrustAnchors(boolean include) {
        this.tsaIncludesTrustAnchors = include;
    }

    /** The policy the verifier uses now. */
    ValidationPolicy policy() throws IOException {
        return verifier().policy();
    }

    /** True for a detached signature file ({@code X.p7s}). */
    public boolean isDetachedSignature(NodeRef node) {
        return name(node).toLowerCase(Locale.ROOT).endsWith(P7S);
    }

    /** The document {@code X} that a detached {@code X.p7s} signs, when it sits in the same folder. */
    public NodeRef signedDocumentOf(NodeRef p7s) {
        String name = name(p7s);
        ChildAssociationRef parent = nodeService.getPrimaryParent(p7s);
        if (parent == null || parent.getParentRef() == null || name.length() <= P7S.length()) {
            return null;
        }
        return nodeService.getChildByName(parent.getParentRef(), ContentModel.ASSOC_CONTAINS,
                name.substring(0, name.length() - P7S.length()));
    }

    /**
     * Incoming and outgoing documents, any node already carrying a verdict, and (when
     * {@code vanthu.signature.verifyAllPdf=true}) any PDF.
     */
    public boolean isVerifiable(NodeRef node) {
        QName type = nodeService.getType(node);
        return dictionaryService.isSubClass(type, VanthuModel.TYPE_INCOMING_DOCUMENT)
                || dictionaryService.isSubClass(type, VanthuModel.TYPE_OUTGOING_DOCUMENT)
                || nodeService.hasAspect(node, VanthuModel.ASPECT_SIGNATURE_INFO)
                || (verifyAllPdf && dictionaryService.isSubClass(type, ContentModel.TYPE_CONTENT) && isPdf(node));
    }

    /** Marks the node PENDING in the current transaction (the user's upload). */
    public void markPending(NodeRef node) {
        Map<QName, Serializable> props = new HashMap<>();
        props.put(VanthuModel.PROP_SIGNATURE_STATUS, "PENDING");
        write(node, props);
    }

    /** Verifies and records; any failure is recorded as MALFORMED with its reason, never thrown. */
    public VerificationResult verifyAndRecord(NodeRef node) {
        if (!nodeService.exists(node)) {
            return null;
        }
        VerificationResult result;
        try {
            result = verify(node);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Signature verification of {} failed: {}", node, e.toString());
            result = SignatureVerifier.failure(e);
        }
        record(node, result);
        return result;
    }

    VerificationResult verify(NodeRef node) throws IOException {
        NodeRef p7s = detachedSignatureOf(node);
        SignatureVerifier v = verifier();
        if (p7s != null) {
            byte[] signature = readSignature(p7s);
            return withChannel(node, (ch, r) -> v.verifyDetached(ch, signature));
        }
        if (isPdf(node)) {
            // Checkpoints kept when the module wrote this very content (same URL, same size), else none.
            return withChannel(node, (ch, r) -> v.verifyPdf(ch, writtenDigests.take(r.getContentUrl(), r.getSize())));
        }
        return SignatureVerifier.noSignatureFormat();
    }

    /**
     * The module has just written {@code node}'s content, now at {@code contentUrl}, and hashed
     * those very bytes into {@code digest} while writing them (an edXML attachment checked against
     * its manifest): when the node is a PDF that will be verified, the checkpoints are kept
     * (bounded, a few minutes, by content URL) for its verification, which then resumes from them.
     * Only what the caller wrote itself: checkpoints of other bytes would give a wrong verdict.
     */
    public void rememberWrittenDigest(NodeRef node, String contentUrl, DigestCheckpoints digest) {
        if (contentUrl == null || digest == null || !isVerifiable(node) || !isPdf(node)) {
            return;
        }
        writtenDigests.put(contentUrl, digest);
    }

    /** The checkpoints kept now (tests). */
    WrittenDigests writtenDigests() {
        return writtenDigests;
    }

    private NodeRef detachedSignatureOf(NodeRef node) {
        ChildAssociationRef parent = nodeService.getPrimaryParent(node);
        if (parent == null || parent.getParentRef() == null) {
            return null;
        }
        return nodeService.getChildByName(parent.getParentRef(), ContentModel.ASSOC_CONTAINS, name(node) + P7S);
    }

    private byte[] readSignature(NodeRef p7s) throws IOException {
        ContentReader r = contentService.getReader(p7s, ContentModel.PROP_CONTENT);
        if (r == null || !r.exists()) {
            throw new IOException("The detached signature " + name(p7s) + " has no content");
        }
        if (r.getSize() > MAX_P7S) {
            throw new IOException("The detached signature " + name(p7s) + " is larger than " + MAX_P7S + " bytes");
        }
        try (InputStream in = r.getContentInputStream()) {
            return in.readAllBytes();
        }
    }

    private interface ChannelWork {
        VerificationResult apply(FileChannel channel, ContentReader reader) throws IOException;
    }

    /**
     * A file channel on the content: the store's own file when it has one, else a temporary copy
     * (encrypted or remote stores), deleted afterwards.
     */
    private VerificationResult withChannel(NodeRef node, ChannelWork work) throws IOException {
        ContentReader r = contentService.getReader(node, ContentModel.PROP_CONTENT);
        if (r == null || !r.exists()) {
            throw new IOException("The node has no content");
        }
        try (FileChannel ch = r.getFileChannel()) {
            return work.apply(ch, r);
        } catch (ContentIOException | UnsupportedOperationException noChannel) {
            Path tmp = Files.createTempFile("vanthu-signature-", ".bin");
            try {
                contentService.getReader(node, ContentModel.PROP_CONTENT).getContent(tmp.toFile());
                try (FileChannel ch = FileChannel.open(tmp)) {
                    return work.apply(ch, r);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** Writes the verdict; the module's own write, so no behaviour, versioning or audit fires for it. */
    void record(NodeRef node, VerificationResult result) {
        Map<QName, Serializable> props = new HashMap<>();
        props.put(VanthuModel.PROP_SIGNATURE_STATUS, result.verdict().name());
        props.put(VanthuModel.PROP_SIGNATURE_COUNT, result.signatures().size());
        SignatureReport last = result.lastSignature();
        props.put(VanthuModel.PROP_SIGNER_NAME, last == null ? null : last.signerName());
        props.put(VanthuModel.PROP_SIGNING_TIME, last == null || last.signingTime() == null ? null
                : Date.from(last.signingTime()));
        props.put(VanthuModel.PROP_SIGNATURE_VERIFIED_AT, new Date());
        props.put(VanthuModel.PROP_SIGNATURE_DETAIL, detail(result));
        write(node, props);
    }

    static String detail(VerificationResult result) {
        Map<String, Object> m = new LinkedHashMap<>();
        Reason main = result.mainReason();
        m.put("summary", main == null ? result.verdict().name() : main.text());
        m.putAll(result.toMap());
        try {
            String json = JSON.writeValueAsString(m);
            return json.length() <= MAX_DETAIL ? json : JSON.writeValueAsString(Map.of("summary", m.get("summary"),
                    "verdict", result.verdict().name(), "signatures", result.signatures().size(), "truncated", true));
        } catch (JsonProcessingException e) {
            return String.valueOf(m.get("summary"));
        }
    }

    private void write(NodeRef node, Map<QName, Serializable> props) {
        behaviourFilter.disableBehaviour(node);
        try {
            if (nodeService.hasAspect(node, VanthuModel.ASPECT_SIGNATURE_INFO)) {
                nodeService.addProperties(node, props);
            } else {
                nodeService.addAspect(node, VanthuModel.ASPECT_SIGNATURE_INFO, props);
            }
        } finally {
            behaviourFilter.enableBehaviour(node);
        }
    }

    private boolean isPdf(NodeRef node) {
        ContentReader r = contentService.getReader(node, ContentModel.PROP_CONTENT);
        return (r != null && MimetypeMap.MIMETYPE_PDF.equals(r.getMimetype()))
                || name(node).toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    private String name(NodeRef node) {
        Serializable n = nodeService.getProperty(node, ContentModel.PROP_NAME);
        return n == null ? "" : n.toString();
    }

    /** Forgets the loaded trust anchors: the next verification reads the configuration again. */
    public void reloadTrust() {
        loadedStamp = null;
    }

    /**
     * The trust anchors, intermediates and CRLs of the current configuration, as the PDF verifier
     * uses them: the edXML package signature is checked against the same store.
     */
    public TrustStore currentTrustStore() throws IOException {
        verifier();
        return trustStore;
    }

    /** The verifier for the current configuration, rebuilt when the configured directories change. */
    SignatureVerifier verifier() throws IOException {
        RepositoryTrustFolder repositoryFolder = new RepositoryTrustFolder(nodeService, contentService, trustAnchorsFolder);
        NodeRef folder = repositoryFolder.folder();
        RepositoryTrustFolder tsaRepositoryFolder = new RepositoryTrustFolder(nodeService, contentService, tsaAnchorsFolder);
        NodeRef tsaFolder = tsaRepositoryFolder.folder();
        String stamp = stamp(trustAnchorsDir) + "|" + stamp(crlsDir) + "|" + repositoryFolder.stamp(folder)
                + "|" + stamp(tsaAnchorsDir) + "|" + tsaRepositoryFolder.stamp(tsaFolder);
        SignatureVerifier v = verifier;
        if (v == null || !stamp.equals(loadedStamp)) {
            synchronized (this) {
                TrustStore.Builder b = TrustStore.builder();
                if (includeGovernmentRoot) {
                    b.addGovernmentRoot();
                }
                for (String dir : new String[] {trustAnchorsDir, crlsDir}) {
                    if (!dir.isEmpty() && Files.exists(Path.of(dir))) {
                        b.load(Path.of(dir));
                    } else if (!dir.isEmpty()) {
                        LOG.warn("Configured trust directory {} does not exist / Thư mục tin cậy không tồn tại", dir);
                    }
                }
                repositoryFolder.load(folder, b);
                TrustStore store = b.build();
                store.warnings().forEach(w -> LOG.warn("{}", w));
                TrustStore.Builder tsa = TrustStore.builder();
                if (!tsaAnchorsDir.isEmpty() && Files.exists(Path.of(tsaAnchorsDir))) {
                    tsa.load(Path.of(tsaAnchorsDir));
                } else if (!tsaAnchorsDir.isEmpty()) {
                    LOG.warn("Configured TSA anchors directory {} does not exist / Thư mục tin cậy TSA không tồn tại",
                            tsaAnchorsDir);
                }
                tsaRepositoryFolder.load(tsaFolder, tsa);
                TrustStore tsaStore = tsa.build();
                tsaStore.warnings().forEach(w -> LOG.warn("{}", w));
                ValidationPolicy policy = ValidationPolicy.defaults().withValidityModel(validityModel)
                        .withOcspMaxAge(ocspMaxAge).withTsaTrust(tsaStore, tsaIncludesTrustAnchors);
                v = new SignatureVerifier(store, policy, java.time.Clock.systemUTC());
                trustStore = store;
                verifier = v;
                loadedStamp = stamp;
            }
        }
        return v;
    }

    /** Names, sizes and modification times of a directory's files: changes when an administrator edits it. */
    private static String stamp(String dir) throws IOException {
        if (dir.isEmpty() || !Files.exists(Path.of(dir))) {
            return dir;
        }
        StringBuilder sb = new StringBuilder(dir);
        try (var files = Files.walk(Path.of(dir), 4)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                sb.append('|').append(f).append(':').append(Files.size(f)).append(':')
                        .append(Files.getLastModifiedTime(f).toMillis());
            }
        }
        return sb.toString();
    }
}
