package vn.vanthu.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Official calendar data by year, read from the administrator's CSV format.
 *
 * <pre>
 * # comment
 * date,kind,description
 * 2023-01-02,OFF,Nghỉ bù Tết Dương lịch / New Year's Day in lieu
 * 2023-05-06,WORK,Làm bù cho ngày 02/05 / working Saturday
 * </pre>
 * One line per day: ISO date, {@code OFF} (a weekday that is not worked) or {@code WORK} (a
 * Saturday or Sunday that is worked), and an optional description. A header line starting with
 * {@code date} is allowed. A year that has at least one line is an <em>official</em> year: only its
 * listed days differ from Monday–Friday. Years that have no line at all fall back to the
 * {@linkplain ProvisionalHolidays provisional rules}.
 *
 * <p>Several sources can be merged ({@link #overriddenBy}): the administrator's data for a year
 * replaces the shipped data for that year as a whole, so that a corrected year is never mixed
 * with the old one.
 */
public final class CalendarData {

    /** Shipped defaults on the class path. */
    public static final String DEFAULT_RESOURCE = "/vn/vanthu/calendar/official-days.csv";

    private final Map<Integer, List<CalendarEntry>> years;

    private CalendarData(Map<Integer, List<CalendarEntry>> years) {
        this.years = Collections.unmodifiableMap(years);
    }

    /** No official year at all: every year is provisional. */
    public static CalendarData empty() {
        return new CalendarData(new TreeMap<>());
    }

    /** The data shipped with Vanthu. */
    public static CalendarData defaults() {
        try (InputStream in = CalendarData.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new CalendarDataException("Missing resource / Thiếu tệp: " + DEFAULT_RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one CSV file. */
    public static CalendarData read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        } catch (IOException e) {
            throw new CalendarDataException("Cannot read calendar file / Không đọc được tệp lịch: " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a file, or every {@code *.csv} file of a directory (in name order; a year may appear
     * in one file only).
     */
    public static CalendarData readPath(Path path) {
        if (!Files.isDirectory(path)) {
            return read(path);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(path)) {
            files = list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new CalendarDataException("Cannot list calendar directory / Không đọc được thư mục lịch: " + path, e);
        }
        Map<Integer, List<CalendarEntry>> merged = new TreeMap<>();
        Map<Integer, Path> origin = new HashMap<>();
        for (Path file : files) {
            for (Map.Entry<Integer, List<CalendarEntry>> year : read(file).years.entrySet()) {
                Path previous = origin.putIfAbsent(year.getKey(), file);
                if (previous != null) {
                    throw new CalendarDataException("Year " + year.getKey() + " is in two files / Năm "
                            + year.getKey() + " có trong hai tệp: " + previous + ", " + file);
                }
                merged.put(year.getKey(), year.getValue());
            }
        }
        return new CalendarData(merged);
    }

    /** Parses CSV text; {@code source} names it in error messages. */
    public static CalendarData parse(Reader reader, String source) throws IOException {
        Map<Integer, Map<LocalDate, CalendarEntry>> byYear = new TreeMap<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String text = line.strip();
            if (number == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isEmpty() || text.startsWith("#") || text.toLowerCase(Locale.ROOT).startsWith("date,")) {
                continue;
            }
            CalendarEntry entry = parseLine(text, source, number);
            Map<LocalDate, CalendarEntry> year = byYear.computeIfAbsent(entry.date().getYear(), y -> new TreeMap<>());
            if (year.putIfAbsent(entry.date(), entry) != null) {
                throw error(source, number, "date listed twice / ngày bị lặp: " + entry.date());
            }
        }
        Map<Integer, List<CalendarEntry>> years = new TreeMap<>();
        byYear.forEach((year, entries) -> years.put(year, List.copyOf(entries.values())));
        return new CalendarData(years);
    }

    private static CalendarEntry parseLine(String text, String source, int number) {
        String[] fields = text.split(",", 3);
        if (fields.length < 2) {
            throw error(source, number, "expected date,kind[,description] / cần ngày,loại[,mô tả]: " + text);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(fields[0].strip());
        } catch (DateTimeParseException e) {
            throw error(source, number, "date must be yyyy-MM-dd / ngày phải theo dạng yyyy-MM-dd: " + fields[0].strip());
        }
        CalendarEntry.Kind kind;
        try {
            kind = CalendarEntry.Kind.valueOf(fields[1].strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw error(source, number, "kind must be OFF or WORK / loại phải là OFF hoặc WORK: " + fields[1].strip());
        }
        return new CalendarEntry(date, kind, fields.length > 2 ? fields[2] : "");
    }

    private static CalendarDataException error(String source, int line, String problem) {
        return new CalendarDataException(source + " line/dòng " + line + ": " + problem);
    }

    /** This data with every year present in {@code other} replaced by other's version. */
    public CalendarData overriddenBy(CalendarData other) {
        Map<Integer, List<CalendarEntry>> merged = new TreeMap<>(years);
        merged.putAll(other.years);
        return new CalendarData(merged);
    }

    /** Whether a year has official data. */
    public boolean hasYear(int year) {
        return years.containsKey(year);
    }

    /** The official entries of a year, in date order; empty if the year has none. */
    public List<CalendarEntry> entries(int year) {
        return years.getOrDefault(year, List.of());
    }

    /** The years that have official data, ascending. */
    public List<Integer> years() {
        return new ArrayList<>(years.keySet());
    }
}
