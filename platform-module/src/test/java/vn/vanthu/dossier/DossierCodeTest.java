package vn.vanthu.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class DossierCodeTest {

    @Test
    void formatAndParse() {
        DossierCode code = new DossierCode("H15.50.05.13", LocalDate.of(2026, 10, 8), 975);
        assertEquals("H15.50.05.13-261008-0975", code.format());
        assertEquals(code, DossierCode.parse("H15.50.05.13-261008-0975"));
        assertEquals("X-230119-0001", new DossierCode("X", LocalDate.of(2023, 1, 19), 1).format());
    }

    @Test
    void badValuesAreRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new DossierCode("UBND Phú Hồ", LocalDate.of(2023, 1, 1), 1))
                .getMessage().contains("Mã cơ quan"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new DossierCode("H15", LocalDate.of(2023, 1, 1), 10000))
                .getMessage().contains("1-9999"));
        assertThrows(IllegalArgumentException.class, () -> DossierCode.parse("H15-2301-0001"));
        assertThrows(IllegalArgumentException.class, () -> DossierCode.parse("H15-231301-0001"));
    }

    @Test
    void concurrentAllocationNeverRepeatsANumber() throws Exception {
        InMemoryDossierSequence sequence = new InMemoryDossierSequence();
        LocalDate day = LocalDate.of(2023, 1, 19);
        int threads = 8;
        int each = 500;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                Callable<List<String>> task = () -> {
                    start.await();
                    List<String> codes = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        codes.add(sequence.allocate("H15.50.05.13", day).format());
                    }
                    return codes;
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            Set<String> all = new TreeSet<>();
            for (Future<List<String>> f : results) {
                all.addAll(f.get());
            }
            assertEquals(threads * each, all.size());
            assertEquals("H15.50.05.13-230119-0001", ((TreeSet<String>) all).first());
            assertEquals("H15.50.05.13-230119-4000", ((TreeSet<String>) all).last());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, sequence.next("H15.50.05.13", day.plusDays(1)));
        assertEquals(1, sequence.next("OTHER", day));
    }
}
