package vn.vanthu.dossier;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DossierTransitionsTest {

    /**
     * The documented table, written independently of the implementation: row = from status 1..10,
     * column = to status 1..10, 'x' = allowed change, '=' = same status, '.' = refused.
     */
    private static final String[] TABLE = {
        //  to: 1 2 3 4 5 6 7 8 9 10
        "= x x . x . x . . .", // 1 submitted
        ". = . x x x x x x .", // 2 accepted
        ". . = . . . . . . .", // 3 refused
        ". . . = x x x x x .", // 4 in progress
        "x x . x = . x x . .", // 5 supplement requested
        ". . . x . = x x x .", // 6 fees requested
        ". . . . . . = . . .", // 7 withdrawn
        ". . . . . . . = . .", // 8 stopped
        ". . . . . . . . = x", // 9 processed
        ". . . . . . . . . =", // 10 returned
    };

    @Test
    void everyAllowedAndEveryRefusedTransition() {
        int allowed = 0;
        int refused = 0;
        for (DossierStatus from : DossierStatus.values()) {
            String[] row = TABLE[from.code() - 1].split(" ");
            for (DossierStatus to : DossierStatus.values()) {
                String cell = row[to.code() - 1];
                if (cell.equals(".")) {
                    TransitionRefusedException e = assertThrows(TransitionRefusedException.class, () -> DossierTransitions.check(from, to),
                            from + " -> " + to);
                    assertTrue(e.getMessage().contains("Không được chuyển hồ sơ từ trạng thái " + from.code() + " (" + from.labelVi() + ") sang "
                            + to.code() + " (" + to.labelVi() + ")"), e.getMessage());
                    assertTrue(e.getMessage().contains("A dossier cannot go from status " + from.code() + " (" + from.labelEn() + ") to "
                            + to.code()), e.getMessage());
                    assertEquals(from, e.from());
                    refused++;
                } else {
                    assertDoesNotThrow(() -> DossierTransitions.check(from, to), from + " -> " + to);
                    if (cell.equals("x")) {
                        allowed++;
                    }
                }
            }
        }
        assertEquals(25, allowed);
        assertEquals(65, refused);
    }

    @Test
    void finalStatusesSaySo() {
        List<String> messages = new ArrayList<>();
        for (DossierStatus terminal : new DossierStatus[] {DossierStatus.REFUSED, DossierStatus.WITHDRAWN, DossierStatus.STOPPED, DossierStatus.RETURNED}) {
            assertTrue(DossierTransitions.allowedFrom(terminal).isEmpty());
            messages.add(assertThrows(TransitionRefusedException.class, () -> DossierTransitions.check(terminal, DossierStatus.IN_PROGRESS)).getMessage());
        }
        assertTrue(messages.stream().allMatch(m -> m.contains("trạng thái cuối / final status")), messages.toString());
        String fromProcessed = assertThrows(TransitionRefusedException.class,
                () -> DossierTransitions.check(DossierStatus.PROCESSED, DossierStatus.IN_PROGRESS)).getMessage();
        assertTrue(fromProcessed.contains("được phép: 10") && fromProcessed.contains("allowed: 10"), fromProcessed);
    }

    @Test
    void statusCodes() {
        assertEquals(DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.fromCode("5"));
        assertEquals(DossierStatus.RETURNED, DossierStatus.fromCode(" 10 "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DossierStatus.fromCode("11"));
        assertTrue(e.getMessage().contains("Trạng thái hồ sơ không hợp lệ"));
    }
}
