package vn.vanthu.repo.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;

import vn.vanthu.report.Bucket;
import vn.vanthu.report.NodeFacts;
import vn.vanthu.report.Statistics;
import vn.vanthu.report.StatisticsStore;
import vn.vanthu.repo.behaviour.StatisticsBehaviour;
import vn.vanthu.repo.model.VanthuModel;

/**
 * Recounts the statistics from the nodes themselves and corrects the store where it differs (after
 * a bulk import with behaviours disabled, a restore from backup, a bug). Runs in the caller's
 * read-write transaction: if a user changes a counted node meanwhile, the optimistic lock of the
 * store makes one of the two transactions retry, so the result is exact either way.
 */
public class StatisticsRebuilder {

    /** What a rebuild found: nodes read per type and the buckets it corrected. */
    public record Result(Map<String, Integer> nodes, int bucketsCorrected, List<Correction> corrections) {
    }

    /** One corrected bucket: what the store held and what the nodes say. */
    public record Correction(String series, String day, String key, long stored, long counted) {
    }

    /** At most this many corrections are listed; all are applied. */
    static final int LISTED_CORRECTIONS = 200;

    private NodeQueries nodeQueries;
    private NodeService nodeService;
    private StatisticsTracker tracker;
    private StatisticsStore statisticsStore;

    public void setNodeQueries(NodeQueries nodeQueries) {
        this.nodeQueries = nodeQueries;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setTracker(StatisticsTracker tracker) {
        this.tracker = tracker;
    }

    public void setStatisticsStore(StatisticsStore statisticsStore) {
        this.statisticsStore = statisticsStore;
    }

    /** Recounts every tracked node (as the system user, so no node is hidden), writes the differences and reports them. */
    public Result rebuild() {
        return AuthenticationUtil.runAsSystem(this::recount);
    }

    private Result recount() {
        Map<Bucket, Long> counted = new HashMap<>();
        Map<String, Integer> nodes = new LinkedHashMap<>();
        for (QName type : StatisticsBehaviour.TRACKED_TYPES) {
            int[] read = new int[1];
            nodeQueries.forEach("TYPE:\"" + VanthuModel.PREFIX + ":" + type.getLocalName() + "\"", node -> {
                // The query may match subtypes; the reader decides what counts.
                NodeFacts facts = tracker.factsOf(node, nodeService.getType(node), nodeService.getAspects(node),
                        nodeService.getProperties(node));
                if (facts != null) {
                    facts.contributions().forEach((bucket, count) -> counted.merge(bucket, count, Long::sum));
                }
                read[0]++;
            });
            nodes.put(type.getLocalName(), read[0]);
        }
        Statistics stored = statisticsStore.snapshot();
        Map<Bucket, Long> difference = stored.differenceTo(Statistics.of(counted));
        if (!difference.isEmpty()) {
            statisticsStore.apply(difference);
        }
        List<Correction> corrections = new ArrayList<>();
        difference.keySet().stream()
                .sorted(Comparator.comparing(Bucket::series).thenComparing(Bucket::day).thenComparing(Bucket::key))
                .limit(LISTED_CORRECTIONS)
                .forEach(bucket -> corrections.add(new Correction(bucket.series().name(), bucket.date().toString(),
                        bucket.key(), stored.get(bucket), counted.getOrDefault(bucket, 0L))));
        return new Result(nodes, difference.size(), corrections);
    }
}
