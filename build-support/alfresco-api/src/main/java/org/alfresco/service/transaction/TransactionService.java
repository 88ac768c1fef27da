package org.alfresco.service.transaction;

import org.alfresco.repo.transaction.RetryingTransactionHelper;

/** Subset: transaction factory of the repository. */
public interface TransactionService {
    boolean getAllowWrite();

    boolean isReadOnly();

    RetryingTransactionHelper getRetryingTransactionHelper();
}
