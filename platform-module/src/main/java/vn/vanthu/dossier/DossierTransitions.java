package vn.vanthu.dossier;

import static vn.vanthu.dossier.DossierStatus.ACCEPTED;
import static vn.vanthu.dossier.DossierStatus.FEES_REQUESTED;
import static vn.vanthu.dossier.DossierStatus.IN_PROGRESS;
import static vn.vanthu.dossier.DossierStatus.PROCESSED;
import static vn.vanthu.dossier.DossierStatus.REFUSED;
import static vn.vanthu.dossier.DossierStatus.RETURNED;
import static vn.vanthu.dossier.DossierStatus.STOPPED;
import static vn.vanthu.dossier.DossierStatus.SUBMITTED;
import static vn.vanthu.dossier.DossierStatus.SUPPLEMENT_REQUESTED;
import static vn.vanthu.dossier.DossierStatus.WITHDRAWN;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The allowed status changes. Statuses 3, 7, 8 and 10 are final.
 *
 * <pre>
 *  from                         to
 *  1 submitted                  2 accepted, 3 refused, 5 supplement, 7 withdrawn
 *  2 accepted                   4 in progress, 5 supplement, 6 fees, 7 withdrawn, 8 stopped, 9 processed
 *  4 in progress                5 supplement, 6 fees, 7 withdrawn, 8 stopped, 9 processed
 *  5 supplement requested       1 submitted (online, resubmitted), 2 accepted, 4 in progress, 7 withdrawn, 8 stopped
 *  6 fees requested             4 in progress, 7 withdrawn, 8 stopped, 9 processed
 *  9 processed                  10 result returned
 *  3, 7, 8, 10                  none
 * </pre>
 * Keeping the same status is not a transition and is always allowed.
 */
public final class DossierTransitions {

    private static final Map<DossierStatus, Set<DossierStatus>> ALLOWED = new EnumMap<>(DossierStatus.class);

    static {
        ALLOWED.put(SUBMITTED, EnumSet.of(ACCEPTED, REFUSED, SUPPLEMENT_REQUESTED, WITHDRAWN));
        ALLOWED.put(ACCEPTED, EnumSet.of(IN_PROGRESS, SUPPLEMENT_REQUESTED, FEES_REQUESTED, WITHDRAWN, STOPPED, PROCESSED));
        ALLOWED.put(IN_PROGRESS, EnumSet.of(SUPPLEMENT_REQUESTED, FEES_REQUESTED, WITHDRAWN, STOPPED, PROCESSED));
        ALLOWED.put(SUPPLEMENT_REQUESTED, EnumSet.of(SUBMITTED, ACCEPTED, IN_PROGRESS, WITHDRAWN, STOPPED));
        ALLOWED.put(FEES_REQUESTED, EnumSet.of(IN_PROGRESS, WITHDRAWN, STOPPED, PROCESSED));
        ALLOWED.put(PROCESSED, EnumSet.of(RETURNED));
        for (DossierStatus s : DossierStatus.values()) {
            ALLOWED.putIfAbsent(s, EnumSet.noneOf(DossierStatus.class));
        }
    }

    private DossierTransitions() {
    }

    /** The statuses reachable from {@code from} in one change. */
    public static Set<DossierStatus> allowedFrom(DossierStatus from) {
        return Set.copyOf(ALLOWED.get(from));
    }

    public static boolean allowed(DossierStatus from, DossierStatus to) {
        return from == to || ALLOWED.get(from).contains(to);
    }

    /** Refuses a change that the table does not allow. */
    public static void check(DossierStatus from, DossierStatus to) {
        if (!allowed(from, to)) {
            Set<DossierStatus> next = ALLOWED.get(from);
            String list = next.isEmpty() ? "không / none (trạng thái cuối / final status)"
                    : next.stream().map(s -> Integer.toString(s.code())).collect(Collectors.joining(", "));
            throw new TransitionRefusedException(from, to, list);
        }
    }
}
