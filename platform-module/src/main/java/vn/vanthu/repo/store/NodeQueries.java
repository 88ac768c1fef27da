package vn.vanthu.repo.store;

import java.util.List;
import java.util.function.Consumer;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.LimitBy;
import org.alfresco.service.cmr.search.QueryConsistency;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;

/**
 * Exact node queries on the database (transactional metadata queries): simple type and property
 * conditions only, read page by page so a large repository is never held in one result. No page is
 * cut short by the repository's permission-check limit: reports and registers run as the caller.
 */
public class NodeQueries {

    private SearchService searchService;
    private int pageSize = 1000;

    public void setSearchService(SearchService searchService) {
        this.searchService = searchService;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    /** Calls {@code action} for every node of the AFTS query, in pages. */
    public void forEach(String query, Consumer<NodeRef> action) {
        int skip = 0;
        while (true) {
            List<NodeRef> page = page(query, skip, pageSize);
            page.forEach(action);
            if (page.size() < pageSize) {
                return;
            }
            skip += page.size();
        }
    }

    /** One page of the nodes of the query. */
    public List<NodeRef> page(String query, int skipCount, int maxItems) {
        SearchParameters parameters = new SearchParameters();
        parameters.setLanguage(SearchService.LANGUAGE_FTS_ALFRESCO);
        parameters.setQuery(query);
        parameters.addStore(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE);
        parameters.setQueryConsistency(QueryConsistency.TRANSACTIONAL);
        parameters.setLimitBy(LimitBy.UNLIMITED);
        parameters.setMaxPermissionChecks(Integer.MAX_VALUE);
        parameters.setSkipCount(skipCount);
        parameters.setMaxItems(maxItems);
        ResultSet results = searchService.query(parameters);
        try {
            return List.copyOf(results.getNodeRefs());
        } finally {
            results.close();
        }
    }
}
