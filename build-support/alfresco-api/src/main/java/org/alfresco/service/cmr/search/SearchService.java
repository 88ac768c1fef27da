package org.alfresco.service.cmr.search;

import org.alfresco.service.cmr.repository.StoreRef;

/** Subset: queries against the repository. */
public interface SearchService {
    String LANGUAGE_LUCENE = "lucene";
    String LANGUAGE_XPATH = "xpath";
    String LANGUAGE_FTS_ALFRESCO = "fts-alfresco";
    String LANGUAGE_CMIS_STRICT = "cmis-strict";
    String LANGUAGE_CMIS_ALFRESCO = "cmis-alfresco";

    ResultSet query(StoreRef store, String language, String query);

    ResultSet query(SearchParameters searchParameters);
}
