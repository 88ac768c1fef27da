package org.alfresco.repo.transaction;

import org.alfresco.error.AlfrescoRuntimeException;
import org.alfresco.service.transaction.TransactionService;

/**
 * Subset: runs work in a transaction, retrying on concurrency failures. Here the callback is
 * simply run once in the calling thread.
 */
public class RetryingTransactionHelper {

    /** A unit of transactional work. */
    public interface RetryingTransactionCallback<Result> {
        Result execute() throws Throwable;
    }

    public RetryingTransactionHelper() {
    }

    public void setTransactionService(TransactionService service) {
    }

    public void setMaxRetries(int maxRetries) {
    }

    public <R> R doInTransaction(RetryingTransactionCallback<R> cb) {
        return doInTransaction(cb, false, false);
    }

    public <R> R doInTransaction(RetryingTransactionCallback<R> cb, boolean readOnly) {
        return doInTransaction(cb, readOnly, false);
    }

    public <R> R doInTransaction(RetryingTransactionCallback<R> cb, boolean readOnly, boolean requiresNew) {
        try {
            return cb.execute();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new AlfrescoRuntimeException("Exception from transactional callback: " + cb, e);
        }
    }
}
