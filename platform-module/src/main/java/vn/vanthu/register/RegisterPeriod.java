package vn.vanthu.register;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/** The dates a register covers, both included: a calendar year or any range. */
public record RegisterPeriod(LocalDate from, LocalDate to) {

    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public RegisterPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts: " + from + " to " + to
                    + " / Ngày kết thúc trước ngày bắt đầu: " + VN.format(from) + " - " + VN.format(to));
        }
    }

    public static RegisterPeriod ofYear(int year) {
        return new RegisterPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }

    private boolean isYear() {
        return from.getYear() == to.getYear() && from.getDayOfYear() == 1 && to.equals(LocalDate.of(to.getYear(), 12, 31));
    }

    public String labelVi() {
        return isYear() ? "Năm " + from.getYear() : "Từ ngày " + VN.format(from) + " đến ngày " + VN.format(to);
    }

    public String labelEn() {
        return isYear() ? "Year " + from.getYear() : "From " + VN.format(from) + " to " + VN.format(to);
    }
}
