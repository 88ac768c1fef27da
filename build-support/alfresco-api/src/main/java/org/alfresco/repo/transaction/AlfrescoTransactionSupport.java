package org.alfresco.repo.transaction;

import org.alfresco.util.transaction.TransactionListener;
import org.alfresco.util.transaction.TransactionSupportUtil;

/** Subset: the repository's transaction synchronisation helpers (runtime only). */
public abstract class AlfrescoTransactionSupport extends TransactionSupportUtil {

    /** Read-write state of the current transaction. */
    public static enum TxnReadState {
        TXN_NONE,
        TXN_READ_ONLY,
        TXN_READ_WRITE
    }

    public static TxnReadState getTransactionReadState() {
        throw new UnsupportedOperationException("compile-time API subset");
    }

    public static void bindListener(TransactionListener listener) {
        throw new UnsupportedOperationException("compile-time API subset");
    }
}
