package vn.vanthu.dossier;

import java.time.LocalDate;

/**
 * Source of the per-day sequence numbers of dossier codes. Implementations must never return the
 * same number twice for the same agency and day, also under concurrency (and, in the repository,
 * across cluster nodes); gaps are allowed.
 */
public interface DossierSequence {

    /** The next number (1, 2, ...) for dossiers received by {@code agencyId} on {@code day}. */
    int next(String agencyId, LocalDate day);

    /** Allocates a complete code. */
    default DossierCode allocate(String agencyId, LocalDate day) {
        return new DossierCode(agencyId, day, next(agencyId, day));
    }
}
