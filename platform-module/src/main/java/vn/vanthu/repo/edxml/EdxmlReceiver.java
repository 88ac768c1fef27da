package vn.vanthu.repo.edxml;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.service.cmr.repository.ContentData;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.ContentWriter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;

import vn.vanthu.edxml.EdxmlAttachmentInfo;
import vn.vanthu.edxml.EdxmlException;
import vn.vanthu.edxml.EdxmlHeader;
import vn.vanthu.edxml.EdxmlMapping;
import vn.vanthu.edxml.EdxmlMessage;
import vn.vanthu.edxml.EdxmlOrgan;
import vn.vanthu.edxml.EdxmlPackage;
import vn.vanthu.edxml.EdxmlProblem;
import vn.vanthu.edxml.EdxmlResponseFor;
import vn.vanthu.edxml.EdxmlSignatureResult;
import vn.vanthu.edxml.EdxmlSignatureStatus;
import vn.vanthu.edxml.EdxmlStatus;
import vn.vanthu.edxml.EdxmlStatusCode;
import vn.vanthu.edxml.EdxmlTraceHeader;
import vn.vanthu.edxml.VanthuDocumentFields;
import vn.vanthu.repo.behaviour.OwnWrites;
import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.repo.registers.Props;
import vn.vanthu.repo.signature.SignatureVerificationService;
import vn.vanthu.repo.store.NodeQueries;
import vn.vanthu.signature.DigestCheckpoints;

/**
 * Receives one package file of an edXML inbox, in the current transaction, all or nothing:
 *
 * <ul>
 * <li>a document package becomes a vt:incomingDocument next to the inbox (in the inbox's parent
 * folder) with the main (first) attachment as content, the mapped metadata,
 * vt:receivedElectronically and vt:edxmlInfo; the other attachments become cm:content nodes in
 * the same folder, linked from the document by cm:attachments (cm:attachable). Creating the
 * document runs the usual behaviours: arrival number, duplicate warning, signature verification
 * and statistics (the SHA-256 the reader computed for the manifest check is handed to the
 * signature service by content URL, so the verification after the commit need not hash the PDF
 * again). An "01 arrived" status package for the sender is written to the outbox;</li>
 * <li>a status message updates the delivery status (vt:edxmlDeliveryStatus) of the document with
 * its DocumentId, one line per agency;</li>
 * <li>the package file stays where it was dropped, for proof, marked vt:edxmlPackage with what it
 * became.</li>
 * </ul>
 *
 * A package that is invalid, whose XML signature does not match, whose DocumentId was received
 * before (found by an exact database query, the first node named; two receipts at the same moment
 * are told apart by {@link DocumentIdRegistry}) or a status in the wrong sequence is refused with an {@link EdxmlRefusal}; the caller rolls the transaction back.
 */
public class EdxmlReceiver {

    /** TYPE + exact DocumentId: a transactional metadata query. */
    static final String BY_DOCUMENT_ID = "TYPE:\"%s\" AND =vt:edxmlDocumentId:\"%s\"";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private NodeService nodeService;
    private ContentService contentService;
    private BehaviourFilter behaviourFilter;
    private NodeQueries nodeQueries;
    private EdxmlFolders folders;
    private EdxmlCodec codec;
    private DocumentIdRegistry registry;
    private SignatureVerificationService signatureService;
    private String organId = "";
    private String organName = "";
    private Clock clock = Clock.systemUTC();

    /** What a received package became. */
    public record Receipt(NodeRef packageNode, NodeRef document, List<NodeRef> attachments, NodeRef statusPackage,
                          String documentId, EdxmlStatusCode statusApplied) {
        public boolean isStatus() {
            return statusApplied != null;
        }
    }

    /** Receives the package held by {@code packageNode}. */
    public Receipt receive(NodeRef packageNode) throws EdxmlRefusal {
        ContentReader reader = contentService.getReader(packageNode, ContentModel.PROP_CONTENT);
        if (reader == null || !reader.exists() || reader.getSize() == 0) {
            throw EdxmlRefusal.badRequest("Gói tin rỗng", "The package is empty");
        }
        StoreAttachmentSink sink = new StoreAttachmentSink(contentService);
        EdxmlMessage message;
        try (InputStream in = reader.getContentInputStream()) {
            // A DocumentId received before is refused as soon as the header is read, nothing decoded.
            message = codec.read(in, sink, (documentId, from) -> findByDocumentId(VanthuModel.TYPE_INCOMING_DOCUMENT,
                    documentId).map(this::describe));
        } catch (EdxmlException e) {
            throw EdxmlRefusal.invalid(e);
        } catch (IOException e) {
            throw EdxmlRefusal.badRequest("Không đọc được gói tin: " + e.getMessage(),
                    "The package cannot be read: " + e.getMessage());
        }
        if (message instanceof EdxmlStatus status) {
            return applyStatus(packageNode, status);
        }
        return importDocument(packageNode, (EdxmlPackage) message, sink);
    }

    private Receipt importDocument(NodeRef packageNode, EdxmlPackage pkg, StoreAttachmentSink sink) throws EdxmlRefusal {
        EdxmlHeader header = pkg.header();
        refuseInvalidSignature(pkg.signature());
        VanthuDocumentFields fields;
        try {
            fields = EdxmlMapping.incoming(header).fields();
        } catch (EdxmlException e) {
            throw EdxmlRefusal.invalid(e);
        }
        NodeRef inbox = nodeService.getPrimaryParent(packageNode).getParentRef();
        NodeRef folder = nodeService.getPrimaryParent(inbox).getParentRef();

        Map<QName, Serializable> props = IncomingProperties.of(fields, VIETNAM);
        props.put(VanthuModel.PROP_RECEIVED_ELECTRONICALLY, Boolean.TRUE);
        props.put(VanthuModel.PROP_EDXML_DOCUMENT_ID, header.documentId());
        props.put(VanthuModel.PROP_EDXML_SENDER_ID, header.from() == null ? null : header.from().organId());
        props.put(VanthuModel.PROP_EDXML_TRACE, traces(header.traces()));
        props.put(VanthuModel.PROP_EDXML_ORIGINAL, packageNode.toString());
        props.put(VanthuModel.PROP_EDXML_STATUS_CODE, EdxmlStatusCode.ARRIVED.code());
        if (pkg.signature() != null) {
            props.put(VanthuModel.PROP_EDXML_PACKAGE_SIGNATURE, pkg.signature().status().name());
            props.put(VanthuModel.PROP_EDXML_PACKAGE_SIGNER, pkg.signature().signer());
        }
        props.values().removeIf(value -> value == null);

        List<EdxmlAttachmentInfo> attachments = pkg.attachments();
        EdxmlAttachmentInfo main = attachments.get(0);
        NodeRef document = create(folder, uniqueName(folder, main.name()), VanthuModel.TYPE_INCOMING_DOCUMENT, props,
                main, sink.writer(0), sink.digest(0));
        nodeService.addAspect(document, VanthuModel.ASPECT_EDXML_INFO, Map.of());
        if (registry != null) {
            Optional<NodeRef> concurrent = registry.reserve(header.documentId(), document);
            if (concurrent.isPresent()) {
                throw new EdxmlRefusal(EdxmlRefusal.CONFLICT,
                        List.of(EdxmlProblem.duplicateDocumentId(header.documentId(), describe(concurrent.get()))));
            }
        }
        List<NodeRef> others = new ArrayList<>();
        for (int i = 1; i < attachments.size(); i++) {
            EdxmlAttachmentInfo info = attachments.get(i);
            Map<QName, Serializable> attachmentProps = new HashMap<>();
            if (info.description() != null) {
                attachmentProps.put(ContentModel.PROP_DESCRIPTION, info.description());
            }
            others.add(create(folder, uniqueName(folder, info.name()), ContentModel.TYPE_CONTENT, attachmentProps, info,
                    sink.writer(i), sink.digest(i)));
        }
        if (!others.isEmpty()) {
            nodeService.addAspect(document, ContentModel.ASPECT_ATTACHABLE, Map.of());
            for (NodeRef other : others) {
                nodeService.createAssociation(document, other, ContentModel.ASSOC_ATTACHMENTS);
            }
        }
        markPackage(packageNode, "IMPORTED", document, List.of());
        NodeRef status = prepareStatus(document, EdxmlStatusCode.ARRIVED, null);
        return new Receipt(packageNode, document, others, status, header.documentId(), null);
    }

    /** A message whose XML signature does not match its content is refused whole (packages and statuses alike). */
    private static void refuseInvalidSignature(EdxmlSignatureResult signature) throws EdxmlRefusal {
        if (signature != null && signature.status() == EdxmlSignatureStatus.INVALID) {
            List<EdxmlProblem> problems = new ArrayList<>();
            problems.add(EdxmlProblem.of(EdxmlProblem.BAD_SIGNATURE, "Signature",
                    "Chữ ký số của gói tin không khớp với nội dung", "The package's signature does not match its content"));
            problems.addAll(signature.reasons());
            throw new EdxmlRefusal(EdxmlRefusal.BAD_REQUEST, problems);
        }
    }

    private Receipt applyStatus(NodeRef packageNode, EdxmlStatus status) throws EdxmlRefusal {
        refuseInvalidSignature(status.signature());
        String documentId = status.documentId();
        Optional<NodeRef> document = findByDocumentId(VanthuModel.TYPE_OUTGOING_DOCUMENT, documentId)
                .or(() -> findByDocumentId(VanthuModel.TYPE_INCOMING_DOCUMENT, documentId));
        if (document.isEmpty()) {
            throw EdxmlRefusal.of(EdxmlRefusal.BAD_REQUEST, EdxmlRefusal.UNKNOWN_DOCUMENT,
                    "Gói trạng thái nói về văn bản có DocumentId " + documentId + " nhưng không có văn bản nào như vậy",
                    "The status message is about the document with DocumentId " + documentId + " but there is no such document");
        }
        NodeRef target = document.get();
        List<String> lines = Props.texts(nodeService.getProperty(target, VanthuModel.PROP_EDXML_DELIVERY_STATUS));
        DeliveryStatus.Line line = DeliveryStatus.line(status);
        EdxmlStatusCode current = DeliveryStatus.currentCode(lines, line.agency()).orElse(null);
        try {
            // Before the first status of an agency, anything the sequence can reach is accepted:
            // an "01 arrived" may have been lost on the way.
            if (current != null) {
                EdxmlStatusCode.check(current, status.statusCode());
            }
        } catch (EdxmlException e) {
            throw EdxmlRefusal.invalid(e);
        }
        List<String> updated = DeliveryStatus.put(lines, line);
        // The sender asks to recall a document we received: its processing status becomes 13, so the
        // clerk answers 15 or 16 from the form (the status behaviour is off: nothing is sent back).
        boolean recall = status.statusCode() == EdxmlStatusCode.RECALL_REQUESTED
                && VanthuModel.TYPE_INCOMING_DOCUMENT.equals(nodeService.getType(target));
        OwnWrites.withBehavioursOff(behaviourFilter, target, () -> {
            if (!nodeService.hasAspect(target, VanthuModel.ASPECT_EDXML_INFO)) {
                nodeService.addAspect(target, VanthuModel.ASPECT_EDXML_INFO, Map.of());
            }
            Map<QName, Serializable> changes = new HashMap<>();
            changes.put(VanthuModel.PROP_EDXML_DELIVERY_STATUS, new ArrayList<>(updated));
            if (recall) {
                changes.put(VanthuModel.PROP_EDXML_STATUS_CODE, EdxmlStatusCode.RECALL_REQUESTED.code());
                changes.put(VanthuModel.PROP_EDXML_STATUS_REASON, status.description());
            }
            nodeService.addProperties(target, changes);
        });
        markPackage(packageNode, "STATUS_APPLIED", target, List.of());
        return new Receipt(packageNode, target, List.of(), null, documentId, status.statusCode());
    }

    /**
     * Writes the status package telling the sender of an incoming document what happened to it,
     * into the outbox next to the inbox the document came through.
     */
    public NodeRef prepareStatus(NodeRef document, EdxmlStatusCode code, String reason) throws EdxmlRefusal {
        Map<QName, Serializable> p = nodeService.getProperties(document);
        String documentId = Props.text(p.get(VanthuModel.PROP_EDXML_DOCUMENT_ID));
        if (documentId == null) {
            throw EdxmlRefusal.badRequest("Văn bản không được nhận qua edXML", "The document was not received through edXML");
        }
        String senderId = Props.text(p.get(VanthuModel.PROP_EDXML_SENDER_ID));
        Integer number = Props.integer(p.get(VanthuModel.PROP_CODE_NUMBER));
        String notation = Props.text(p.get(VanthuModel.PROP_CODE_NOTATION));
        String numberAndNotation = EdxmlMapping.vanthuNotation(number == null ? null : number.toString(), notation);
        LocalDateTime now = LocalDateTime.now(clock.withZone(VIETNAM));
        EdxmlStatus status = new EdxmlStatus(EdxmlOrgan.of(Props.text(organId), Props.text(organName)),
                EdxmlOrgan.of(senderId, Props.text(p.get(VanthuModel.PROP_ORGAN_NAME))),
                new EdxmlResponseFor(senderId, numberAndNotation,
                        Props.localDate(p.get(VanthuModel.PROP_ISSUED_DATE), VIETNAM), documentId),
                code, reason, now, null);
        NodeRef outbox = folders.outboxNextTo(inboxOf(document));
        String name = uniqueName(outbox, FileNames.safe(documentId) + "-" + code.code() + "-" + STAMP.format(now) + ".xml");
        NodeRef node = RepoFiles.create(nodeService, outbox, name, ContentModel.TYPE_CONTENT, Map.of());
        try (var out = RepoFiles.openPrepared(nodeService, contentService, node, document)) {
            codec.writeStatus(status, out);
        } catch (EdxmlException e) {
            throw EdxmlRefusal.invalid(e);
        } catch (IOException e) {
            throw EdxmlRefusal.badRequest("Không ghi được gói trạng thái: " + e.getMessage(),
                    "The status package cannot be written: " + e.getMessage());
        }
        return node;
    }

    /** The inbox the document's original package was dropped in; its own folder when unknown. */
    private NodeRef inboxOf(NodeRef document) {
        String original = Props.text(nodeService.getProperty(document, VanthuModel.PROP_EDXML_ORIGINAL));
        if (original != null && NodeRef.isNodeRef(original) && nodeService.exists(new NodeRef(original))) {
            return nodeService.getPrimaryParent(new NodeRef(original)).getParentRef();
        }
        return nodeService.getPrimaryParent(document).getParentRef();
    }

    /** The first document of the type with this DocumentId (exact database query). */
    Optional<NodeRef> findByDocumentId(QName type, String documentId) {
        if (documentId == null || documentId.isBlank()) {
            return Optional.empty();
        }
        String query = BY_DOCUMENT_ID.formatted(VanthuModel.PREFIX + ":" + type.getLocalName(), escape(documentId));
        return nodeQueries.page(query, 0, 1).stream().findFirst();
    }

    /** How the earlier document is named to the clerk: name, arrival number, node reference. */
    private String describe(NodeRef node) {
        Map<QName, Serializable> p = nodeService.getProperties(node);
        Object number = p.get(VanthuModel.PROP_ARRIVAL_NUMBER);
        return "\"" + p.get(ContentModel.PROP_NAME) + "\"" + (number == null ? "" : " (" + number + ")") + " " + node;
    }

    /**
     * A node holding an attachment decoded into {@code decoded}: the stored content is set on the
     * node as it is (the repository fires its content-update policies as for any new content).
     * Without a declared MIME type the bytes are copied through a node writer, which guesses it
     * from the name.
     */
    private NodeRef create(NodeRef folder, String name, QName type, Map<QName, Serializable> props,
                           EdxmlAttachmentInfo info, ContentWriter decoded, DigestCheckpoints digest) {
        NodeRef node = RepoFiles.create(nodeService, folder, name, type, props);
        String contentUrl;
        if (info.contentType() != null && !info.contentType().isBlank()) {
            ContentData data = decoded.getContentData();
            nodeService.setProperty(node, ContentModel.PROP_CONTENT, data);
            contentUrl = data.getContentUrl();
        } else {
            ContentWriter writer = contentService.getWriter(node, ContentModel.PROP_CONTENT, true);
            writer.guessMimetype(name);
            writer.putContent(decoded.getReader());
            contentUrl = writer.getContentUrl();
        }
        if (signatureService != null && digest != null) {
            // The stored bytes are those the reader hashed: their verification can resume from it.
            signatureService.rememberWrittenDigest(node, contentUrl, digest);
        }
        return node;
    }

    private void markPackage(NodeRef packageNode, String state, NodeRef document, List<String> problems) {
        Map<QName, Serializable> marks = new HashMap<>();
        marks.put(VanthuModel.PROP_EDXML_PACKAGE_STATE, state);
        marks.put(VanthuModel.PROP_EDXML_DOCUMENT, document == null ? null : document.toString());
        marks.put(VanthuModel.PROP_EDXML_PROBLEMS, new ArrayList<>(problems));
        OwnWrites.withBehavioursOff(behaviourFilter, packageNode,
                () -> nodeService.addAspect(packageNode, VanthuModel.ASPECT_EDXML_PACKAGE, marks));
    }

    /** Marks a package refused: its state and one bilingual line per problem (nothing else is kept). */
    public void markRejected(NodeRef packageNode, EdxmlRefusal refusal) {
        markPackage(packageNode, "REJECTED", null, refusal.lines());
    }

    /** {@code name}, or "base (2).ext", "base (3).ext"... when the folder has one already. */
    String uniqueName(NodeRef folder, String wanted) {
        String name = FileNames.safe(wanted == null || wanted.isBlank() ? "edxml" : wanted);
        String candidate = name;
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int i = 2; nodeService.getChildByName(folder, ContentModel.ASSOC_CONTAINS, candidate) != null; i++) {
            candidate = base + " (" + i + ")" + ext;
        }
        return candidate;
    }

    private static ArrayList<String> traces(List<EdxmlTraceHeader> traces) {
        ArrayList<String> lines = new ArrayList<>();
        for (EdxmlTraceHeader trace : traces) {
            lines.add(trace.organId() + " " + trace.timestamp());
        }
        return lines;
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setContentService(ContentService contentService) {
        this.contentService = contentService;
    }

    public void setBehaviourFilter(BehaviourFilter behaviourFilter) {
        this.behaviourFilter = behaviourFilter;
    }

    public void setNodeQueries(NodeQueries nodeQueries) {
        this.nodeQueries = nodeQueries;
    }

    public void setFolders(EdxmlFolders folders) {
        this.folders = folders;
    }

    public void setCodec(EdxmlCodec codec) {
        this.codec = codec;
    }

    public void setRegistry(DocumentIdRegistry registry) {
        this.registry = registry;
    }

    /** Optional: without it every verification hashes the received PDF itself. */
    public void setSignatureService(SignatureVerificationService signatureService) {
        this.signatureService = signatureService;
    }

    public void setOrganId(String organId) {
        this.organId = organId;
    }

    public void setOrganName(String organName) {
        this.organName = organName;
    }

    void setClock(Clock clock) {
        this.clock = clock;
    }
}
