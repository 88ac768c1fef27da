package vn.vanthu.numbering;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link NumberStore} in memory: for tests, tools and the benchmarks. Thread-safe. */
public final class InMemoryNumberStore implements NumberStore {

    private final Map<SeriesKey, Set<Integer>> used = new HashMap<>();
    private final Map<SeriesKey, Integer> counters = new HashMap<>();
    private final Map<String, String> duplicateKeys = new ConcurrentHashMap<>();

    @Override
    public synchronized int allocate(SeriesKey key) {
        Set<Integer> numbers = used.computeIfAbsent(key, k -> new HashSet<>());
        int next = counters.getOrDefault(key, 0) + 1;
        while (numbers.contains(next)) {
            next++;
        }
        numbers.add(next);
        counters.put(key, next);
        return next;
    }

    @Override
    public synchronized boolean reserve(SeriesKey key, int number) {
        return used.computeIfAbsent(key, k -> new HashSet<>()).add(number);
    }

    @Override
    public Optional<String> registerDuplicateKey(String duplicateKey, String ref) {
        String earlier = duplicateKeys.putIfAbsent(duplicateKey, ref);
        return Optional.ofNullable(earlier == null || earlier.equals(ref) ? null : earlier);
    }

    @Override
    public void replaceDuplicateKeyHolder(String duplicateKey, String ref) {
        duplicateKeys.put(duplicateKey, ref);
    }
}
