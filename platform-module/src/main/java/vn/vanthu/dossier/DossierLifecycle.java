package vn.vanthu.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies status changes to a dossier: checks them against {@link DossierTransitions}, records
 * finishing (9) and return (10) times, opens a supplement interval on entering 5 and closes it on
 * leaving 5 (moving the appointment by the office time spent waiting), and classifies timeliness
 * when the dossier finishes.
 */
public final class DossierLifecycle {

    private final AppointmentCalculator calculator;
    private final TimelinessPolicy policy;

    public DossierLifecycle(AppointmentCalculator calculator, TimelinessPolicy policy) {
        this.calculator = Objects.requireNonNull(calculator, "calculator");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public TimelinessPolicy policy() {
        return policy;
    }

    /**
     * The dossier after changing to {@code to} at {@code at}.
     *
     * @throws TransitionRefusedException if the change is not allowed
     */
    public DossierRecord change(DossierRecord dossier, DossierStatus to, Instant at) {
        DossierStatus from = dossier.status();
        DossierTransitions.check(from, to);
        if (from == to) {
            return dossier;
        }
        List<SupplementInterval> supplements = new ArrayList<>(dossier.supplements());
        Instant appointment = dossier.appointmentAt();
        if (from == DossierStatus.SUPPLEMENT_REQUESTED && !supplements.isEmpty() && supplements.get(supplements.size() - 1).open()) {
            SupplementInterval closed = supplements.get(supplements.size() - 1).closedAt(at);
            supplements.set(supplements.size() - 1, closed);
            if (appointment != null) {
                appointment = calculator.extend(appointment, dossier.unit(), closed.from(), closed.to());
            }
        }
        if (to == DossierStatus.SUPPLEMENT_REQUESTED) {
            supplements.add(new SupplementInterval(at, null));
        }
        Instant finishedAt = dossier.finishedAt();
        Timeliness timeliness = dossier.timeliness();
        if (to == DossierStatus.PROCESSED) {
            finishedAt = at;
            timeliness = appointment == null ? null : policy.classify(at, appointment);
        }
        Instant returnedAt = to == DossierStatus.RETURNED ? at : dossier.returnedAt();
        return new DossierRecord(to, dossier.receivedAt(), appointment, dossier.unit(), finishedAt, returnedAt, supplements, timeliness);
    }

    /**
     * Classification at a report cut-off of a dossier that is still open then: the appointment is
     * moved by the office time of a supplement interval still open at the cut-off. Empty when the
     * dossier is settled by the cut-off, is not open (refused, withdrawn, stopped) or has no appointment.
     */
    public Optional<Progress> progressAt(DossierRecord dossier, Instant cutOff) {
        boolean settledBefore = dossier.finishedAt() != null && !dossier.finishedAt().isAfter(cutOff);
        if (settledBefore || !(dossier.status().open() || dossier.status().settled()) || dossier.appointmentAt() == null) {
            return Optional.empty();
        }
        Instant appointment = dossier.appointmentAt();
        for (SupplementInterval interval : dossier.supplements()) {
            if (interval.open() && interval.from().isBefore(cutOff)) {
                appointment = calculator.extend(appointment, dossier.unit(), interval.from(), cutOff);
            }
        }
        return Optional.of(TimelinessPolicy.progressAt(appointment, cutOff));
    }
}
