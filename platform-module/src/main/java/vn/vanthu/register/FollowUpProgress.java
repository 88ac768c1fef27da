package vn.vanthu.register;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The progress column ("Tiến độ giải quyết") of the incoming follow-up register, from what the
 * repository knows of an incoming document: its reply (the number and notation of the reply, dated
 * by the outgoing document that carries it) and its handling deadline. There is no other resolution
 * record, so:
 * <ul>
 * <li>a document with a reply is resolved, on the reply's date when the reply is an outgoing
 * document of the repository ("Đã giải quyết 20/03/2023", late by the days past the deadline);</li>
 * <li>a document without a reply but with a deadline is within the deadline up to and including
 * the deadline day, overdue from the day after, counted at {@code today} in calendar days;</li>
 * <li>a document with neither gives an empty cell: nothing says whether it is still open.</li>
 * </ul>
 * Dates are written dd/MM/yyyy in both languages, like the date cells and the period line of the
 * register they are printed in.
 */
public final class FollowUpProgress {

    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final LocalDate today;

    /** {@code today}: the day the register is printed, the cut-off for "overdue". */
    public FollowUpProgress(LocalDate today) {
        this.today = Objects.requireNonNull(today, "today");
    }

    /**
     * Gives each incoming document with a reply notation the date of its reply: the earliest
     * outgoing document with that notation (spaces, case and Unicode form ignored) issued on or
     * after the arrival date. A reply that is not among {@code outgoing} keeps a null date.
     */
    public static void dateReplies(List<RegisterEntry> incoming, List<RegisterEntry> outgoing) {
        Map<String, List<LocalDate>> issued = new HashMap<>();
        for (RegisterEntry out : outgoing) {
            if (out.codeNotation() != null && out.issuedDate() != null) {
                issued.computeIfAbsent(key(out.codeNotation()), k -> new ArrayList<>()).add(out.issuedDate());
            }
        }
        for (RegisterEntry in : incoming) {
            if (in.replyNotation() == null) {
                continue;
            }
            in.replyDate(issued.getOrDefault(key(in.replyNotation()), List.of()).stream()
                    .filter(d -> in.arrivalDate() == null || !d.isBefore(in.arrivalDate()))
                    .min(Comparator.naturalOrder()).orElse(null));
        }
    }

    static String key(String notation) {
        return Normalizer.normalize(notation, Normalizer.Form.NFC).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** Sets the progress of every entry in the register language. */
    public void fill(List<RegisterEntry> entries, RegisterLanguage language) {
        entries.forEach(e -> e.progress(text(e, language)));
    }

    /** The progress cell of one document, or null when nothing is known. */
    public String text(RegisterEntry e, RegisterLanguage language) {
        String vi;
        String en;
        if (e.replyNotation() != null) {
            LocalDate resolved = e.replyDate();
            long late = resolved == null || e.dueDate() == null ? 0 : ChronoUnit.DAYS.between(e.dueDate(), resolved);
            vi = "Đã giải quyết" + (resolved == null ? "" : " " + VN.format(resolved)) + (late > 0 ? ", trễ hạn " + late + " ngày" : "");
            en = "Resolved" + (resolved == null ? "" : " " + VN.format(resolved)) + (late > 0 ? ", " + days(late) + " late" : "");
        } else if (e.dueDate() == null) {
            return null;
        } else if (today.isAfter(e.dueDate())) {
            long overdue = ChronoUnit.DAYS.between(e.dueDate(), today);
            vi = "Quá hạn " + overdue + " ngày";
            en = days(overdue) + " overdue";
        } else {
            vi = "Trong hạn (hạn " + VN.format(e.dueDate()) + ")";
            en = "Within deadline (due " + VN.format(e.dueDate()) + ")";
        }
        return language.text(vi, en);
    }

    private static String days(long n) {
        return n + (n == 1 ? " day" : " days");
    }
}
