package vn.vanthu.repo.store;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;

import vn.vanthu.numbering.NumberingService;
import vn.vanthu.report.Bucket;
import vn.vanthu.report.NodeFacts;
import vn.vanthu.report.Statistics;
import vn.vanthu.report.StatisticsStore;
import vn.vanthu.repo.behaviour.OwnWrites;
import vn.vanthu.repo.behaviour.RegisterYear;
import vn.vanthu.repo.behaviour.StatisticsBehaviour;
import vn.vanthu.repo.model.VanthuModel;

/**
 * Recounts the statistics from the nodes themselves and corrects the store where it differs (after
 * a bulk import with behaviours disabled, a restore from backup, a bug). Runs in the caller's
 * read-write transaction: if a user changes a counted node meanwhile, the optimistic lock of the
 * store makes one of the two transactions retry, so the result is exact either way.
 *
 * <p>The same pass gives registered documents that lack it (imported with behaviours disabled,
 * restored) their vt:registerYear, so they appear in the printed registers: derived by
 * {@link RegisterYear} from the date they record, written with the node's behaviours off (no
 * numbering, duplicate check, recount or cm:modified change). An existing year is never changed
 * and no number is assigned; a document without the date the year comes from (incoming: arrival,
 * outgoing: issue) is left as it is and counted as undetermined.
 */
public class StatisticsRebuilder {

    /**
     * What a rebuild found: nodes read per type, the buckets it corrected, the register years it set
     * and the registered documents without one whose year it could not determine (no date).
     */
    public record Result(Map<String, Integer> nodes, int bucketsCorrected, List<Correction> corrections,
                         int registerYearsSet, int registerYearsUndetermined) {
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
    private BehaviourFilter behaviourFilter;
    private NumberingService numberingService;

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

    public void setBehaviourFilter(BehaviourFilter behaviourFilter) {
        this.behaviourFilter = behaviourFilter;
    }

    public void setNumberingService(NumberingService numberingService) {
        this.numberingService = numberingService;
    }

    /** Recounts every tracked node (as the system user, so no node is hidden), writes the differences and reports them. */
    public Result rebuild() {
        return AuthenticationUtil.runAsSystem(this::recount);
    }

    private Result recount() {
        Map<Bucket, Long> counted = new HashMap<>();
        Map<String, Integer> nodes = new LinkedHashMap<>();
        int[] registerYears = new int[2];
        for (QName type : StatisticsBehaviour.TRACKED_TYPES) {
            int[] read = new int[1];
            nodeQueries.forEach("TYPE:\"" + VanthuModel.PREFIX + ":" + type.getLocalName() + "\"", node -> {
                // The query may match subtypes; the reader decides what counts.
                Set<QName> aspects = nodeService.getAspects(node);
                Map<QName, Serializable> properties = nodeService.getProperties(node);
                NodeFacts facts = tracker.factsOf(node, nodeService.getType(node), aspects, properties);
                if (facts != null) {
                    facts.contributions().forEach((bucket, count) -> counted.merge(bucket, count, Long::sum));
                }
                fillRegisterYear(node, type, aspects, properties).ifPresent(set -> registerYears[set ? 0 : 1]++);
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
        return new Result(nodes, difference.size(), corrections, registerYears[0], registerYears[1]);
    }

    /**
     * Sets the register year of a registered document that has none: true when set, false when it
     * cannot be determined, empty when there was nothing to do. Working copies are skipped (their
     * check-in copies the original's properties back).
     */
    private Optional<Boolean> fillRegisterYear(NodeRef node, QName queriedType, Set<QName> aspects,
                                               Map<QName, Serializable> properties) {
        if (properties.get(VanthuModel.PROP_REGISTER_YEAR) != null || !RegisterYear.isRegistered(queriedType, properties)
                || aspects != null && aspects.contains(ContentModel.ASPECT_WORKING_COPY)) {
            return Optional.empty();
        }
        Optional<Integer> year = RegisterYear.fromRecordedDate(numberingService, queriedType, properties);
        year.ifPresent(value -> OwnWrites.withBehavioursOff(behaviourFilter, node,
                () -> nodeService.setProperty(node, VanthuModel.PROP_REGISTER_YEAR, value)));
        return Optional.of(year.isPresent());
    }
}
