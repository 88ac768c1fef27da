package vn.vanthu.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The lifecycle state of one dossier, as stored on the dossier node.
 *
 * @param status        current status
 * @param receivedAt    time of receipt
 * @param appointmentAt current appointment (moved by supplement intervals), may be null if unknown
 * @param unit          unit of the procedure's legal time (decides how supplements move the appointment)
 * @param finishedAt    when status 9 was reached, or null
 * @param returnedAt    when status 10 was reached, or null
 * @param supplements   supplement intervals in order; only the last one may be open
 * @param timeliness    classification once finished, or null
 */
public record DossierRecord(DossierStatus status, Instant receivedAt, Instant appointmentAt, LegalTimeUnit unit,
                            Instant finishedAt, Instant returnedAt, List<SupplementInterval> supplements, Timeliness timeliness) {

    public DossierRecord {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(unit, "unit");
        supplements = List.copyOf(supplements == null ? List.of() : supplements);
    }

    /** A dossier just received. */
    public static DossierRecord received(DossierStatus status, Instant receivedAt, Instant appointmentAt, LegalTimeUnit unit) {
        return new DossierRecord(status, receivedAt, appointmentAt, unit, null, null, List.of(), null);
    }
}
