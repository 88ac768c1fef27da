package vn.vanthu.repo.store;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;

import vn.vanthu.numbering.NumberStore;
import vn.vanthu.numbering.NumberingConfig;
import vn.vanthu.numbering.NumberingService;
import vn.vanthu.report.StatisticsStore;

/**
 * A search service answering exact query texts with fixed nodes, page by page (skip count and
 * maximum items) like a transactional metadata query, and remembering every query it was asked.
 */
final class FakeQueryDatabase {

    private final Map<String, List<NodeRef>> results = new HashMap<>();
    private final List<SearchParameters> queries = new ArrayList<>();
    private final SearchService searchService = mock(SearchService.class);

    /** {@code onQuery} runs at every query, e.g. to check who asks. */
    FakeQueryDatabase(Runnable onQuery) {
        when(searchService.query(any(SearchParameters.class))).thenAnswer(call -> {
            onQuery.run();
            SearchParameters parameters = call.getArgument(0);
            queries.add(parameters);
            List<NodeRef> all = results.getOrDefault(parameters.getQuery(), List.of());
            int from = Math.min(parameters.getSkipCount(), all.size());
            List<NodeRef> page = all.subList(from, Math.min(all.size(), from + parameters.getMaxItems()));
            ResultSet resultSet = mock(ResultSet.class);
            when(resultSet.getNodeRefs()).thenReturn(page);
            return resultSet;
        });
    }

    FakeQueryDatabase() {
        this(() -> { });
    }

    /** Makes {@code node} one more result of the query, after those already added. */
    void add(String query, NodeRef node) {
        results.computeIfAbsent(query, key -> new ArrayList<>()).add(node);
    }

    /** The queries asked so far, in order. */
    List<SearchParameters> queries() {
        return queries;
    }

    /** Node queries on this database, reading {@code pageSize} nodes at a time. */
    NodeQueries nodeQueries(int pageSize) {
        NodeQueries nodeQueries = new NodeQueries();
        nodeQueries.setSearchService(searchService);
        nodeQueries.setPageSize(pageSize);
        return nodeQueries;
    }

    /** A statistics rebuild reading the nodes with these queries, with the real tracker and facts reader. */
    static StatisticsRebuilder rebuilder(NodeQueries nodeQueries, NodeService nodeService, StatisticsStore store) {
        return rebuilder(nodeQueries, nodeService, store, mock(BehaviourFilter.class), numbering(mock(NumberStore.class)));
    }

    /** The default numbering rules (year in Asia/Ho_Chi_Minh) over {@code store}. */
    static NumberingService numbering(NumberStore store) {
        return new NumberingService(NumberingConfig.fromProperties(Map.of()), store);
    }

    /** The same, writing register years through {@code behaviourFilter} and {@code numberingService}. */
    static StatisticsRebuilder rebuilder(NodeQueries nodeQueries, NodeService nodeService, StatisticsStore store,
                                         BehaviourFilter behaviourFilter, NumberingService numberingService) {
        StatisticsTracker tracker = new StatisticsTracker();
        tracker.setNodeService(nodeService);
        tracker.setFactsReader(new NodeFactsReader());
        StatisticsRebuilder rebuilder = new StatisticsRebuilder();
        rebuilder.setNodeQueries(nodeQueries);
        rebuilder.setNodeService(nodeService);
        rebuilder.setTracker(tracker);
        rebuilder.setStatisticsStore(store);
        rebuilder.setBehaviourFilter(behaviourFilter);
        rebuilder.setNumberingService(numberingService);
        return rebuilder;
    }
}
