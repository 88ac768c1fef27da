package vn.vanthu.calendar;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * Office hours of a working day: a morning and an afternoon session. The default, 07:30–11:30 and
 * 13:00–17:00, is the usual commune schedule; provinces set their own, so it is configuration.
 */
public record WorkingHours(LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart, LocalTime afternoonEnd) {

    public static final WorkingHours DEFAULT = new WorkingHours(
            LocalTime.of(7, 30), LocalTime.of(11, 30), LocalTime.of(13, 0), LocalTime.of(17, 0));

    public WorkingHours {
        Objects.requireNonNull(morningStart);
        Objects.requireNonNull(morningEnd);
        Objects.requireNonNull(afternoonStart);
        Objects.requireNonNull(afternoonEnd);
        if (!(morningStart.isBefore(morningEnd) && !morningEnd.isAfter(afternoonStart) && afternoonStart.isBefore(afternoonEnd))) {
            throw new IllegalArgumentException("Office hours must be ordered morning start < end <= afternoon start < end"
                    + " / Giờ làm việc phải theo thứ tự sáng bắt đầu < kết thúc <= chiều bắt đầu < kết thúc: "
                    + morningStart + "-" + morningEnd + ", " + afternoonStart + "-" + afternoonEnd);
        }
    }

    /** Parses "07:30-11:30" and "13:00-17:00". */
    public static WorkingHours parse(String morning, String afternoon) {
        LocalTime[] m = range(morning);
        LocalTime[] a = range(afternoon);
        return new WorkingHours(m[0], m[1], a[0], a[1]);
    }

    private static LocalTime[] range(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("-");
        try {
            if (parts.length == 2) {
                return new LocalTime[] {LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip())};
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new IllegalArgumentException("Office hours must look like 07:30-11:30 / Giờ làm việc phải có dạng 07:30-11:30: " + text);
    }

    /** Minutes worked in one working day. */
    public long minutesPerDay() {
        return java.time.Duration.between(morningStart, morningEnd).toMinutes()
                + java.time.Duration.between(afternoonStart, afternoonEnd).toMinutes();
    }
}
