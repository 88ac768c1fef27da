package vn.vanthu.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.vanthu.calendar.WorkingCalendar;

/** Admissibility, tracking codes and due dates on the real 2023 calendar. */
class FeedbackRulesTest {

    @Test
    void aSubmissionNeedsNameAddressAndAPhoneOrEmail() {
        assertEquals(List.of(), Admissibility.check("Nguyễn Văn An", "Thôn 3, xã Phú Hồ", "0905123456", "", "Thủ tục chậm"));
        assertEquals(List.of(), Admissibility.check("Nguyễn Văn An", "Thôn 3, xã Phú Hồ", "", "an@example.vn", "Thủ tục chậm"));
        assertEquals(List.of(Admissibility.NO_CONTACT), Admissibility.check("Nguyễn Văn An", "Thôn 3", " ", null, "x"));
        assertEquals(List.of(Admissibility.NO_NAME, Admissibility.NO_ADDRESS, Admissibility.NO_CONTACT, Admissibility.NO_CONTENT),
                Admissibility.check("", null, null, "", " "));
        assertEquals("Thiếu địa chỉ liên hệ / The address is missing",
                Admissibility.describe(Admissibility.check("A", "", "1", "", "x")));
    }

    @Test
    void trackingCodesRoundTrip() {
        FeedbackCode code = new FeedbackCode(LocalDate.of(2023, 1, 19), 7);
        assertEquals("PAKN-230119-0007", code.format());
        assertEquals(code, FeedbackCode.parse("PAKN-230119-0007"));
        assertThrows(IllegalArgumentException.class, () -> FeedbackCode.parse("PAKN-231319-0001"));
        assertThrows(IllegalArgumentException.class, () -> new FeedbackCode(LocalDate.of(2023, 1, 19), 10000));
    }

    @Test
    void theDueDateSkipsTetAndTheWeekends() {
        FeedbackDeadline tenDays = new FeedbackDeadline(WorkingCalendar.defaults(), 10);
        // Received Wed 18/01/2023 10:00: 19/01 is day 1; 20, 23-26/01 are Tết; 27/01 day 2 ... 08/02 day 10, 17:00.
        assertEquals(Instant.parse("2023-02-08T10:00:00Z"), tenDays.dueAt(Instant.parse("2023-01-18T03:00:00Z")));
        // Received Fri 28/04/2023 18:00: counts from Thu 04/05 (29/04-03/05 off); day 10 is Thu 18/05, 17:00.
        assertEquals(Instant.parse("2023-05-18T10:00:00Z"), tenDays.dueAt(Instant.parse("2023-04-28T11:00:00Z")));
        assertThrows(IllegalArgumentException.class, () -> new FeedbackDeadline(WorkingCalendar.defaults(), 0));
    }

    @Test
    void statusesAndChannelsParseTheStoredValues() {
        assertEquals(FeedbackStatus.NOT_ADMISSIBLE, FeedbackStatus.parse("NOT_ADMISSIBLE"));
        assertEquals(null, FeedbackStatus.parse("maybe"));
        assertEquals(FeedbackChannel.EMAIL, FeedbackChannel.parse("EMAIL"));
        assertEquals(FeedbackChannel.PORTAL, FeedbackChannel.parse(null));
    }
}
