package org.alfresco.service.cmr.search;

import java.util.ArrayList;
import java.util.List;

import org.alfresco.service.cmr.repository.StoreRef;

/** Subset: a query with its language, stores, paging and consistency. Plain bean. */
public class SearchParameters {

    /** Default operator of full-text queries. */
    public enum Operator {
        OR,
        AND
    }

    /** One sort criterion. */
    public static class SortDefinition {
        private final String field;
        private final boolean ascending;

        public SortDefinition(String field, boolean ascending) {
            this.field = field;
            this.ascending = ascending;
        }

        public String getField() {
            return field;
        }

        public boolean isAscending() {
            return ascending;
        }
    }

    private String language;
    private String query;
    private final ArrayList<StoreRef> stores = new ArrayList<>();
    private final List<SortDefinition> sortDefinitions = new ArrayList<>();
    private QueryConsistency queryConsistency = QueryConsistency.DEFAULT;
    private LimitBy limitBy = LimitBy.UNLIMITED;
    private int limit = 500;
    private int maxItems = -1;
    private int skipCount = 0;
    private int maxPermissionChecks = -1;

    public SearchParameters() {
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public void addStore(StoreRef store) {
        stores.add(store);
    }

    public ArrayList<StoreRef> getStores() {
        return stores;
    }

    public void addSort(String field, boolean ascending) {
        sortDefinitions.add(new SortDefinition(field, ascending));
    }

    public ArrayList<SortDefinition> getSortDefinitions() {
        return new ArrayList<>(sortDefinitions);
    }

    public QueryConsistency getQueryConsistency() {
        return queryConsistency;
    }

    public void setQueryConsistency(QueryConsistency queryConsistency) {
        this.queryConsistency = queryConsistency;
    }

    public LimitBy getLimitBy() {
        return limitBy;
    }

    public void setLimitBy(LimitBy limitBy) {
        this.limitBy = limitBy;
    }

    public int getLimit() {
        return limit;
    }

    public void setLimit(int limit) {
        this.limit = limit;
    }

    public int getMaxItems() {
        return maxItems;
    }

    public void setMaxItems(int maxItems) {
        this.maxItems = maxItems;
    }

    public int getSkipCount() {
        return skipCount;
    }

    public void setSkipCount(int skipCount) {
        this.skipCount = skipCount;
    }

    public int getMaxPermissionChecks() {
        return maxPermissionChecks;
    }

    public void setMaxPermissionChecks(int maxPermissionChecks) {
        this.maxPermissionChecks = maxPermissionChecks;
    }
}
