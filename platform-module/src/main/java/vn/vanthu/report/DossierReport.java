package vn.vanthu.report;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Biểu 06/VPCP/KSTT figures of a period, per field or unit and in total. For a period
 * [from, to] (both days included) a dossier counts as:
 * <ul>
 * <li>received in the period when its received day is in it (online or in person / postal by channel);</li>
 * <li>carried over when it was received before {@code from} and was not finished before {@code from};</li>
 * <li>settled (early, on time, late) when its finished day is in the period;</li>
 * <li>in progress when it was received on or before {@code to} and not finished on or before {@code to}
 *     (still open, or finished later); overdue when its appointment day is before {@code to},
 *     within deadline otherwise (or when it has no appointment).</li>
 * </ul>
 * Hence received (in period + carried over) = settled + in progress for every group.
 */
public record DossierReport(Period period, GroupBy groupBy, ElectronicFilter electronic,
                            List<Group> groups, DossierCounts total) {

    /** One row: the field or unit (its value as stored, "" when unknown) and its counts. */
    public record Group(String key, DossierCounts counts) {
    }

    /** Running sums of one group while the statistics are read. */
    private static final class Sums {
        long online;
        long direct;
        long receivedBefore;
        long receivedUpToEnd;
        long settledBefore;
        long settledUpToEnd;
        final long[] settled = new long[DossierFacts.Timeliness.values().length];
        long overdue;

        DossierCounts counts() {
            long carried = receivedBefore - settledBefore;
            long inProgress = receivedUpToEnd - settledUpToEnd;
            return new DossierCounts(online, direct, carried,
                    settled[DossierFacts.Timeliness.EARLY.ordinal()],
                    settled[DossierFacts.Timeliness.ON_TIME.ordinal()],
                    settled[DossierFacts.Timeliness.LATE.ordinal()],
                    inProgress - overdue, overdue);
        }
    }

    /** Computes the report in one pass over the dossier statistics up to the end of the period. */
    public static DossierReport compute(Statistics statistics, Period period, GroupBy groupBy,
                                        ElectronicFilter electronic) {
        int from = period.fromDay();
        int to = period.toDay();
        Map<String, Sums> sums = new HashMap<>();
        statistics.forEachDossier(Series.DOSSIER_RECEIVED, (day, key, count) -> {
            if (day <= to && electronic.accepts(key.electronic())) {
                Sums group = sums.computeIfAbsent(groupBy.keyOf(key), k -> new Sums());
                group.receivedUpToEnd += count;
                if (day < from) {
                    group.receivedBefore += count;
                } else if (DossierFacts.Channel.ONLINE.name().equals(key.detail())) {
                    group.online += count;
                } else {
                    group.direct += count;
                }
            }
        });
        statistics.forEachDossier(Series.DOSSIER_SETTLED, (day, key, count) -> {
            if (day <= to && electronic.accepts(key.electronic())) {
                Sums group = sums.computeIfAbsent(groupBy.keyOf(key), k -> new Sums());
                group.settledUpToEnd += count;
                if (day < from) {
                    group.settledBefore += count;
                } else {
                    group.settled[DossierFacts.Timeliness.valueOf(key.detail()).ordinal()] += count;
                }
            }
        });
        statistics.forEachDossier(Series.DOSSIER_OVERDUE_FROM, (day, key, count) -> {
            if (day <= to && electronic.accepts(key.electronic())) {
                sums.computeIfAbsent(groupBy.keyOf(key), k -> new Sums()).overdue += count;
            }
        });
        statistics.forEachDossier(Series.DOSSIER_OVERDUE_UNTIL, (day, key, count) -> {
            if (day <= to && electronic.accepts(key.electronic())) {
                sums.computeIfAbsent(groupBy.keyOf(key), k -> new Sums()).overdue -= count;
            }
        });
        List<Group> groups = new ArrayList<>();
        DossierCounts total = DossierCounts.ZERO;
        for (Map.Entry<String, Sums> entry : sums.entrySet()) {
            DossierCounts counts = entry.getValue().counts();
            if (!counts.isEmpty()) {
                groups.add(new Group(entry.getKey(), counts));
                total = total.plus(counts);
            }
        }
        Collator collator = Collator.getInstance(ReportMessages.VIETNAMESE);
        groups.sort(Comparator.comparing((Group group) -> group.key().isEmpty())
                .thenComparing(Group::key, collator));
        return new DossierReport(period, groupBy, electronic, List.copyOf(groups), total);
    }

    /** The row of one group, or zeros when the group had nothing in the period. */
    public DossierCounts countsOf(String key) {
        return groups.stream().filter(group -> group.key().equals(key)).map(Group::counts)
                .findFirst().orElse(DossierCounts.ZERO);
    }
}
