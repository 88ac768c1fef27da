package vn.vanthu.numbering;

/** A number chosen by hand that the series already holds in that year. Message in English and Vietnamese. */
public final class NumberAlreadyUsedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final SeriesKey key;
    private final int number;

    public NumberAlreadyUsedException(SeriesKey key, int number, String displayed) {
        super(String.format("Number %s is already used in register %s of %d; choose another number or leave it empty"
                + " / Số %s đã được dùng trong sổ %s năm %d; hãy chọn số khác hoặc để trống để hệ thống cấp số",
                displayed, key.series(), key.year(), displayed, key.series(), key.year()));
        this.key = key;
        this.number = number;
    }

    public SeriesKey key() {
        return key;
    }

    public int number() {
        return number;
    }
}
