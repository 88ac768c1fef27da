package vn.vanthu.calendar;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The Vietnamese lunisolar calendar, computed astronomically for a given meridian.
 *
 * <p>A lunar month starts on the local civil day of the new moon; month 11 is the month that
 * contains the winter solstice; a year with 13 months repeats the first month that contains no
 * major solar term. This is the method published by Hồ Ngọc Đức (new moons and solar longitude
 * after Jean Meeus, "Astronomical Algorithms"), re-implemented here.
 *
 * <p>Vietnam reckons its calendar at UTC+7 ({@link #VIETNAM}); China at UTC+8. The one-hour
 * difference moves a new moon that falls between 23:00 and 24:00 Vietnam time onto a different
 * civil day, which is why Tết 1985, 2007 and 2030 differ between the two countries. Vietnamese
 * holidays must therefore never be taken from a Chinese calendar library.
 */
public final class LunarCalendar {

    /** Time zone of the Vietnamese calendar, in hours east of Greenwich. */
    public static final double VIETNAM = 7.0;

    /** Julian day number of 1970-01-01. */
    private static final long EPOCH_JDN = 2440588L;
    /** Julian day of the new moon of 1900-01-01, the origin of new-moon numbering. */
    private static final double NEW_MOON_ORIGIN = 2415021.076998695;
    private static final double SYNODIC_MONTH = 29.530588853;
    private static final double RAD = Math.PI / 180.0;

    private final double timeZone;

    private LunarCalendar(double timeZone) {
        this.timeZone = timeZone;
    }

    /** The Vietnamese calendar (UTC+7). */
    public static LunarCalendar vietnamese() {
        return new LunarCalendar(VIETNAM);
    }

    /** The calendar reckoned on another meridian (UTC+8 gives the Chinese calendar); for comparison only. */
    public static LunarCalendar atUtcOffset(double hours) {
        return new LunarCalendar(hours);
    }

    /** The first day of lunar year {@code year} (Tết Nguyên Đán, mùng 1 tháng Giêng). */
    public LocalDate newYear(int year) {
        return toSolar(new LunarDate(1, 1, year, false)).orElseThrow();
    }

    /** The Gregorian date of a lunar date; empty when the leap month asked for does not exist that year. */
    public Optional<LocalDate> toSolar(LunarDate date) {
        long a11;
        long b11;
        if (date.month() < 11) {
            a11 = month11Start(date.year() - 1);
            b11 = month11Start(date.year());
        } else {
            a11 = month11Start(date.year());
            b11 = month11Start(date.year() + 1);
        }
        long k = (long) Math.floor(0.5 + (a11 - NEW_MOON_ORIGIN) / SYNODIC_MONTH);
        int offset = date.month() - 11;
        if (offset < 0) {
            offset += 12;
        }
        if (b11 - a11 > 365) {
            int leapOffset = leapMonthOffset(a11);
            int leapMonth = leapOffset - 2;
            if (leapMonth < 0) {
                leapMonth += 12;
            }
            if (date.leap() && date.month() != leapMonth) {
                return Optional.empty();
            }
            if (date.leap() || offset >= leapOffset) {
                offset += 1;
            }
        } else if (date.leap()) {
            return Optional.empty();
        }
        long monthStart = newMoonDay(k + offset);
        return Optional.of(fromJdn(monthStart + date.day() - 1));
    }

    /** The lunar date of a Gregorian date. */
    public LunarDate toLunar(LocalDate solar) {
        long dayNumber = toJdn(solar);
        long k = (long) Math.floor((dayNumber - NEW_MOON_ORIGIN) / SYNODIC_MONTH);
        long monthStart = newMoonDay(k + 1);
        if (monthStart > dayNumber) {
            monthStart = newMoonDay(k);
        }
        long a11 = month11Start(solar.getYear());
        long b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = solar.getYear();
            a11 = month11Start(solar.getYear() - 1);
        } else {
            lunarYear = solar.getYear() + 1;
            b11 = month11Start(solar.getYear() + 1);
        }
        int day = (int) (dayNumber - monthStart + 1);
        int diff = (int) Math.floor((monthStart - a11) / 29.0);
        boolean leap = false;
        int month = diff + 11;
        if (b11 - a11 > 365) {
            int leapDiff = leapMonthOffset(a11);
            if (diff >= leapDiff) {
                month = diff + 10;
                leap = diff == leapDiff;
            }
        }
        if (month > 12) {
            month -= 12;
        }
        if (month >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(day, month, lunarYear, leap);
    }

    static long toJdn(LocalDate date) {
        return date.toEpochDay() + EPOCH_JDN;
    }

    static LocalDate fromJdn(long jdn) {
        return LocalDate.ofEpochDay(jdn - EPOCH_JDN);
    }

    /** Julian day (fractional, UT) of the k-th new moon after 1900-01-01. */
    private static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RAD);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mPrime = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double correction = (0.1734 - 0.000393 * t) * Math.sin(m * RAD) + 0.0021 * Math.sin(2 * RAD * m)
                - 0.4068 * Math.sin(mPrime * RAD) + 0.0161 * Math.sin(RAD * 2 * mPrime)
                - 0.0004 * Math.sin(RAD * 3 * mPrime)
                + 0.0104 * Math.sin(RAD * 2 * f) - 0.0051 * Math.sin(RAD * (m + mPrime))
                - 0.0074 * Math.sin(RAD * (m - mPrime)) + 0.0004 * Math.sin(RAD * (2 * f + m))
                - 0.0004 * Math.sin(RAD * (2 * f - m)) - 0.0006 * Math.sin(RAD * (2 * f + mPrime))
                + 0.0010 * Math.sin(RAD * (2 * f - mPrime)) + 0.0005 * Math.sin(RAD * (2 * mPrime + m));
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd + correction - deltaT;
    }

    /** Local civil day (Julian day number) of the k-th new moon. */
    private long newMoonDay(long k) {
        return (long) Math.floor(newMoon(k) + 0.5 + timeZone / 24.0);
    }

    /** Sun's apparent longitude in radians, 0..2π, at Julian day {@code jd} (UT). */
    private static double sunLongitude(double jd) {
        double t = (jd - 2451545.0) / 36525;
        double t2 = t * t;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(RAD * m)
                + (0.019993 - 0.000101 * t) * Math.sin(RAD * 2 * m) + 0.000290 * Math.sin(RAD * 3 * m);
        double l = (l0 + dl) * RAD;
        return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
    }

    /** The major solar term (0..11, in 30° steps) in force at the start of local day {@code jdn}. */
    private int solarTerm(long jdn) {
        return (int) Math.floor(sunLongitude(jdn - 0.5 - timeZone / 24.0) / Math.PI * 6);
    }

    /** First day of lunar month 11 (the month of the winter solstice) of Gregorian year {@code year}. */
    private long month11Start(int year) {
        long offset = toJdn(LocalDate.of(year, 12, 31)) - 2415021;
        long k = (long) Math.floor(offset / SYNODIC_MONTH);
        long newMoon = newMoonDay(k);
        if (solarTerm(newMoon) >= 9) {
            newMoon = newMoonDay(k - 1);
        }
        return newMoon;
    }

    /** Offset, in months after month 11 starting at {@code a11}, of the leap month of a 13-month year. */
    private int leapMonthOffset(long a11) {
        long k = (long) Math.floor((a11 - NEW_MOON_ORIGIN) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int term = solarTerm(newMoonDay(k + i));
        int last;
        do {
            last = term;
            i++;
            term = solarTerm(newMoonDay(k + i));
        } while (term != last && i < 14);
        return i - 1;
    }
}
