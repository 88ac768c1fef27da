package vn.vanthu.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages as the reports show them: one decimal, half up; null when there is no base. */
public final class Shares {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Shares() {
    }

    /** {@code part} as a percentage of {@code whole} with one decimal, or null when whole is 0. */
    public static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
