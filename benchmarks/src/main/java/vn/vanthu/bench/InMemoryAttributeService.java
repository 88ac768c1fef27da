package vn.vanthu.bench;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.alfresco.service.cmr.attributes.AttributeService;

/** An attribute service in a map, standing in for the repository's table in the tracking benchmark. */
final class InMemoryAttributeService implements AttributeService {

    private final Map<List<Serializable>, Serializable> rows = new ConcurrentHashMap<>();

    private static List<Serializable> key(Serializable... keys) {
        return Arrays.asList(keys.clone());
    }

    @Override
    public boolean exists(Serializable... keys) {
        return rows.containsKey(key(keys));
    }

    @Override
    public Serializable getAttribute(Serializable... keys) {
        return rows.get(key(keys));
    }

    @Override
    public void getAttributes(AttributeQueryCallback callback, Serializable... keys) {
        long id = 0;
        for (Map.Entry<List<Serializable>, Serializable> row : rows.entrySet()) {
            if (row.getKey().subList(0, keys.length).equals(Arrays.asList(keys))
                    && !callback.handleAttribute(id++, row.getValue(), row.getKey().toArray(new Serializable[0]))) {
                return;
            }
        }
    }

    @Override
    public void setAttribute(Serializable value, Serializable... keys) {
        rows.put(key(keys), value);
    }

    @Override
    public void createAttribute(Serializable value, Serializable... keys) {
        if (rows.putIfAbsent(key(keys), value) != null) {
            throw new IllegalStateException("duplicate attribute " + key(keys));
        }
    }

    @Override
    public void updateOrCreateAttribute(Serializable keyBefore1, Serializable keyBefore2, Serializable keyBefore3,
                                        Serializable keyAfter1, Serializable keyAfter2, Serializable keyAfter3) {
        Serializable value = rows.remove(key(keyBefore1, keyBefore2, keyBefore3));
        rows.put(key(keyAfter1, keyAfter2, keyAfter3), value);
    }

    @Override
    public void removeAttribute(Serializable... keys) {
        rows.remove(key(keys));
    }

    @Override
    public void removeAttributes(Serializable... keys) {
        rows.keySet().removeIf(row -> row.subList(0, keys.length).equals(Arrays.asList(keys)));
    }
}
