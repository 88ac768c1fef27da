package org.alfresco.util.transaction;

/** Subset: a transaction listener whose callbacks do nothing; override what you need. */
public abstract class TransactionListenerAdapter implements TransactionListener {
    @Override
    public void beforeCommit(boolean readOnly) {
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
