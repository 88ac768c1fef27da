package vn.vanthu.repo.store;

import java.util.function.Supplier;

import org.alfresco.repo.transaction.AlfrescoTransactionSupport;
import org.alfresco.util.transaction.TransactionListener;

/** The current transaction's resources and commit hooks; a seam so the tracker is testable. */
public interface TransactionResources {

    /** The resource bound to the current transaction under the key, created (and its listener bound) on first use. */
    <T extends TransactionListener> T get(String key, Supplier<T> create);

    /** The repository's transaction support. */
    TransactionResources ALFRESCO = new TransactionResources() {
        @Override
        public <T extends TransactionListener> T get(String key, Supplier<T> create) {
            T resource = AlfrescoTransactionSupport.getResource(key);
            if (resource == null) {
                resource = create.get();
                AlfrescoTransactionSupport.bindResource(key, resource);
                AlfrescoTransactionSupport.bindListener(resource);
            }
            return resource;
        }
    };
}
