package vn.vanthu.repo.registers;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

/** Conversions between repository property values and the plain-Java domain. */
public final class Props {

    private Props() {
    }

    public static String text(Serializable value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    /** As {@link #text}, with "" instead of null (for values shown or compared as they are). */
    public static String textOrEmpty(Serializable value) {
        String text = text(value);
        return text == null ? "" : text;
    }

    public static Integer integer(Serializable value) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        String text = text(value);
        return text != null && text.matches("\\d{1,9}") ? Integer.valueOf(text) : null;
    }

    /** A date or datetime property as the calendar date it falls on in the zone. */
    public static LocalDate localDate(Serializable value, ZoneId zone) {
        return value instanceof Date date ? date.toInstant().atZone(zone).toLocalDate() : null;
    }

    public static Instant instant(Serializable value) {
        return value instanceof Date date ? date.toInstant() : null;
    }

    /** A calendar date as a d:date value: its midnight in the zone. */
    public static Date date(LocalDate date, ZoneId zone) {
        return Date.from(date.atStartOfDay(zone).toInstant());
    }

    public static List<String> texts(Serializable value) {
        if (value instanceof List<?> list) {
            return list.stream().filter(v -> v != null && !v.toString().isBlank()).map(Object::toString).toList();
        }
        String text = text(value);
        return text == null ? List.of() : List.of(text);
    }
}
