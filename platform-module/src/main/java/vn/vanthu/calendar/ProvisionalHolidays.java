package vn.vanthu.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Public holidays of a year for which the government's announcement has not been entered yet,
 * derived from the fixed-date rules of the Labour Code 2019 (art. 112). They are PROVISIONAL:
 * the government fixes the exact days each year (which day of the 02/09 pair, which side of Tết,
 * swapped Saturdays), so an administrator should enter the official days as soon as they are
 * published.
 *
 * <p>Rules: 01/01; Tết five days (the last day of the lunar year and mùng 1 to 4); Hùng Kings'
 * day 10/3 lunar; 30/4; 01/05; 02/09 and one adjacent day (03/09 when 02/09 is a Monday,
 * Wednesday or Thursday, so that the pair touches a weekend or stays within the week; 01/09
 * otherwise). A holiday on a Saturday or Sunday gives a day in lieu on the next day that is
 * neither a weekend day nor another holiday. Lunar dates are Vietnamese (UTC+7).
 */
public final class ProvisionalHolidays {

    private final LunarCalendar lunar;

    public ProvisionalHolidays(LunarCalendar lunar) {
        this.lunar = lunar;
    }

    /** The days off of {@code year} by the rules, in date order (weekend holidays included, marked as such). */
    public List<CalendarEntry> forYear(int year) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        holidays.put(LocalDate.of(year, 1, 1), "Tết Dương lịch / New Year's Day");
        LocalDate tet = lunar.newYear(year);
        holidays.put(tet.minusDays(1), "Tết Nguyên Đán (cuối năm âm lịch) / Lunar New Year's Eve");
        for (int i = 0; i < 4; i++) {
            holidays.put(tet.plusDays(i), "Tết Nguyên Đán mùng " + (i + 1) + " / Lunar New Year day " + (i + 1));
        }
        holidays.put(lunar.toSolar(new LunarDate(10, 3, year, false)).orElseThrow(),
                "Giỗ Tổ Hùng Vương (10/3 âm lịch) / Hung Kings' Commemoration");
        holidays.put(LocalDate.of(year, 4, 30), "Ngày Chiến thắng / Reunification Day");
        holidays.put(LocalDate.of(year, 5, 1), "Quốc tế Lao động / International Labour Day");
        LocalDate national = LocalDate.of(year, 9, 2);
        holidays.put(national, "Quốc khánh / National Day");
        DayOfWeek dow = national.getDayOfWeek();
        boolean after = dow == DayOfWeek.MONDAY || dow == DayOfWeek.WEDNESDAY || dow == DayOfWeek.THURSDAY;
        holidays.put(after ? national.plusDays(1) : national.minusDays(1), "Quốc khánh (ngày liền kề) / National Day, adjacent day");

        List<CalendarEntry> entries = new ArrayList<>();
        List<LocalDate> taken = new ArrayList<>(holidays.keySet());
        holidays.forEach((date, name) -> {
            entries.add(new CalendarEntry(date, CalendarEntry.Kind.OFF, "PROVISIONAL " + name));
            if (isWeekend(date)) {
                LocalDate inLieu = date.plusDays(1);
                while (isWeekend(inLieu) || taken.contains(inLieu)) {
                    inLieu = inLieu.plusDays(1);
                }
                taken.add(inLieu);
                entries.add(new CalendarEntry(inLieu, CalendarEntry.Kind.OFF, "PROVISIONAL nghỉ bù / in lieu of " + date));
            }
        });
        entries.sort((a, b) -> a.date().compareTo(b.date()));
        return List.copyOf(entries);
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
