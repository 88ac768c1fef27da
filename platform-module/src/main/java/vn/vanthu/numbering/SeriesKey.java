package vn.vanthu.numbering;

import java.util.Objects;

/**
 * One register's numbers in one year: numbers restart at 1 on 01/01.
 *
 * @param series the series id ("incoming", "outgoing", "outgoing-QUYET_DINH", "copies")
 * @param year   the calendar year in Asia/Ho_Chi_Minh
 */
public record SeriesKey(String series, int year) {

    public SeriesKey {
        Objects.requireNonNull(series, "series");
        if (!series.matches("[a-z]+(-[A-Z_]+)?")) {
            throw new IllegalArgumentException("Bad series id / Mã sổ không hợp lệ: " + series);
        }
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("Bad year / Năm không hợp lệ: " + year);
        }
    }

    @Override
    public String toString() {
        return series + "/" + year;
    }
}
