package vn.vanthu.repo.store;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.alfresco.service.cmr.attributes.AttributeService;
import org.alfresco.service.cmr.attributes.DuplicateAttributeException;

/**
 * The part of the repository's attribute table the store relies on: keys are unique, a second
 * createAttribute with the same keys fails with DuplicateAttributeException (as the database's
 * unique index makes it do), setAttribute overwrites.
 */
public class UniqueAttributeTable implements AttributeService {

    final Map<List<Serializable>, Serializable> rows = new ConcurrentHashMap<>();
    private static final Serializable NULL = "<null>";

    private static List<Serializable> key(Serializable... keys) {
        return Arrays.asList(keys.clone());
    }

    @Override
    public boolean exists(Serializable... keys) {
        return rows.containsKey(key(keys));
    }

    @Override
    public Serializable getAttribute(Serializable... keys) {
        Serializable value = rows.get(key(keys));
        return value == NULL ? null : value;
    }

    @Override
    public void getAttributes(AttributeQueryCallback callback, Serializable... keys) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void setAttribute(Serializable value, Serializable... keys) {
        rows.put(key(keys), value == null ? NULL : value);
    }

    @Override
    public void createAttribute(Serializable value, Serializable... keys) {
        if (rows.putIfAbsent(key(keys), value == null ? NULL : value) != null) {
            throw new DuplicateAttributeException(keys[0], keys.length > 1 ? keys[1] : null, keys.length > 2 ? keys[2] : null, null);
        }
    }

    @Override
    public void updateOrCreateAttribute(Serializable keyBefore1, Serializable keyBefore2, Serializable keyBefore3,
                                        Serializable keyAfter1, Serializable keyAfter2, Serializable keyAfter3) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void removeAttribute(Serializable... keys) {
        rows.remove(key(keys));
    }

    @Override
    public void removeAttributes(Serializable... keys) {
        throw new UnsupportedOperationException();
    }
}
