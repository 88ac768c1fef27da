package vn.vanthu.repo.store;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.transaction.TransactionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.vanthu.report.Bucket;
import vn.vanthu.report.NodeFacts;
import vn.vanthu.report.StatisticsDelta;
import vn.vanthu.report.StatisticsStore;

/**
 * Keeps the statistics in step with node changes, inside the transaction that makes them.
 *
 * <p>For each node the transaction touches it remembers the facts the statistics currently count
 * for it: the facts before the transaction's first change (from the policy's "before" data), then
 * the facts of each recount. A change adds (new facts - counted facts) to the transaction's pending
 * delta, so events that Alfresco reports twice (onCreateNode then onUpdateProperties, a type and an
 * aspect binding for the same change, a folder walk and a per-node delete) count once. The pending
 * delta is written to the store in beforeCommit, still inside the transaction; anything changed
 * after that is written at once. A retried transaction starts with fresh resources and recomputes
 * the same delta, so the store sees each committed change exactly once.
 */
public class StatisticsTracker {

    private static final Logger LOG = LoggerFactory.getLogger(StatisticsTracker.class);
    private static final String RESOURCE_KEY = StatisticsTracker.class.getName();

    private NodeService nodeService;
    private StatisticsStore statisticsStore;
    private NodeFactsReader factsReader;
    private TransactionResources transactionResources = TransactionResources.ALFRESCO;

    /** The counted facts and the pending delta of one transaction. */
    static final class TransactionState implements TransactionListener {
        private final StatisticsStore store;
        final Map<NodeRef, NodeFacts> counted = new HashMap<>();
        final Map<Bucket, Long> pending = new HashMap<>();
        boolean flushed;

        TransactionState(StatisticsStore store) {
            this.store = store;
        }

        void add(Map<Bucket, Long> delta) {
            if (flushed) {
                store.apply(delta);
            } else {
                delta.forEach((bucket, count) -> pending.merge(bucket, count, Long::sum));
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            pending.values().removeIf(count -> count == 0L);
            if (!pending.isEmpty()) {
                store.apply(new HashMap<>(pending));
                pending.clear();
            }
            flushed = true;
        }

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCommit() {
        }

        @Override
        public void afterRollback() {
        }
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setStatisticsStore(StatisticsStore statisticsStore) {
        this.statisticsStore = statisticsStore;
    }

    public void setFactsReader(NodeFactsReader factsReader) {
        this.factsReader = factsReader;
    }

    public void setTransactionResources(TransactionResources transactionResources) {
        this.transactionResources = transactionResources;
    }

    private TransactionState state() {
        return transactionResources.get(RESOURCE_KEY, () -> new TransactionState(statisticsStore));
    }

    /**
     * The node changed: recounts it from its current state. {@code countedBefore} says what it
     * counted for before the change; it is used only for the transaction's first change of the node.
     */
    public void changed(NodeRef node, Supplier<NodeFacts> countedBefore) {
        rememberBefore(node, countedBefore);
        change(node, currentFacts(node));
    }

    /** The node starts counting from its current state: created or restored from the trashcan. */
    public void added(NodeRef node) {
        changed(node, () -> null);
    }

    /** The node stops counting: deleted or archived. */
    public void removed(NodeRef node) {
        rememberBefore(node, () -> currentFacts(node));
        change(node, null);
    }

    /** Records what the node counts for now, before a change that will hide it (aspect removal). */
    public void beforeChange(NodeRef node) {
        rememberBefore(node, () -> currentFacts(node));
    }

    private void rememberBefore(NodeRef node, Supplier<NodeFacts> countedBefore) {
        TransactionState state = state();
        if (!state.counted.containsKey(node)) {
            state.counted.put(node, countedBefore.get());
        }
    }

    /** The facts of a node given its type, aspects and properties (for "before" states). */
    public NodeFacts factsOf(NodeRef node, QName type, Set<QName> aspects, Map<QName, Serializable> properties) {
        if (!isTracked(node)) {
            return null;
        }
        try {
            return factsReader.read(type, aspects, properties);
        } catch (RuntimeException e) {
            // A node whose data cannot be read must not block the user's work; the rebuild action corrects it.
            LOG.warn("Statistics: cannot read the facts of {}; it is left out until the next rebuild", node, e);
            return null;
        }
    }

    /** The facts of the node as it is now, or null when it does not exist or does not count. */
    public NodeFacts currentFacts(NodeRef node) {
        if (!isTracked(node) || !nodeService.exists(node)) {
            return null;
        }
        return factsOf(node, nodeService.getType(node), nodeService.getAspects(node), nodeService.getProperties(node));
    }

    private static boolean isTracked(NodeRef node) {
        return StoreRef.STORE_REF_WORKSPACE_SPACESSTORE.equals(node.getStoreRef());
    }

    private void change(NodeRef node, NodeFacts after) {
        TransactionState state = state();
        NodeFacts before = state.counted.get(node);
        state.counted.put(node, after);
        Map<Bucket, Long> delta = StatisticsDelta.between(before, after);
        if (!delta.isEmpty()) {
            state.add(delta);
        }
    }
}
