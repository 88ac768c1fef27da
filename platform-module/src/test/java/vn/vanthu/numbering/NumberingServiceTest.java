package vn.vanthu.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import vn.vanthu.metadata.DocumentType;

class NumberingServiceTest {

    private static NumberingService service(String series) {
        return new NumberingService(NumberingConfig.fromProperties(Map.of(
                "vanthu.numbering.issuer", "UBND", "vanthu.numbering.series", series)), new InMemoryNumberStore());
    }

    @Test
    void concurrentArrivalsGetDistinctConsecutiveNumbers() throws Exception {
        NumberingService numbering = service("single");
        Instant arrival = Instant.parse("2023-03-01T02:00:00Z");
        int threads = 16;
        int perThread = 250;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Integer>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<List<Integer>> task = () -> {
                    start.await();
                    List<Integer> got = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        got.add(numbering.nextArrivalNumber(arrival));
                    }
                    return got;
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            TreeSet<Integer> all = new TreeSet<>();
            int total = 0;
            for (Future<List<Integer>> f : futures) {
                List<Integer> got = f.get();
                total += got.size();
                all.addAll(got);
            }
            assertEquals(threads * perThread, total);
            assertEquals(total, all.size(), "no number given twice");
            assertEquals(1, all.first());
            assertEquals(total, all.last(), "no number lost");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void arrivalNumbersRestartOnFirstJanuaryInVietnamTime() {
        NumberingService numbering = service("single");
        // 31/12/2023 16:59 UTC is 23:59 in Hà Nội; 17:00 UTC is already 01/01/2024.
        assertEquals(1, numbering.nextArrivalNumber(Instant.parse("2023-12-31T16:00:00Z")));
        assertEquals(2, numbering.nextArrivalNumber(Instant.parse("2023-12-31T16:59:59Z")));
        assertEquals(1, numbering.nextArrivalNumber(Instant.parse("2023-12-31T17:00:00Z")));
        assertEquals(3, numbering.nextArrivalNumber(Instant.parse("2023-06-01T00:00:00Z")));
        assertEquals(2, numbering.nextArrivalNumber(Instant.parse("2024-01-02T00:00:00Z")));
        assertEquals(2024, numbering.incomingKey(Instant.parse("2023-12-31T17:00:00Z")).year());
    }

    @Test
    void outgoingNumbersRestartWithTheIssueYear() {
        NumberingService numbering = service("single");
        assertEquals("01/QĐ-UBND", numbering.issue(DocumentType.QUYET_DINH, LocalDate.of(2023, 12, 30), false, null).notation().toString());
        assertEquals("02/TB-UBND", numbering.issue(DocumentType.THONG_BAO, LocalDate.of(2023, 12, 31), false, null).notation().toString());
        assertEquals("01/TB-UBND", numbering.issue(DocumentType.THONG_BAO, LocalDate.of(2024, 1, 1), false, null).notation().toString());
    }

    @Test
    void manualNumberAlreadyUsedIsRefusedInBothLanguages() {
        NumberingService numbering = service("single");
        LocalDate date = LocalDate.of(2023, 1, 6);
        assertEquals(4, numbering.reserveIssue(DocumentType.QUYET_DINH, date, 4, false, null).number());
        NumberAlreadyUsedException e = assertThrows(NumberAlreadyUsedException.class,
                () -> numbering.reserveIssue(DocumentType.QUYET_DINH, date, 4, false, null));
        assertTrue(e.getMessage().contains("Number 04/QĐ-UBND is already used in register outgoing of 2023"), e.getMessage());
        assertTrue(e.getMessage().contains("Số 04/QĐ-UBND đã được dùng trong sổ outgoing năm 2023"), e.getMessage());
        // the same number is free in another year, and automatic numbers go round the manual one
        numbering.reserveIssue(DocumentType.QUYET_DINH, LocalDate.of(2024, 1, 2), 4, false, null);
        assertEquals(List.of(1, 2, 3, 5), List.of(
                numbering.issue(DocumentType.QUYET_DINH, date, false, null).number(),
                numbering.issue(DocumentType.QUYET_DINH, date, false, null).number(),
                numbering.issue(DocumentType.QUYET_DINH, date, false, null).number(),
                numbering.issue(DocumentType.QUYET_DINH, date, false, null).number()));
        Instant arrival = Instant.parse("2023-02-01T03:00:00Z");
        assertEquals(1, numbering.nextArrivalNumber(arrival));
        assertThrows(NumberAlreadyUsedException.class, () -> numbering.reserveArrivalNumber(arrival, 1));
        assertThrows(IllegalArgumentException.class, () -> numbering.reserveArrivalNumber(arrival, 0));
    }

    @Test
    void seriesAreSharedOrPerTypeAndCopiesHaveTheirOwn() {
        LocalDate date = LocalDate.of(2023, 3, 1);
        NumberingService single = service("single");
        assertEquals("01/QĐ-UBND", single.issue(DocumentType.QUYET_DINH, date, false, null).notation().toString());
        assertEquals("02/KH-UBND", single.issue(DocumentType.KE_HOACH, date, false, null).notation().toString());
        assertEquals("03/UBND-VX", single.issue(DocumentType.CONG_VAN, date, false, "VX").notation().toString());
        assertEquals("04/UBND-VP", single.issue(DocumentType.CONG_VAN, date, false, null).notation().toString());
        assertEquals("01/SY-UBND", single.issue(DocumentType.BAN_SAO_Y, date, false, null).notation().toString());
        assertEquals("02/TrS-UBND", single.issue(DocumentType.BAN_TRICH_SAO, date, false, null).notation().toString());
        assertEquals("05/2023/QĐ-UBND", single.issue(DocumentType.QUYET_DINH, date, true, null).notation().toString());

        NumberingService perType = service("per-type");
        assertEquals("01/QĐ-UBND", perType.issue(DocumentType.QUYET_DINH, date, false, null).notation().toString());
        assertEquals("01/KH-UBND", perType.issue(DocumentType.KE_HOACH, date, false, null).notation().toString());
        assertEquals("02/QĐ-UBND", perType.issue(DocumentType.QUYET_DINH, date, false, null).notation().toString());
        assertEquals("10/QĐ-UBND", perType.notation(DocumentType.QUYET_DINH, 10, date, false, null).toString());
    }

    @Test
    void badConfigurationIsRefusedWithTheProperty() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NumberingConfig.fromProperties(Map.of("vanthu.numbering.series", "yearly")));
        assertTrue(e.getMessage().contains("vanthu.numbering.series"));
        assertThrows(IllegalArgumentException.class,
                () -> NumberingConfig.fromProperties(Map.of("vanthu.numbering.issuer", "UB ND")));
    }

    @Test
    void duplicateKeyIgnoresSpellingAndFindsTheEarlierDocument() {
        NumberingService numbering = service("single");
        LocalDate date = LocalDate.of(2023, 3, 15);
        assertEquals(Optional.empty(), numbering.checkDuplicate("12/UBND-VX", 12, "ỦY BAN NHÂN DÂN XÃ PHÚ HỒ", date, "node-1", ref -> true));
        String nfd = java.text.Normalizer.normalize("Ủy ban nhân dân  xã Phú Hồ", java.text.Normalizer.Form.NFD);
        assertEquals(Optional.of("node-1"), numbering.checkDuplicate("12 / ubnd-vx", null, nfd, date, "node-2", ref -> true));
        assertEquals(Optional.empty(), numbering.checkDuplicate("12/UBND-VX", 12, "ỦY BAN NHÂN DÂN XÃ PHÚ HỒ", date, "node-1", ref -> true),
                "the first holder re-registering is not its own duplicate");
        assertEquals(Optional.empty(), numbering.checkDuplicate("12/UBND-VX", 12, "ỦY BAN NHÂN DÂN XÃ PHÚ HỒ",
                date.plusDays(1), "node-3", ref -> true), "another date is another document");
        assertEquals(Optional.empty(), numbering.checkDuplicate("12/UBND-VX", 12, "ỦY BAN NHÂN DÂN XÃ PHÚ VINH", date, "node-4", ref -> true));
        // node-1 deleted: node-5 takes the key over, and node-6 is then a duplicate of node-5
        assertEquals(Optional.empty(), numbering.checkDuplicate("12/UBND-VX", 12, "ỦY BAN NHÂN DÂN XÃ PHÚ HỒ", date, "node-5",
                ref -> !ref.equals("node-1")));
        assertEquals(Optional.of("node-5"), numbering.checkDuplicate("12/UBND-VX", 12, "ỦY BAN NHÂN DÂN XÃ PHÚ HỒ", date,
                "node-6", ref -> true));
        assertFalse(DuplicateKey.of(null, 12, "UBND", date).isPresent());
        assertEquals(DuplicateKey.of("4/QĐ-UBND", 4, "UBND X", date), DuplicateKey.of("04/QĐ-UBND", null, "ubnd x", date));
    }
}
