package vn.vanthu.report;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Feedback on administrative regulations in a period [from, to], per channel or field and in
 * total: received in the period (admissible or not), answered in the period on time or late, and,
 * at the end of the period, the admissible ones still open within or past their due date.
 */
public record FeedbackReport(Period period, Grouping groupBy, List<Group> groups, Counts total) {

    /** How the rows are grouped. */
    public enum Grouping {
        CHANNEL, FIELD;

        /** The value of a {@code groupBy} parameter; missing means channel. */
        public static Grouping parse(String value) {
            if (value == null || value.isBlank()) {
                return CHANNEL;
            }
            for (Grouping g : values()) {
                if (g.name().equalsIgnoreCase(value.trim())) {
                    return g;
                }
            }
            throw new ReportParameterException("error.feedbackGroupBy", value);
        }

        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The figures of one group or of the total. */
    public record Counts(long received, long admissible, long notAdmissible, long answeredOnTime, long answeredLate,
                         long openWithinDue, long openOverdue) {

        public static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0);

        public long answered() {
            return answeredOnTime + answeredLate;
        }

        public long open() {
            return openWithinDue + openOverdue;
        }

        public boolean isEmpty() {
            return received == 0 && answered() == 0 && open() == 0;
        }

        Counts plus(Counts o) {
            return new Counts(received + o.received, admissible + o.admissible, notAdmissible + o.notAdmissible,
                    answeredOnTime + o.answeredOnTime, answeredLate + o.answeredLate, openWithinDue + o.openWithinDue,
                    openOverdue + o.openOverdue);
        }
    }

    public record Group(String key, Counts counts) {
    }

    private static final class Sums {
        long received;
        long admissible;
        long admissibleUpToEnd;
        long answeredUpToEnd;
        long onTime;
        long late;
        long overdue;

        Counts counts() {
            long open = admissibleUpToEnd - answeredUpToEnd;
            return new Counts(received, admissible, received - admissible, onTime, late, open - overdue, overdue);
        }
    }

    public static FeedbackReport compute(Statistics statistics, Period period, Grouping groupBy) {
        int from = period.fromDay();
        int to = period.toDay();
        Map<String, Sums> sums = new HashMap<>();
        statistics.forEach(Series.FEEDBACK_RECEIVED, (day, key, count) -> {
            if (day > to) {
                return;
            }
            String[] k = split(key);
            Sums s = sums.computeIfAbsent(group(groupBy, k), g -> new Sums());
            boolean admissible = "A".equals(k[2]);
            if (admissible) {
                s.admissibleUpToEnd += count;
            }
            if (day >= from) {
                s.received += count;
                if (admissible) {
                    s.admissible += count;
                }
            }
        });
        statistics.forEach(Series.FEEDBACK_ANSWERED, (day, key, count) -> {
            if (day > to) {
                return;
            }
            String[] k = split(key);
            Sums s = sums.computeIfAbsent(group(groupBy, k), g -> new Sums());
            s.answeredUpToEnd += count;
            if (day >= from) {
                if ("LATE".equals(k[2])) {
                    s.late += count;
                } else {
                    s.onTime += count;
                }
            }
        });
        statistics.forEach(Series.FEEDBACK_OVERDUE_FROM, (day, key, count) -> {
            if (day <= to) {
                sums.computeIfAbsent(group(groupBy, split(key)), g -> new Sums()).overdue += count;
            }
        });
        statistics.forEach(Series.FEEDBACK_OVERDUE_UNTIL, (day, key, count) -> {
            if (day <= to) {
                sums.computeIfAbsent(group(groupBy, split(key)), g -> new Sums()).overdue -= count;
            }
        });
        List<Group> groups = new ArrayList<>();
        Counts total = Counts.ZERO;
        for (Map.Entry<String, Sums> e : sums.entrySet()) {
            Counts c = e.getValue().counts();
            if (!c.isEmpty()) {
                groups.add(new Group(e.getKey(), c));
                total = total.plus(c);
            }
        }
        Collator collator = Collator.getInstance(ReportMessages.VIETNAMESE);
        groups.sort(Comparator.comparing((Group g) -> g.key().isEmpty()).thenComparing(Group::key, collator));
        return new FeedbackReport(period, groupBy, List.copyOf(groups), total);
    }

    private static String[] split(String key) {
        String[] parts = key.split(String.valueOf(FeedbackFacts.SEPARATOR), -1);
        return parts.length >= 3 ? parts : new String[] {parts[0], parts.length > 1 ? parts[1] : "", ""};
    }

    private static String group(Grouping groupBy, String[] key) {
        return groupBy == Grouping.CHANNEL ? key[0] : key[1];
    }

    public Counts countsOf(String key) {
        return groups.stream().filter(g -> g.key().equals(key)).map(Group::counts).findFirst().orElse(Counts.ZERO);
    }
}
