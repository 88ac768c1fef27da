package org.alfresco.util.transaction;

/** Subset: callbacks around the commit of the current transaction. */
public interface TransactionListener {
    void beforeCommit(boolean readOnly);

    void beforeCompletion();

    void afterCommit();

    void afterRollback();
}
