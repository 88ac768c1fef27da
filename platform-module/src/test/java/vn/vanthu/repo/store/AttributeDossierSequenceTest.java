package vn.vanthu.repo.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.service.cmr.attributes.AttributeService;
import org.alfresco.service.cmr.attributes.DuplicateAttributeException;
import org.alfresco.service.transaction.TransactionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AttributeDossierSequenceTest {

    private final Map<List<Serializable>, Serializable> table = new HashMap<>();
    private final AttributeService attributes = mock(AttributeService.class);
    private final RetryingTransactionHelper helper = spy(new RetryingTransactionHelper());
    private final AttributeDossierSequence sequence = new AttributeDossierSequence();

    @BeforeEach
    void setUp() {
        TransactionService transactions = mock(TransactionService.class);
        when(transactions.getRetryingTransactionHelper()).thenReturn(helper);
        when(attributes.getAttribute(any(Serializable[].class))).thenAnswer(i -> table.get(Arrays.asList((Serializable[]) i.getRawArguments()[0])));
        doAnswer(i -> {
            Object[] a = i.getRawArguments();
            List<Serializable> key = Arrays.asList((Serializable[]) a[1]);
            if (table.containsKey(key)) {
                throw new DuplicateAttributeException(key.get(0), key.get(1), key.get(2), null);
            }
            table.put(key, (Serializable) a[0]);
            return null;
        }).when(attributes).createAttribute(any(), any(Serializable[].class));
        doAnswer(i -> {
            Object[] a = i.getRawArguments();
            table.put(Arrays.asList((Serializable[]) a[1]), (Serializable) a[0]);
            return null;
        }).when(attributes).setAttribute(any(), any(Serializable[].class));
        sequence.setAttributeService(attributes);
        sequence.setTransactionService(transactions);
    }

    @Test
    void countsPerAgencyAndDayInItsOwnTransaction() {
        LocalDate day = LocalDate.of(2023, 1, 19);
        assertEquals(1, sequence.next("H15", day));
        assertEquals(2, sequence.next("H15", day));
        assertEquals(3, sequence.next("H15", day));
        assertEquals(1, sequence.next("H15", day.plusDays(1)));
        assertEquals(1, sequence.next("H16", day));
        assertEquals(3, table.get(List.of(AttributeDossierSequence.KEY, "H15", "230119")));
        verify(helper, times(5)).doInTransaction(any(), eq(false), eq(true));
        assertEquals("H15-230119-0004", sequence.allocate("H15", day).format());
    }

    @Test
    void losingTheRaceToCreateTheDaysCounterTakesTheNextNumber() {
        LocalDate day = LocalDate.of(2023, 1, 19);
        // Another cluster node created the counter between our read and our create.
        doAnswer(i -> {
            table.put(List.of(AttributeDossierSequence.KEY, "H15", "230119"), 1);
            throw new DuplicateAttributeException(AttributeDossierSequence.KEY, "H15", "230119", null);
        }).when(attributes).createAttribute(eq(1), any(Serializable[].class));
        assertEquals(2, sequence.next("H15", day));
    }

    @Test
    void aVanishedCounterFailsLoudly() {
        doThrow(new DuplicateAttributeException(AttributeDossierSequence.KEY, "H15", "230119", null))
                .when(attributes).createAttribute(any(), any(Serializable[].class));
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> sequence.next("H15", LocalDate.of(2023, 1, 19)));
        assertEquals(true, e.getMessage().contains("Bộ đếm hồ sơ"));
    }
}
