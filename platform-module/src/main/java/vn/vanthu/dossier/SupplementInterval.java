package vn.vanthu.dossier;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import vn.vanthu.calendar.WorkingCalendar;

/**
 * A period during which the dossier waited for the citizen to supplement it (status 5): it does not
 * count towards the legal processing time.
 *
 * @param from when the supplement was requested
 * @param to   when the citizen came back (the dossier left status 5), or null while still waiting
 */
public record SupplementInterval(Instant from, Instant to) {

    public SupplementInterval {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("Supplement interval ends before it starts / Khoảng bổ sung kết thúc trước khi bắt đầu: "
                    + from + "/" + to);
        }
    }

    public boolean open() {
        return to == null;
    }

    public SupplementInterval closedAt(Instant end) {
        return new SupplementInterval(from, end);
    }

    /** ISO-8601 interval text with Vietnam offsets, "from/to" or "from/" while open. */
    public String format() {
        return OffsetDateTime.ofInstant(from, WorkingCalendar.ZONE) + "/"
                + (to == null ? "" : OffsetDateTime.ofInstant(to, WorkingCalendar.ZONE).toString());
    }

    /** Parses {@link #format()}'s text. */
    public static SupplementInterval parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("/", -1);
        try {
            if (parts.length == 2 && !parts[0].isEmpty()) {
                return new SupplementInterval(OffsetDateTime.parse(parts[0]).toInstant(),
                        parts[1].isEmpty() ? null : OffsetDateTime.parse(parts[1]).toInstant());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new IllegalArgumentException("Supplement interval must be 'start/end' in ISO-8601 / Khoảng bổ sung phải có dạng 'bắt đầu/kết thúc' ISO-8601: " + text);
    }
}
