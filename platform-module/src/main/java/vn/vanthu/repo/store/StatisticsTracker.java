package vn.vanthu.repo.store;

import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
 * <p>Policy events only tell the tracker which nodes the transaction touches and what each counted
 * for before its first change (from the policy's "before" data). In beforeCommit, still inside the
 * transaction, it reads every touched node as it is then and writes (facts now - facts before) to
 * the store. Counting the final state at commit makes the result independent of the order of
 * behaviours and of writes other extensions make with behaviours disabled (the dossier behaviour
 * fills in field and unit that way), and events Alfresco reports twice (onCreateNode then
 * onUpdateProperties, a folder walk and a per-node delete) count once. A node changed after the
 * flush (by a later commit listener) is recounted at once. A retried transaction starts with fresh
 * resources and computes the same change again, so the store sees each committed change once.
 */
public class StatisticsTracker {

    private static final Logger LOG = LoggerFactory.getLogger(StatisticsTracker.class);
    private static final String RESOURCE_KEY = StatisticsTracker.class.getName();

    private NodeService nodeService;
    private StatisticsStore statisticsStore;
    private NodeFactsReader factsReader;
    private TransactionResources transactionResources = TransactionResources.ALFRESCO;

    /** The touched nodes of one transaction with what they count for in the store. */
    final class TransactionState implements TransactionListener {
        /** Per touched node, the facts the store holds for it (before the transaction, then as flushed). */
        final Map<NodeRef, NodeFacts> counted = new LinkedHashMap<>();
        boolean flushed;

        /** Recounts the nodes and writes the differences; returns the delta written. */
        Map<Bucket, Long> recount(Iterable<NodeRef> nodes) {
            Map<Bucket, Long> delta = new HashMap<>();
            for (NodeRef node : nodes) {
                NodeFacts now = currentFacts(node);
                StatisticsDelta.between(counted.get(node), now).forEach((bucket, count) -> delta.merge(bucket, count, Long::sum));
                counted.put(node, now);
            }
            delta.values().removeIf(count -> count == 0L);
            if (!delta.isEmpty()) {
                statisticsStore.apply(delta);
            }
            return delta;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            recount(List.copyOf(counted.keySet()));
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
        return transactionResources.get(RESOURCE_KEY, TransactionState::new);
    }

    /**
     * The node changed. {@code countedBefore} says what it counted for before the change; it is
     * asked only at the transaction's first event for the node.
     */
    public void changed(NodeRef node, Supplier<NodeFacts> countedBefore) {
        TransactionState state = state();
        if (!state.counted.containsKey(node)) {
            state.counted.put(node, countedBefore.get());
        }
        if (state.flushed) {
            state.recount(List.of(node));
        }
    }

    /** The node starts counting: created or restored from the trashcan. */
    public void added(NodeRef node) {
        changed(node, () -> null);
    }

    /** The node is about to stop counting (deleted, archived) or to lose data it counts by (aspect removal). */
    public void beforeChange(NodeRef node) {
        changed(node, () -> currentFacts(node));
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

}
