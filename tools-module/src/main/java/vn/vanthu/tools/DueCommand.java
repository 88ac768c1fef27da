package vn.vanthu.tools;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.vanthu.calendar.WorkingCalendar;
import vn.vanthu.dossier.AppointmentCalculator;
import vn.vanthu.dossier.DossierConfigurationException;
import vn.vanthu.dossier.Procedure;

/**
 * {@code due --received DATE_TIME --procedure CODE}: prints the appointment as ISO-8601 with the
 * Vietnam offset. A received time without offset is Vietnam time.
 */
public final class DueCommand implements Main.Command {

    @Override
    public String usage() {
        return "--received yyyy-MM-ddTHH:mm[+07:00] --procedure CODE [--catalogue FILE] " + CalendarOptions.COMMON_USAGE
                + "  (appointment date-time / ngày giờ hẹn trả kết quả)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        CalendarOptions options = new CalendarOptions(args, CalendarOptions.names("received", "procedure", "catalogue"));
        Instant received = parseReceived(options.required("received"));
        String code = options.required("procedure");
        WorkingCalendar calendar = options.calendar();
        Procedure procedure;
        try {
            procedure = options.catalogue().require(code, WorkingCalendar.local(received).toLocalDate());
        } catch (DossierConfigurationException e) {
            err.println(e.getMessage());
            return Main.EXIT_FAILED;
        }
        Instant due = new AppointmentCalculator(calendar).appointment(procedure, received, List.of());
        out.println(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(due, WorkingCalendar.ZONE)));
        if (calendar.isProvisional(WorkingCalendar.local(due).toLocalDate())) {
            err.println("Note: provisional holidays used / Lưu ý: dùng ngày nghỉ tạm tính");
        }
        return Main.EXIT_OK;
    }

    private static Instant parseReceived(String text) throws Main.UsageException {
        try {
            return WorkingCalendar.instant(LocalDateTime.parse(text));
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e2) {
                throw new Main.UsageException("--received must be yyyy-MM-ddTHH:mm, optionally with an offset"
                        + " / --received phải có dạng yyyy-MM-ddTHH:mm (có thể kèm múi giờ): " + text);
            }
        }
    }
}
