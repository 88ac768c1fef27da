package vn.vanthu.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.vanthu.calendar.CalendarData;
import vn.vanthu.calendar.WorkingCalendar;
import vn.vanthu.calendar.WorkingHours;
import vn.vanthu.dossier.ProcedureCatalogue;

/**
 * "--name value" options of the workdays and due commands, and the calendar and catalogue they
 * select: the shipped defaults, overridden by an administrator's file or directory when
 * {@code --calendar PATH} / {@code --catalogue FILE} are given.
 */
final class CalendarOptions {

    static final String COMMON_USAGE = "[--calendar FILE_OR_DIR] [--morning 07:30-11:30] [--afternoon 13:00-17:00]";

    private final Map<String, String> values = new HashMap<>();

    CalendarOptions(String[] args, Set<String> names) throws Main.UsageException {
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--") || !names.contains(name.substring(2))) {
                throw new Main.UsageException("Unknown option / Tùy chọn không hợp lệ: " + name);
            }
            if (i + 1 >= args.length) {
                throw new Main.UsageException("Missing value for / Thiếu giá trị cho " + name);
            }
            values.put(name.substring(2), args[++i]);
        }
    }

    static Set<String> names(String... own) {
        Set<String> all = new java.util.HashSet<>(List.of(own));
        all.addAll(List.of("calendar", "morning", "afternoon"));
        return all;
    }

    String required(String name) throws Main.UsageException {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new Main.UsageException("Missing option / Thiếu tùy chọn --" + name);
        }
        return value;
    }

    String optional(String name) {
        return values.get(name);
    }

    LocalDate date(String name) throws Main.UsageException {
        String text = required(name);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Main.UsageException("--" + name + " must be a date yyyy-MM-dd / phải là ngày dạng yyyy-MM-dd: " + text);
        }
    }

    Path existing(String name) throws Main.UsageException {
        String text = optional(name);
        if (text == null) {
            return null;
        }
        Path path = Path.of(text);
        if (!Files.exists(path)) {
            throw new Main.UsageException("--" + name + ": no such file or directory / không có tệp hoặc thư mục: " + text);
        }
        return path;
    }

    WorkingCalendar calendar() throws Main.UsageException {
        Path path = existing("calendar");
        CalendarData data = path == null ? CalendarData.defaults() : CalendarData.defaults().overriddenBy(CalendarData.readPath(path));
        WorkingHours hours;
        try {
            hours = WorkingHours.parse(values.getOrDefault("morning", "07:30-11:30"), values.getOrDefault("afternoon", "13:00-17:00"));
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(e.getMessage());
        }
        return new WorkingCalendar(data, hours);
    }

    ProcedureCatalogue catalogue() throws Main.UsageException {
        Path path = existing("catalogue");
        return path == null ? ProcedureCatalogue.defaults() : ProcedureCatalogue.defaults().overriddenBy(ProcedureCatalogue.read(path));
    }
}
