package vn.vanthu.repo.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.alfresco.util.transaction.TransactionListener;

/** Transaction resources of one test transaction at a time: commit runs the listeners' beforeCommit. */
public final class FakeTransaction implements TransactionResources {

    private final Map<String, Object> resources = new HashMap<>();
    private final List<TransactionListener> listeners = new ArrayList<>();

    @Override
    @SuppressWarnings("unchecked")
    public <T extends TransactionListener> T get(String key, Supplier<T> create) {
        return (T) resources.computeIfAbsent(key, k -> {
            T resource = create.get();
            listeners.add(resource);
            return resource;
        });
    }

    /** Runs the beforeCommit listeners without ending the transaction (later listeners may still change nodes). */
    public void beforeCommit() {
        List.copyOf(listeners).forEach(listener -> listener.beforeCommit(false));
    }

    public void commit() {
        listeners.forEach(listener -> listener.beforeCommit(false));
        listeners.forEach(TransactionListener::afterCommit);
        resources.clear();
        listeners.clear();
    }

    public void rollback() {
        listeners.forEach(TransactionListener::afterRollback);
        resources.clear();
        listeners.clear();
    }
}
