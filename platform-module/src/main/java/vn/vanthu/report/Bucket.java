package vn.vanthu.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One counter of the statistics: a series, a day (epoch day) and a key within the series.
 *
 * @param series the family of counters
 * @param day    the day, as {@link LocalDate#toEpochDay()}
 * @param key    the key within the series and day
 */
public record Bucket(Series series, int day, String key) {

    public Bucket {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(key, "key");
    }

    public static Bucket of(Series series, LocalDate day, String key) {
        return new Bucket(series, Math.toIntExact(day.toEpochDay()), key);
    }

    public LocalDate date() {
        return LocalDate.ofEpochDay(day);
    }
}
