package org.alfresco.service.namespace;

/** Subset: the namespace registry and the URIs/prefixes of Alfresco's own models. */
public interface NamespaceService extends NamespacePrefixResolver {
    String DEFAULT_PREFIX = "";
    String DEFAULT_URI = "";
    String ALFRESCO_URI = "http://www.alfresco.org";
    String ALFRESCO_PREFIX = "alf";
    String DICTIONARY_MODEL_1_0_URI = "http://www.alfresco.org/model/dictionary/1.0";
    String DICTIONARY_MODEL_PREFIX = "d";
    String SYSTEM_MODEL_1_0_URI = "http://www.alfresco.org/model/system/1.0";
    String SYSTEM_MODEL_PREFIX = "sys";
    String CONTENT_MODEL_1_0_URI = "http://www.alfresco.org/model/content/1.0";
    String CONTENT_MODEL_PREFIX = "cm";
    String APP_MODEL_1_0_URI = "http://www.alfresco.org/model/application/1.0";
    String APP_MODEL_PREFIX = "app";

    void registerNamespace(String prefix, String uri);

    void unregisterNamespace(String prefix);
}
