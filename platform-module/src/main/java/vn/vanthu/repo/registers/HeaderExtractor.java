package vn.vanthu.repo.registers;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.content.MimetypeMap;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.rendition2.SynchronousTransformClient;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.ContentWriter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.vanthu.metadata.HeaderFields;
import vn.vanthu.metadata.HeaderParser;
import vn.vanthu.repo.behaviour.OwnWrites;
import vn.vanthu.repo.model.VanthuModel;

/**
 * Fills the empty metadata of an incoming document from the header of its content: the content
 * is transformed to text/plain by the repository's transform engines, read by the
 * {@link HeaderParser}, and only properties the clerk left empty are written. Then the duplicate
 * warning is re-checked with the new notation, issuer and date.
 */
public class HeaderExtractor {

    /** What happened, for the log and the tests. */
    public enum Outcome { FILLED, NOTHING_TO_FILL, NO_CONTENT, NO_TRANSFORMER, NOT_AN_INCOMING_DOCUMENT }

    private static final Logger LOG = LoggerFactory.getLogger(HeaderExtractor.class);

    private NodeService nodeService;
    private ContentService contentService;
    private SynchronousTransformClient transformClient;
    private BehaviourFilter behaviourFilter;
    private DuplicateFlagger duplicateFlagger;
    private java.time.ZoneId zone = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
    private final HeaderParser parser = new HeaderParser();

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setContentService(ContentService contentService) {
        this.contentService = contentService;
    }

    public void setTransformClient(SynchronousTransformClient transformClient) {
        this.transformClient = transformClient;
    }

    public void setBehaviourFilter(BehaviourFilter behaviourFilter) {
        this.behaviourFilter = behaviourFilter;
    }

    public void setDuplicateFlagger(DuplicateFlagger duplicateFlagger) {
        this.duplicateFlagger = duplicateFlagger;
    }

    public void setZone(String zone) {
        this.zone = java.time.ZoneId.of(zone);
    }

    public Outcome extract(NodeRef document) {
        if (!nodeService.exists(document) || !VanthuModel.TYPE_INCOMING_DOCUMENT.equals(nodeService.getType(document))) {
            return Outcome.NOT_AN_INCOMING_DOCUMENT;
        }
        ContentReader reader = contentService.getReader(document, ContentModel.PROP_CONTENT);
        if (reader == null || !reader.exists() || reader.getSize() == 0) {
            LOG.info("Header of {} not read: the document has no content", document);
            return Outcome.NO_CONTENT;
        }
        String text = text(document, reader);
        if (text == null) {
            return Outcome.NO_TRANSFORMER;
        }
        HeaderFields header = parser.parse(text);
        Map<QName, Serializable> current = nodeService.getProperties(document);
        Map<QName, Serializable> found = new LinkedHashMap<>();
        if (header.type() != null && header.type().inDecree30Catalogue()) {
            found.put(VanthuModel.PROP_TYPE_NAME, header.typeName());
        }
        found.put(VanthuModel.PROP_CODE_NUMBER, header.codeNumber());
        found.put(VanthuModel.PROP_CODE_NOTATION, header.codeNotation());
        found.put(VanthuModel.PROP_ISSUED_DATE, header.issuedDate() == null ? null : Props.date(header.issuedDate(), zone));
        found.put(VanthuModel.PROP_ISSUED_PLACE, header.place());
        found.put(VanthuModel.PROP_ORGAN_NAME, header.organName());
        found.put(VanthuModel.PROP_SUBJECT, header.subject());
        found.put(VanthuModel.PROP_SIGNER_POSITION, header.signerPosition());
        found.put(VanthuModel.PROP_SIGNER_FULL_NAME, header.signerFullName());
        // Never overwrite what the clerk entered.
        found.entrySet().removeIf(e -> e.getValue() == null || Props.text(current.get(e.getKey())) != null);
        if (found.isEmpty()) {
            return Outcome.NOTHING_TO_FILL;
        }
        OwnWrites.withBehavioursOff(behaviourFilter, document, () -> nodeService.addProperties(document, found));
        duplicateFlagger.flag(document);
        LOG.debug("Header of {} filled {}", document, found.keySet());
        return Outcome.FILLED;
    }

    private String text(NodeRef document, ContentReader reader) {
        String mimetype = reader.getMimetype();
        if (MimetypeMap.MIMETYPE_TEXT_PLAIN.equals(mimetype)) {
            return reader.getContentString();
        }
        if (!transformClient.isSupported(mimetype, reader.getSize(), reader.getContentUrl(), MimetypeMap.MIMETYPE_TEXT_PLAIN,
                Map.of(), null, document)) {
            LOG.info("Header of {} not read: no transformer from {} to text/plain", document, mimetype);
            return null;
        }
        ContentWriter writer = contentService.getTempWriter();
        writer.setMimetype(MimetypeMap.MIMETYPE_TEXT_PLAIN);
        writer.setEncoding("UTF-8");
        try {
            transformClient.transform(reader, writer, Map.of(), null, document);
        } catch (RuntimeException e) {
            LOG.info("Header of {} not read: transform from {} to text/plain failed: {}", document, mimetype, e.toString());
            return null;
        }
        return writer.getReader().getContentString();
    }
}
