package vn.vanthu.repo.behaviour;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.transaction.AlfrescoTransactionSupport;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.transaction.TransactionListener;
import org.mockito.MockedStatic;

import vn.vanthu.numbering.InMemoryNumberStore;
import vn.vanthu.numbering.NumberingConfig;
import vn.vanthu.numbering.NumberingService;
import vn.vanthu.repo.registers.DuplicateFlagger;

/**
 * A mocked NodeService whose nodes keep their properties and aspects in maps, so behaviours can
 * be driven the way the repository drives them and their writes read back.
 */
public final class RepositoryFixture implements AutoCloseable {

    public final NodeService nodeService = mock(NodeService.class);
    public final BehaviourFilter behaviourFilter = mock(BehaviourFilter.class);
    public final Map<NodeRef, Map<QName, Serializable>> properties = new ConcurrentHashMap<>();
    public final Map<NodeRef, Set<QName>> aspects = new ConcurrentHashMap<>();
    public final NumberingService numbering;
    public final DuplicateFlagger flagger = new DuplicateFlagger();
    private int created;
    private final List<TransactionListener> listeners = new ArrayList<>();
    private MockedStatic<AlfrescoTransactionSupport> transactions;

    public RepositoryFixture(String series) {
        numbering = new NumberingService(NumberingConfig.fromProperties(Map.of("vanthu.numbering.series", series)),
                new InMemoryNumberStore());
        flagger.setNodeService(nodeService);
        flagger.setBehaviourFilter(behaviourFilter);
        flagger.setNumberingService(numbering);
        lenient().when(nodeService.exists(any(NodeRef.class))).thenAnswer(i -> properties.containsKey(i.getArgument(0)));
        lenient().when(nodeService.getProperties(any())).thenAnswer(i -> new HashMap<>(properties.get(i.getArgument(0))));
        lenient().when(nodeService.getProperty(any(), any())).thenAnswer(i -> properties.get(i.getArgument(0)).get(i.getArgument(1)));
        lenient().when(nodeService.hasAspect(any(), any())).thenAnswer(i -> aspects.get(i.getArgument(0)).contains(i.getArgument(1)));
        lenient().doAnswer(i -> {
            properties.get(i.getArgument(0)).putAll(i.getArgument(1));
            return null;
        }).when(nodeService).addProperties(any(), any());
        lenient().doAnswer(i -> properties.get(i.getArgument(0)).put(i.getArgument(1), i.getArgument(2)))
                .when(nodeService).setProperty(any(), any(), any());
        lenient().doAnswer(i -> {
            aspects.get(i.getArgument(0)).add(i.getArgument(1));
            Map<QName, Serializable> aspectProps = i.getArgument(2);
            if (aspectProps != null) {
                properties.get(i.getArgument(0)).putAll(aspectProps);
            }
            return null;
        }).when(nodeService).addAspect(any(), any(), any());
        lenient().doAnswer(i -> aspects.get(i.getArgument(0)).remove(i.getArgument(1))).when(nodeService).removeAspect(any(), any());
    }

    /** From now on, listeners bound to the transaction are kept for {@link #beforeCommit()}. */
    public void captureTransactionListeners() {
        transactions = mockStatic(AlfrescoTransactionSupport.class);
        transactions.when(() -> AlfrescoTransactionSupport.bindListener(any())).thenAnswer(i -> listeners.add(i.getArgument(0)));
    }

    /** Runs what the repository runs just before the transaction commits. */
    public void beforeCommit() {
        List<TransactionListener> bound = new ArrayList<>(listeners);
        listeners.clear();
        bound.forEach(listener -> listener.beforeCommit(false));
    }

    /** Runs what the repository runs once the transaction has committed. */
    public void afterCommit() {
        List<TransactionListener> bound = new ArrayList<>(listeners);
        listeners.clear();
        bound.forEach(TransactionListener::afterCommit);
    }

    @Override
    public void close() {
        if (transactions != null) {
            transactions.close();
        }
    }

    /**
     * The behaviour wired to this fixture's node service, behaviour filter and numbering, its
     * clock fixed at {@code now} in Vietnam, with transaction listeners captured.
     */
    public <B extends DocumentRegistrationBehaviour> B wire(B behaviour, String now) {
        behaviour.setNodeService(nodeService);
        behaviour.setBehaviourFilter(behaviourFilter);
        behaviour.setNumberingService(numbering);
        behaviour.setClock(Clock.fixed(Instant.parse(now), ZoneId.of("Asia/Ho_Chi_Minh")));
        captureTransactionListeners();
        return behaviour;
    }

    /** A node with these properties, as the repository holds it when onCreateNode fires. */
    public ChildAssociationRef create(QName type, Map<QName, Serializable> props) {
        NodeRef node = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "doc-" + (++created));
        properties.put(node, new HashMap<>(props));
        aspects.put(node, ConcurrentHashMap.newKeySet());
        lenient().when(nodeService.getType(node)).thenReturn(type);
        return new ChildAssociationRef(null, new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "folder"), null, node);
    }

    /**
     * A cm:content node with these properties given the behaviour's type as NodeService.setType
     * does it: the type's default properties are added and reported to onUpdateProperties (the
     * node's earlier properties as before), then onSetNodeType follows.
     */
    public NodeRef specialise(DocumentRegistrationBehaviour behaviour, Map<QName, Serializable> props,
                              Map<QName, Serializable> defaults) {
        NodeRef node = create(ContentModel.TYPE_CONTENT, props).getChildRef();
        lenient().when(nodeService.getType(node)).thenReturn(behaviour.documentType());
        Map<QName, Serializable>[] change = update(node, defaults);
        behaviour.onUpdateProperties(node, change[0], change[1]);
        behaviour.onSetNodeType(node, ContentModel.TYPE_CONTENT, behaviour.documentType());
        return node;
    }

    /** Applies a property change and returns the before/after maps onUpdateProperties gets. */
    @SuppressWarnings("unchecked")
    public Map<QName, Serializable>[] update(NodeRef node, Map<QName, Serializable> changes) {
        Map<QName, Serializable> before = new HashMap<>(properties.get(node));
        properties.get(node).putAll(changes);
        return new Map[] {before, new HashMap<>(properties.get(node))};
    }

}
