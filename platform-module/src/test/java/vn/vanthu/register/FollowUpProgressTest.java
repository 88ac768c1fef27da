package vn.vanthu.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class FollowUpProgressTest {

    private static final LocalDate MAR_28 = LocalDate.of(2023, 3, 28);
    private final FollowUpProgress progress = new FollowUpProgress(MAR_28);

    private static RegisterEntry arrived(int day, String due) {
        return new RegisterEntry().arrivalDate(LocalDate.of(2023, 3, day)).dueDate(due == null ? null : LocalDate.parse(due));
    }

    @Test
    void aDocumentWithoutReplyIsWithinItsDeadlineUpToTheDeadlineDay() {
        RegisterEntry due25April = arrived(10, "2023-04-25");
        assertEquals("Trong hạn (hạn 25/04/2023)", progress.text(due25April, RegisterLanguage.VI));
        assertEquals("Within deadline (due 25/04/2023)", progress.text(due25April, RegisterLanguage.EN));
        assertEquals("Trong hạn (hạn 28/03/2023)", progress.text(arrived(10, "2023-03-28"), RegisterLanguage.VI),
                "the deadline day itself is still within");
    }

    @Test
    void aDocumentWithoutReplyPastItsDeadlineIsOverdueByCalendarDays() {
        assertEquals("Quá hạn 3 ngày", progress.text(arrived(10, "2023-03-25"), RegisterLanguage.VI));
        assertEquals("3 days overdue", progress.text(arrived(10, "2023-03-25"), RegisterLanguage.EN));
        assertEquals("1 day overdue", progress.text(arrived(10, "2023-03-27"), RegisterLanguage.EN));
        assertEquals("Quá hạn 37 ngày / 37 days overdue",
                progress.text(arrived(1, "2023-02-19"), RegisterLanguage.VI_EN), "across a month end");
    }

    @Test
    void aRepliedDocumentIsResolvedOnTheReplyDateAndLateOnlyAfterTheDeadline() {
        RegisterEntry onTime = arrived(10, "2023-03-25").replyNotation("15/UBND-VP").replyDate(LocalDate.of(2023, 3, 20));
        assertEquals("Đã giải quyết 20/03/2023", progress.text(onTime, RegisterLanguage.VI));
        assertEquals("Resolved 20/03/2023", progress.text(onTime, RegisterLanguage.EN));
        RegisterEntry onTheDay = arrived(10, "2023-03-25").replyNotation("15/UBND-VP").replyDate(LocalDate.of(2023, 3, 25));
        assertEquals("Resolved 25/03/2023", progress.text(onTheDay, RegisterLanguage.EN));
        RegisterEntry late = arrived(10, "2023-03-25").replyNotation("16/UBND-VP").replyDate(LocalDate.of(2023, 3, 27));
        assertEquals("Đã giải quyết 27/03/2023, trễ hạn 2 ngày / Resolved 27/03/2023, 2 days late",
                progress.text(late, RegisterLanguage.VI_EN));
        RegisterEntry noDeadline = arrived(10, null).replyNotation("17/UBND-VP").replyDate(LocalDate.of(2023, 4, 3));
        assertEquals("Đã giải quyết 03/04/2023", progress.text(noDeadline, RegisterLanguage.VI));
    }

    @Test
    void aReplyThatIsNotInTheRepositoryStillResolvesTheDocumentWithoutADate() {
        RegisterEntry e = arrived(10, "2023-03-15").replyNotation("88/SNV-VP");
        assertEquals("Đã giải quyết", progress.text(e, RegisterLanguage.VI));
        assertEquals("Resolved", progress.text(e, RegisterLanguage.EN));
    }

    @Test
    void withNeitherReplyNorDeadlineTheCellStaysEmpty() {
        assertNull(progress.text(arrived(10, null), RegisterLanguage.VI_EN));
    }

    @Test
    void repliesAreDatedByTheEarliestOutgoingDocumentWithTheNotationIssuedAfterArrival() {
        List<RegisterEntry> outgoing = List.of(
                new RegisterEntry().codeNotation("15/UBND-VP").issuedDate(LocalDate.of(2022, 2, 1)), // last year's 15
                new RegisterEntry().codeNotation("15/UBND-VP").issuedDate(LocalDate.of(2023, 3, 22)),
                new RegisterEntry().codeNotation("15/UBND-VP").issuedDate(LocalDate.of(2024, 1, 9)), // next year's 15
                new RegisterEntry().codeNotation("04/QĐ-UBND").issuedDate(LocalDate.of(2023, 3, 20)),
                new RegisterEntry().codeNotation("20/UBND-VP")); // not yet issued
        RegisterEntry replied = arrived(10, "2023-03-25").replyNotation(" 15/ubnd-vp ");
        String nfd = java.text.Normalizer.normalize("04/QĐ-UBND", java.text.Normalizer.Form.NFD);
        RegisterEntry typedNfd = arrived(15, null).replyNotation(nfd);
        RegisterEntry unknown = arrived(10, null).replyNotation("99/UBND-VP");
        RegisterEntry undated = arrived(10, null).replyNotation("20/UBND-VP");
        RegisterEntry open = arrived(10, "2023-03-31");
        List<RegisterEntry> incoming = List.of(replied, typedNfd, unknown, undated, open);

        FollowUpProgress.dateReplies(incoming, outgoing);
        progress.fill(incoming, RegisterLanguage.VI);

        assertEquals(LocalDate.of(2023, 3, 22), replied.replyDate());
        assertEquals(LocalDate.of(2023, 3, 20), typedNfd.replyDate());
        assertNull(unknown.replyDate());
        assertNull(undated.replyDate());
        assertEquals(List.of("Đã giải quyết 22/03/2023", "Đã giải quyết 20/03/2023", "Đã giải quyết", "Đã giải quyết",
                "Trong hạn (hạn 31/03/2023)"), incoming.stream().map(RegisterEntry::progress).toList());
    }

    @Test
    void aReplyIssuedBeforeTheDocumentArrivedIsNotItsReply() {
        RegisterEntry e = arrived(10, null).replyNotation("15/UBND-VP");
        FollowUpProgress.dateReplies(List.of(e),
                List.of(new RegisterEntry().codeNotation("15/UBND-VP").issuedDate(LocalDate.of(2023, 3, 9))));
        assertNull(e.replyDate());
    }
}
