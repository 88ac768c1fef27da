package vn.vanthu.repo.edxml;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.cmr.site.SiteService;
import org.alfresco.service.namespace.QName;

import vn.vanthu.edxml.AttachmentSource;
import vn.vanthu.edxml.EdxmlException;
import vn.vanthu.edxml.EdxmlHeader;
import vn.vanthu.edxml.EdxmlMapping;
import vn.vanthu.edxml.EdxmlOrgan;
import vn.vanthu.edxml.VanthuDocumentFields;
import vn.vanthu.repo.behaviour.OwnWrites;
import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.repo.registers.Props;

/**
 * The edXML package of an issued vt:outgoingDocument: its metadata through {@link EdxmlMapping},
 * the recipients from vt:recipients, the document's content (the signed PDF) as the attachment.
 *
 * <p>A recipient on the exchange axis is written {@code "OrganId | Name"} in vt:recipients (the
 * agency's identifier, e.g. {@code "000.00.12.H15 | UBND huyện Phú Vang"}); the package goes to those
 * (To) and all entries are printed as ToPlaces. Plain names (a village, "Như trên", the file copy
 * "Lưu: VT...") are not sent. The DocumentId is stable per document:
 * {@code <organ id>,<yyyy/MM/dd issued>,<number>/<notation>}, kept in vt:edxmlDocumentId once sent,
 * so the recipients' status messages find the document.
 *
 * <p>Refusals: not a vt:outgoingDocument (400), not issued (no number, no date, or no content: 400),
 * no read permission for the package, no write permission for sending (403).
 */
public class EdxmlOutgoing {

    private static final DateTimeFormatter ID_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private NodeService nodeService;
    private ContentService contentService;
    private PermissionService permissionService;
    private BehaviourFilter behaviourFilter;
    private SiteService siteService;
    private EdxmlFolders folders;
    private EdxmlCodec codec;
    private String organId = "";
    private String organName = "";
    private Clock clock = Clock.systemUTC();

    /** What sending stored. */
    public record Sent(NodeRef document, NodeRef outboxPackage, String documentId, Date transmittedAt) {
    }

    /** Checks that the node is an issued outgoing document the user may read (or write, when sending). */
    public void check(NodeRef node, boolean forSending) throws EdxmlRefusal {
        if (node == null || !nodeService.exists(node)) {
            throw EdxmlRefusal.notFound("Không tìm thấy văn bản: " + node, "No such document: " + node);
        }
        String permission = forSending ? PermissionService.WRITE : PermissionService.READ;
        if (permissionService.hasPermission(node, permission) != AccessStatus.ALLOWED) {
            throw EdxmlRefusal.forbidden("Bạn không có quyền " + (forSending ? "gửi" : "đọc") + " văn bản này",
                    "You may not " + (forSending ? "send" : "read") + " this document");
        }
        if (!VanthuModel.TYPE_OUTGOING_DOCUMENT.equals(nodeService.getType(node))) {
            throw EdxmlRefusal.badRequest("Chỉ văn bản đi (vt:outgoingDocument) mới xuất được gói edXML",
                    "Only an outgoing document (vt:outgoingDocument) has an edXML package");
        }
        Map<QName, Serializable> p = nodeService.getProperties(node);
        if (p.get(VanthuModel.PROP_CODE_NUMBER) == null || p.get(VanthuModel.PROP_ISSUED_DATE) == null) {
            throw EdxmlRefusal.badRequest("Văn bản chưa được ban hành (chưa có số hoặc ngày ban hành)",
                    "The document is not issued yet (no number or no date of issue)");
        }
        ContentReader reader = contentService.getReader(node, ContentModel.PROP_CONTENT);
        if (reader == null || !reader.exists() || reader.getSize() == 0) {
            throw EdxmlRefusal.badRequest("Văn bản chưa có tệp (bản PDF đã ký)", "The document has no file (the signed PDF)");
        }
        if (recipients(p).isEmpty()) {
            throw EdxmlRefusal.badRequest("Không nơi nhận nào có mã định danh trên trục liên thông; ghi nơi nhận dạng "
                    + "\"Mã định danh | Tên cơ quan\" trong Nơi nhận (vt:recipients)",
                    "No recipient has an identifier on the exchange axis; write the recipient as "
                    + "\"OrganId | Organ name\" in Recipients (vt:recipients)");
        }
    }

    /** The package's DocumentId: the stored one, or the stable one derived from the document. */
    public String documentId(NodeRef node) {
        Map<QName, Serializable> p = nodeService.getProperties(node);
        String stored = Props.text(p.get(VanthuModel.PROP_EDXML_DOCUMENT_ID));
        if (stored != null) {
            return stored;
        }
        LocalDate issued = Props.localDate(p.get(VanthuModel.PROP_ISSUED_DATE), EdxmlReceiver.VIETNAM);
        return (organId == null || organId.isBlank() ? "VANTHU" : organId.strip()) + ","
                + (issued == null ? "" : ID_DATE.format(issued)) + ","
                + EdxmlMapping.vanthuNotation(Props.text(p.get(VanthuModel.PROP_CODE_NUMBER)),
                        Props.text(p.get(VanthuModel.PROP_CODE_NOTATION)));
    }

    /** The header of the package of a checked document (refused when its metadata cannot be mapped). */
    public EdxmlHeader header(NodeRef node) throws EdxmlRefusal {
        Map<QName, Serializable> p = nodeService.getProperties(node);
        try {
            return EdxmlMapping.outgoing(fields(p), EdxmlOrgan.of(Props.text(organId), Props.text(organName)),
                    recipients(p), documentId(node), LocalDateTime.now(clock.withZone(EdxmlReceiver.VIETNAM)));
        } catch (EdxmlException e) {
            throw EdxmlRefusal.invalid(e);
        }
    }

    /** Writes the package of a checked document to {@code out}. */
    public void write(NodeRef node, EdxmlHeader header, OutputStream out) throws EdxmlRefusal, IOException {
        Map<QName, Serializable> p = nodeService.getProperties(node);
        ContentReader reader = contentService.getReader(node, ContentModel.PROP_CONTENT);
        String name = Props.text(p.get(ContentModel.PROP_NAME));
        AttachmentSource pdf = new AttachmentSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String contentType() {
                return reader.getMimetype() == null ? "application/pdf" : reader.getMimetype();
            }

            @Override
            public InputStream open() {
                return reader.getReader().getContentInputStream();
            }

            @Override
            public long knownSize() {
                return reader.getSize();
            }
        };
        try {
            codec.writeDocument(header, List.of(pdf), out);
        } catch (EdxmlException e) {
            throw EdxmlRefusal.invalid(e);
        }
    }

    /**
     * Sends a checked document: its package is stored in the site's outbox (PREPARED, for the
     * exchange axis), and the document is marked vt:transmittedElectronically with vt:transmittedAt
     * now, vt:edxmlDocumentId and one "sent" line per recipient in vt:edxmlDeliveryStatus. The
     * statistics count it as transmitted in the same transaction.
     */
    public Sent send(NodeRef node) throws EdxmlRefusal, IOException {
        // Every refusal comes before anything is written.
        EdxmlHeader header = header(node);
        String documentId = documentId(node);
        NodeRef outbox = folders.outboxNextTo(folders.inbox(siteOf(node)));
        String name = FileNames.safe(documentId) + ".edxml";
        NodeRef existing = nodeService.getChildByName(outbox, ContentModel.ASSOC_CONTAINS, name);
        NodeRef packageNode = existing;
        if (packageNode == null) {
            packageNode = RepoFiles.create(nodeService, outbox, name, ContentModel.TYPE_CONTENT, Map.of());
        }
        try (OutputStream out = RepoFiles.openPrepared(nodeService, contentService, packageNode, node)) {
            write(node, header, out);
        }
        Map<QName, Serializable> p = nodeService.getProperties(node);
        List<String> lines = Props.texts(p.get(VanthuModel.PROP_EDXML_DELIVERY_STATUS));
        ArrayList<String> delivery = new ArrayList<>(lines);
        for (EdxmlOrgan organ : recipients(p)) {
            String agency = DeliveryStatus.agency(organ);
            if (DeliveryStatus.currentCode(lines, agency).isEmpty()
                    && delivery.stream().noneMatch(l -> l.split(" \\| ", -1)[0].equals(agency))) {
                delivery.add(DeliveryStatus.sent(agency, LocalDateTime.now(clock.withZone(EdxmlReceiver.VIETNAM))));
            }
        }
        Date now = Date.from(clock.instant());
        Map<QName, Serializable> marks = new HashMap<>();
        marks.put(VanthuModel.PROP_EDXML_DOCUMENT_ID, documentId);
        marks.put(VanthuModel.PROP_EDXML_DELIVERY_STATUS, delivery);
        NodeRef document = node;
        OwnWrites.withBehavioursOff(behaviourFilter, document, () -> nodeService.addAspect(document,
                VanthuModel.ASPECT_EDXML_INFO, marks));
        // Not with behaviours off: the statistics behaviour counts the transmission.
        Map<QName, Serializable> transmitted = new HashMap<>();
        transmitted.put(VanthuModel.PROP_TRANSMITTED_ELECTRONICALLY, Boolean.TRUE);
        transmitted.put(VanthuModel.PROP_TRANSMITTED_AT, now);
        nodeService.addProperties(node, transmitted);
        return new Sent(node, packageNode, documentId, now);
    }

    private String siteOf(NodeRef node) throws EdxmlRefusal {
        var site = siteService.getSite(node);
        if (site == null) {
            throw EdxmlRefusal.badRequest("Văn bản không nằm trong site nào, không có hộp thư đi edXML",
                    "The document is not in a site, so it has no edXML outbox");
        }
        return site.getShortName();
    }

    /** The metadata fields of the document, keyed as {@link VanthuDocumentFields} reads them. */
    static VanthuDocumentFields fields(Map<QName, Serializable> p) {
        Map<String, Object> m = new HashMap<>();
        for (String name : VanthuDocumentFields.MODEL_PROPERTIES) {
            Serializable value = p.get(QName.createQName(VanthuModel.NAMESPACE_URI, name));
            if (value instanceof Date date) {
                m.put(name, Props.localDate(date, EdxmlReceiver.VIETNAM));
            } else if (value != null) {
                m.put(name, value);
            }
        }
        if (p.get(ContentModel.PROP_DESCRIPTION) != null) {
            m.put("description", p.get(ContentModel.PROP_DESCRIPTION).toString());
        }
        return VanthuDocumentFields.fromMap(m);
    }

    /** The recipient agencies on the exchange axis: the vt:recipients entries "OrganId | Name". */
    static List<EdxmlOrgan> recipients(Map<QName, Serializable> p) {
        List<EdxmlOrgan> organs = new ArrayList<>();
        for (String entry : Props.texts(p.get(VanthuModel.PROP_RECIPIENTS))) {
            String text = entry.strip().replaceFirst("^[-+•]\\s*", "").replaceFirst("[;.,]$", "").strip();
            String folded = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
            if (text.isEmpty() || folded.startsWith("lưu") || folded.startsWith("như trên")) {
                continue;
            }
            int bar = text.indexOf('|');
            if (bar > 0 && !text.substring(0, bar).isBlank()) {
                organs.add(EdxmlOrgan.of(text.substring(0, bar).strip(), text.substring(bar + 1).strip()));
            }
        }
        return organs;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setContentService(ContentService contentService) {
        this.contentService = contentService;
    }

    public void setPermissionService(PermissionService permissionService) {
        this.permissionService = permissionService;
    }

    public void setBehaviourFilter(BehaviourFilter behaviourFilter) {
        this.behaviourFilter = behaviourFilter;
    }

    public void setSiteService(SiteService siteService) {
        this.siteService = siteService;
    }

    public void setFolders(EdxmlFolders folders) {
        this.folders = folders;
    }

    public void setCodec(EdxmlCodec codec) {
        this.codec = codec;
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
