package vn.vanthu.repo.edxml;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.site.SiteInfo;
import org.alfresco.service.cmr.site.SiteService;
import org.alfresco.service.namespace.QName;

import vn.vanthu.edxml.AttachmentSink;
import vn.vanthu.edxml.AttachmentSource;
import vn.vanthu.edxml.EdxmlDocumentType;
import vn.vanthu.edxml.EdxmlHeader;
import vn.vanthu.edxml.EdxmlMessage;
import vn.vanthu.edxml.EdxmlOrgan;
import vn.vanthu.edxml.EdxmlOtherInfo;
import vn.vanthu.edxml.EdxmlReader;
import vn.vanthu.edxml.EdxmlResponseFor;
import vn.vanthu.edxml.EdxmlSignatureVerifier;
import vn.vanthu.edxml.EdxmlSigner;
import vn.vanthu.edxml.EdxmlSignerInfo;
import vn.vanthu.edxml.EdxmlStatus;
import vn.vanthu.edxml.EdxmlStatusCode;
import vn.vanthu.edxml.EdxmlTraceHeader;
import vn.vanthu.edxml.EdxmlWriter;
import vn.vanthu.numbering.InMemoryNumberStore;
import vn.vanthu.numbering.NumberingConfig;
import vn.vanthu.numbering.NumberingService;
import vn.vanthu.report.InMemoryStatisticsStore;
import vn.vanthu.repo.behaviour.IncomingDocumentBehaviour;
import vn.vanthu.repo.behaviour.StatisticsBehaviour;
import vn.vanthu.repo.model.VanthuModel;
import vn.vanthu.repo.registers.DuplicateFlagger;
import vn.vanthu.repo.signature.SignatureBehaviour;
import vn.vanthu.repo.signature.SignatureVerificationService;
import vn.vanthu.repo.store.FakeTransaction;
import vn.vanthu.repo.store.NodeFactsReader;
import vn.vanthu.repo.store.StatisticsTracker;
import vn.vanthu.repo.store.UniqueAttributeTable;
import vn.vanthu.signature.SigningFixtures;

/**
 * The site "phu-ho" of UBND xã Phú Hồ in a {@link FakeRepository}, with the edXML beans wired as
 * in edxml-context.xml, and the behaviours that react to a new incoming document (registration
 * with the real numbering, duplicate warning, signature verification queue, statistics with the
 * real tracker) called the way the policy component calls them. Packages are written with the
 * domain's writer, signed by the test PKI of {@link SigningFixtures}, whose root is trusted.
 */
final class EdxmlScenario {

    static final String SITE = "phu-ho";
    static final String US = "000.12.34.H15";
    static final String SENDER = "000.00.12.H15";
    static final Instant NOW = Instant.parse("2023-03-16T02:00:00Z");

    final FakeRepository repo = new FakeRepository();
    final SigningFixtures pki = SigningFixtures.get();
    final SiteService siteService = mock(SiteService.class);
    final ActionService actionService = mock(ActionService.class);
    final List<String> queuedActions = new ArrayList<>();
    final List<Action> queued = new ArrayList<>();
    final SignatureVerificationService signatureService = mock(SignatureVerificationService.class);
    final InMemoryStatisticsStore statistics = new InMemoryStatisticsStore();
    final FakeTransaction transaction = new FakeTransaction();
    final NumberingService numbering = new NumberingService(NumberingConfig.fromProperties(Map.of()), new InMemoryNumberStore());

    final NodeRef companyHome;
    final NodeRef documentLibrary;
    final EdxmlFolders folders = new EdxmlFolders();
    final DomainEdxmlCodec codec = new DomainEdxmlCodec();
    final EdxmlReceiver receiver = new EdxmlReceiver();
    final EdxmlInbox inbox = new EdxmlInbox();
    final EdxmlOutgoing outgoing = new EdxmlOutgoing();
    final EdxmlInboxBehaviour inboxBehaviour = new EdxmlInboxBehaviour();
    final UniqueAttributeTable attributes = new UniqueAttributeTable();
    final DocumentIdRegistry registry = new DocumentIdRegistry();

    EdxmlScenario() throws IOException {
        companyHome = repo.folder(null, "Company Home");
        NodeRef site = repo.folder(repo.folder(companyHome, "Sites"), SITE);
        documentLibrary = repo.folder(site, "documentLibrary");
        SiteInfo info = mock(SiteInfo.class);
        lenient().when(info.getShortName()).thenReturn(SITE);
        lenient().when(siteService.getSite(SITE)).thenReturn(info);
        lenient().when(siteService.getSite(any(NodeRef.class))).thenAnswer(i -> inSite(i.getArgument(0)) ? info : null);
        lenient().when(siteService.getContainer(SITE, "documentLibrary")).thenReturn(documentLibrary);
        lenient().when(actionService.createAction(anyString())).thenAnswer(i -> action(i.getArgument(0), Map.of()));
        lenient().when(actionService.createAction(anyString(), any())).thenAnswer(i -> action(i.getArgument(0), i.getArgument(1)));
        lenient().when(signatureService.currentTrustStore()).thenReturn(pki.trustStore());
        lenient().when(signatureService.isVerifiable(any())).thenAnswer(i ->
                VanthuModel.TYPE_INCOMING_DOCUMENT.equals(repo.node(i.getArgument(0)).type));

        folders.setNodeService(repo.nodeService);
        folders.setSiteService(siteService);
        codec.setSignatureService(signatureService);
        Clock clock = Clock.fixed(NOW, ZoneId.of("Asia/Ho_Chi_Minh"));
        receiver.setNodeService(repo.nodeService);
        receiver.setContentService(repo.contentService);
        receiver.setBehaviourFilter(repo.behaviourFilter);
        receiver.setNodeQueries(repo.nodeQueries);
        receiver.setFolders(folders);
        receiver.setCodec(codec);
        registry.setAttributeService(attributes);
        registry.setNodeService(repo.nodeService);
        receiver.setRegistry(registry);
        receiver.setSignatureService(signatureService);
        receiver.setOrganId(US);
        receiver.setOrganName("UBND xã Phú Hồ");
        receiver.setClock(clock);
        inbox.setNodeService(repo.nodeService);
        inbox.setContentService(repo.contentService);
        inbox.setTransactionService(repo.transactionService);
        inbox.setReceiver(receiver);
        outgoing.setNodeService(repo.nodeService);
        outgoing.setContentService(repo.contentService);
        outgoing.setBehaviourFilter(repo.behaviourFilter);
        outgoing.setSiteService(siteService);
        outgoing.setFolders(folders);
        outgoing.setCodec(codec);
        outgoing.setOrganId(US);
        outgoing.setOrganName("UBND xã Phú Hồ");
        outgoing.setClock(clock);
        inboxBehaviour.setNodeService(repo.nodeService);
        inboxBehaviour.setBehaviourFilter(repo.behaviourFilter);
        inboxBehaviour.setActionService(actionService);

        // The behaviours the repository runs when the receipt creates the document.
        DuplicateFlagger flagger = new DuplicateFlagger();
        flagger.setNodeService(repo.nodeService);
        flagger.setBehaviourFilter(repo.behaviourFilter);
        flagger.setNumberingService(numbering);
        IncomingDocumentBehaviour registration = new IncomingDocumentBehaviour();
        registration.setNodeService(repo.nodeService);
        registration.setBehaviourFilter(repo.behaviourFilter);
        registration.setNumberingService(numbering);
        registration.setDuplicateFlagger(flagger);
        SignatureBehaviour signatures = new SignatureBehaviour();
        signatures.setNodeService(repo.nodeService);
        signatures.setActionService(actionService);
        signatures.setSignatureService(signatureService);
        StatisticsTracker tracker = new StatisticsTracker();
        tracker.setNodeService(repo.nodeService);
        tracker.setStatisticsStore(statistics);
        tracker.setFactsReader(new NodeFactsReader());
        tracker.setTransactionResources(transaction);
        StatisticsBehaviour counting = new StatisticsBehaviour();
        counting.setNodeService(repo.nodeService);
        counting.setTracker(tracker);
        repo.onCreate.add(assoc -> {
            QName type = repo.node(assoc.getChildRef()).type;
            if (VanthuModel.TYPE_INCOMING_DOCUMENT.equals(type)) {
                registration.onCreateNode(assoc);
            }
            if (StatisticsBehaviour.TRACKED_TYPES.contains(type)) {
                counting.onCreateNode(assoc);
            }
        });
        repo.onUpdate.add((node, change) -> {
            if (StatisticsBehaviour.TRACKED_TYPES.contains(repo.node(node).type)) {
                counting.onUpdateProperties(node, change[0], change[1]);
            }
        });
        repo.onContent.add(node -> {
            signatures.onContentUpdate(node, true);
            inboxBehaviour.onContentUpdate(node, true);
        });
    }

    private boolean inSite(NodeRef node) {
        for (NodeRef n = node; n != null; n = repo.nodes.containsKey(n) ? repo.node(n).parent : null) {
            if (n.equals(documentLibrary)) {
                return true;
            }
        }
        return false;
    }

    private Action action(String name, Map<String, Serializable> params) {
        queuedActions.add(name);
        Action action = mock(Action.class);
        lenient().when(action.getActionDefinitionName()).thenReturn(name);
        lenient().when(action.getParameterValue(anyString())).thenAnswer(i -> params.get(i.<String>getArgument(0)));
        queued.add(action);
        return action;
    }

    NodeRef inbox() throws EdxmlRefusal {
        return folders.inbox(SITE);
    }

    NodeRef outbox() throws EdxmlRefusal {
        return folders.outboxNextTo(inbox());
    }

    /** Drops a file into the inbox as an upload does (its content written, the behaviours told). */
    NodeRef drop(String name, byte[] bytes) throws EdxmlRefusal {
        NodeRef inboxFolder = inbox();
        NodeRef file = repo.add(inboxFolder, ContentModel.TYPE_CONTENT, Map.of(ContentModel.PROP_NAME, name));
        repo.contentService.getWriter(file, ContentModel.PROP_CONTENT, true).putContent(new java.io.ByteArrayInputStream(bytes));
        return file;
    }

    /** The decision of Phú Vang district the tests receive, with its real Vietnamese header. */
    static EdxmlHeader.Builder decision(String documentId) {
        return EdxmlHeader.builder()
                .from(EdxmlOrgan.of(SENDER, "UBND huyện Phú Vang"))
                .addTo(EdxmlOrgan.of(US, "UBND xã Phú Hồ"))
                .documentId(documentId)
                .code("15", "QĐ-UBND")
                .promulgation("Phú Vang", LocalDate.of(2023, 3, 15))
                .documentType(new EdxmlDocumentType(1, 0, "Quyết định"))
                .subject("Về việc giao chỉ tiêu phát triển kinh tế - xã hội năm 2023")
                .content("Giao chỉ tiêu kế hoạch năm 2023 cho các xã, thị trấn")
                .signer(new EdxmlSignerInfo("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn An"))
                .dueDate(LocalDate.of(2023, 3, 31))
                .otherInfo(new EdxmlOtherInfo(1, 12, 3, null, null, false, List.of()))
                .addToPlace("UBND các xã, thị trấn")
                .addTrace(new EdxmlTraceHeader(SENDER, LocalDateTime.of(2023, 3, 15, 16, 45)));
    }

    /** A real signed PDF of about {@code size} bytes. */
    byte[] signedPdf(int size, long seed) throws Exception {
        return SigningFixtures.signPdf(SigningFixtures.pdf(size, seed), pki.signer, SigningFixtures.options());
    }

    /** The package written by the domain writer, signed by the test signer. */
    byte[] pack(EdxmlHeader header, List<AttachmentSource> attachments) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdxmlWriter().write(header, attachments, out, signer());
        return out.toByteArray();
    }

    /** The test signer with its chain, as an agency signs its packages. */
    private EdxmlSigner signer() {
        List<java.security.cert.X509Certificate> chain = new ArrayList<>();
        chain.add(pki.signer.cert());
        chain.addAll(pki.signer.chain());
        return new EdxmlSigner(pki.signer.key(), chain);
    }

    /** A status message from {@code from} about the document with this DocumentId. */
    static byte[] status(String from, String documentId, EdxmlStatusCode code, String description) throws Exception {
        return writeStatus(from, documentId, code, description, null);
    }

    /** As {@link #status}, signed by the test signer (its XML signature covers the whole message). */
    byte[] signedStatus(String from, String documentId, EdxmlStatusCode code, String description) throws Exception {
        return writeStatus(from, documentId, code, description, signer());
    }

    private static byte[] writeStatus(String from, String documentId, EdxmlStatusCode code, String description,
                                      EdxmlSigner signer) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EdxmlWriter().writeStatus(new EdxmlStatus(EdxmlOrgan.of(from, "UBND huyện Phú Vang"), EdxmlOrgan.of(US, "UBND xã Phú Hồ"),
                new EdxmlResponseFor(US, "04/QĐ-UBND", LocalDate.of(2023, 3, 10), documentId), code, description,
                LocalDateTime.of(2023, 3, 17, 9, 30), null), out, signer);
        return out.toByteArray();
    }

    /** Reads a message back with the domain reader, trusting the test PKI. */
    EdxmlMessage read(byte[] bytes, AttachmentSink sink) throws Exception {
        return new EdxmlReader(new EdxmlSignatureVerifier(pki.trustStore())).readMessage(new java.io.ByteArrayInputStream(bytes), sink);
    }
}
