package vn.vanthu.repo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import vn.vanthu.numbering.SeriesKey;

class AttributeNumberStoreTest {

    private static final SeriesKey INCOMING_2023 = new SeriesKey("incoming", 2023);

    private static AttributeNumberStore store(UniqueAttributeTable table) {
        AttributeNumberStore store = new AttributeNumberStore();
        store.setAttributeService(table);
        return store;
    }

    @Test
    void numbersAreRowsUnderTheSeriesAndYear() {
        UniqueAttributeTable table = new UniqueAttributeTable();
        AttributeNumberStore store = store(table);
        assertEquals(1, store.allocate(INCOMING_2023));
        assertEquals(2, store.allocate(INCOMING_2023));
        assertEquals(1, store.allocate(new SeriesKey("incoming", 2024)));
        assertTrue(table.exists(AttributeNumberStore.USED, "incoming/2023", 2));
        assertEquals(2, table.getAttribute(AttributeNumberStore.LAST, "incoming/2023"));
    }

    @Test
    void manualNumbersAreRefusedWhenUsedAndSkippedByAllocation() {
        AttributeNumberStore store = store(new UniqueAttributeTable());
        assertTrue(store.reserve(INCOMING_2023, 3));
        assertFalse(store.reserve(INCOMING_2023, 3));
        assertEquals(List.of(1, 2, 4), List.of(store.allocate(INCOMING_2023), store.allocate(INCOMING_2023),
                store.allocate(INCOMING_2023)));
        assertFalse(store.reserve(INCOMING_2023, 4));
    }

    @Test
    void aLostHintUpdateNeverGivesANumberTwice() {
        UniqueAttributeTable table = spy(new UniqueAttributeTable());
        doThrow(new IllegalStateException("concurrent update")).when(table).setAttribute(any(), eq(AttributeNumberStore.LAST), any());
        AttributeNumberStore store = store(table);
        assertEquals(1, store.allocate(INCOMING_2023));
        assertEquals(2, store.allocate(INCOMING_2023));
        assertEquals(3, store.allocate(INCOMING_2023));
    }

    @Test
    void concurrentAllocationsAreDistinctAndConsecutive() throws Exception {
        AttributeNumberStore store = store(new UniqueAttributeTable());
        List<Integer> numbers = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 0; t < 8; t++) {
            pool.execute(() -> {
                try {
                    start.await();
                    for (int i = 0; i < 200; i++) {
                        numbers.add(store.allocate(INCOMING_2023));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        start.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
        TreeSet<Integer> distinct = new TreeSet<>(numbers);
        assertEquals(1600, numbers.size());
        assertEquals(1600, distinct.size());
        assertEquals(1600, distinct.last());
    }

    @Test
    void duplicateKeysRememberTheFirstDocument() {
        AttributeNumberStore store = store(new UniqueAttributeTable());
        assertEquals(Optional.empty(), store.registerDuplicateKey("K", "workspace://SpacesStore/a"));
        assertEquals(Optional.empty(), store.registerDuplicateKey("K", "workspace://SpacesStore/a"));
        assertEquals(Optional.of("workspace://SpacesStore/a"), store.registerDuplicateKey("K", "workspace://SpacesStore/b"));
        store.replaceDuplicateKeyHolder("K", "workspace://SpacesStore/b");
        assertEquals(Optional.of("workspace://SpacesStore/b"), store.registerDuplicateKey("K", "workspace://SpacesStore/c"));
    }
}
