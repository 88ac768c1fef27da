package vn.vanthu.calendar;

/**
 * A date of the Vietnamese lunisolar calendar (âm lịch).
 *
 * @param day   1..30
 * @param month 1..12
 * @param year  the lunar year (the Gregorian year in which its month 1 begins)
 * @param leap  true for the intercalary month (tháng nhuận) that repeats {@code month}
 */
public record LunarDate(int day, int month, int year, boolean leap) {

    public LunarDate {
        if (day < 1 || day > 30 || month < 1 || month > 12) {
            throw new IllegalArgumentException("Invalid lunar date / Ngày âm lịch không hợp lệ: "
                    + day + "/" + month + "/" + year + (leap ? " (leap)" : ""));
        }
    }
}
