package vn.vanthu.edxml;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times as edXML writes them. Dates: {@code yyyy/MM/dd} (what the national exchange axis
 * and its SDKs write) or ISO {@code yyyy-MM-dd}; times: {@code yyyy/MM/dd HH:mm:ss}, or ISO with
 * or without offset (converted to the local time of Vietnam).
 */
public final class EdxmlFormats {

    /** Vietnam's time zone (UTC+7, no daylight saving). */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter DATE_OUT = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    private static final DateTimeFormatter TIME_OUT = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss");
    private static final Pattern DATE = Pattern.compile("(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})");
    private static final Pattern TIME = Pattern.compile(
            "(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})[ T](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?");

    private EdxmlFormats() {
    }

    /** "2023/01/06". */
    public static String formatDate(LocalDate d) {
        return d == null ? null : DATE_OUT.format(d);
    }

    /** "2023/01/06 08:30:00". */
    public static String formatTime(LocalDateTime t) {
        return t == null ? null : TIME_OUT.format(t);
    }

    /**
     * Reads a date; a time part after the date is ignored.
     *
     * @throws DateTimeException when the text is not a date or the date does not exist (2023/02/30)
     */
    public static LocalDate parseDate(String s) {
        String t = s.strip();
        Matcher m = DATE.matcher(t);
        if (!m.lookingAt() || (m.end() < t.length() && !Character.isWhitespace(t.charAt(m.end())) && t.charAt(m.end()) != 'T')) {
            throw new DateTimeException("not a date: " + s);
        }
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /**
     * Reads a time stamp; with an offset it is converted to the local time of Vietnam. A bare date
     * is midnight.
     *
     * @throws DateTimeException when it is not a time or does not exist
     */
    public static LocalDateTime parseTime(String s) {
        String t = s.strip();
        Matcher m = TIME.matcher(t);
        if (!m.matches()) {
            return parseDate(t).atStartOfDay();
        }
        LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        if (m.group(7) == null) {
            return local;
        }
        String off = m.group(7);
        if (!off.equals("Z") && off.length() == 5) {
            off = off.substring(0, 3) + ":" + off.substring(3);
        }
        return OffsetDateTime.of(local, java.time.ZoneOffset.of(off)).atZoneSameInstant(VIETNAM).toLocalDateTime();
    }
}
