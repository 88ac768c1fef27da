package vn.vanthu.feedback;

import java.time.Instant;
import java.time.LocalDateTime;

import vn.vanthu.calendar.WorkingCalendar;
import vn.vanthu.dossier.AppointmentCalculator;
import vn.vanthu.dossier.LegalTimeUnit;
import vn.vanthu.dossier.Procedure;

/**
 * Due date of a feedback: the end of the N-th working day after the day of receipt
 * ({@code vanthu.feedback.handlingDays}), counted on the working calendar of the one-stop shop with
 * the dossiers' rules (the first day is not counted; a receipt outside office hours counts from the
 * next working day).
 */
public final class FeedbackDeadline {

    private final AppointmentCalculator calculator;
    private final Procedure rule;

    public FeedbackDeadline(WorkingCalendar calendar, int handlingDays) {
        if (handlingDays < 1 || handlingDays > 365) {
            throw new IllegalArgumentException("vanthu.feedback.handlingDays must be 1-365 / Thời hạn xử lý phản ánh phải từ 1 đến 365 ngày làm việc: "
                    + handlingDays);
        }
        this.calculator = new AppointmentCalculator(calendar);
        this.rule = new Procedure("PAKN", "Phản ánh, kiến nghị", "Feedback", "", "", handlingDays, LegalTimeUnit.WORKING_DAYS,
                false, null, null);
    }

    public Instant dueAt(Instant received) {
        LocalDateTime due = calculator.appointment(rule, WorkingCalendar.local(received));
        return WorkingCalendar.instant(due);
    }
}
