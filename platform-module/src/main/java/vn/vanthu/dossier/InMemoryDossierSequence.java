package vn.vanthu.dossier;

import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Sequence held in memory (tools, tests, a single process). */
public final class InMemoryDossierSequence implements DossierSequence {

    private final ConcurrentMap<String, AtomicInteger> counters = new ConcurrentHashMap<>();

    @Override
    public int next(String agencyId, LocalDate day) {
        return counters.computeIfAbsent(agencyId + "|" + day, k -> new AtomicInteger()).incrementAndGet();
    }
}
