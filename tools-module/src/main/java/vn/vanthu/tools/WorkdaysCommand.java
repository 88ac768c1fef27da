package vn.vanthu.tools;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.stream.IntStream;
import vn.vanthu.calendar.WorkingCalendar;

/** {@code workdays --from DATE --to DATE}: prints the number of working days, both days included. */
public final class WorkdaysCommand implements Main.Command {

    @Override
    public String usage() {
        return "--from yyyy-MM-dd --to yyyy-MM-dd " + CalendarOptions.COMMON_USAGE
                + "  (working days, both included / số ngày làm việc, tính cả hai đầu)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        CalendarOptions options = new CalendarOptions(args, CalendarOptions.names("from", "to"));
        LocalDate from = options.date("from");
        LocalDate to = options.date("to");
        if (to.isBefore(from)) {
            throw new Main.UsageException("--to is before --from / --to trước --from: " + from + " > " + to);
        }
        WorkingCalendar calendar = options.calendar();
        out.println(calendar.countWorkingDays(from, to));
        IntStream.rangeClosed(from.getYear(), to.getYear())
                .filter(year -> calendar.isProvisional(LocalDate.of(year, 1, 1)))
                .forEach(year -> err.println("Note: " + year + " has no official days off; provisional rules used"
                        + " / Lưu ý: năm " + year + " chưa có lịch nghỉ chính thức, dùng quy tắc tạm tính"));
        return Main.EXIT_OK;
    }
}
