package org.alfresco.repo.dictionary;

/** Subset: the model store (bean "dictionaryDAO"); the parent bean "dictionaryModelBootstrap" injects it. */
public interface DictionaryDAO {
}
