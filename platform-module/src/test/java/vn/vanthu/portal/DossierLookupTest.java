package vn.vanthu.portal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DossierLookupTest {

    private static final Instant RECEIVED = Instant.parse("2023-01-19T09:00:00Z");
    private static final Instant APPOINTMENT = Instant.parse("2023-01-27T10:00:00Z");
    private static final DossierLookup.Found BIRTH = new DossierLookup.Found("H15.50.05.13-230119-0007", "1.001193",
            "Đăng ký khai sinh", RECEIVED, APPOINTMENT, "4", null, null, "0905 123 456", "046089001234");

    @Test
    void theLastFourDigitsOfPhoneOrIdentityNumberOpenTheDossier() {
        assertTrue(DossierLookup.answer(BIRTH, "3456", RECEIVED, true).isPresent());
        assertTrue(DossierLookup.answer(BIRTH, "1234", RECEIVED, true).isPresent());
        assertFalse(DossierLookup.answer(BIRTH, "0000", RECEIVED, true).isPresent());
        assertFalse(DossierLookup.answer(null, "3456", RECEIVED, true).isPresent());
        assertEquals("3456", DossierLookup.lastFour("+84 905-123-456"));
        assertEquals(null, DossierLookup.lastFour("12 3"));
    }

    @Test
    void anUnknownCodeAndAWrongCheckDoTheSameWork() {
        // Both compare the check with exactly two candidates of four bytes.
        List<byte[]> unknown = DossierLookup.candidates(null);
        List<byte[]> known = DossierLookup.candidates(BIRTH);
        assertEquals(DossierLookup.CANDIDATES, unknown.size());
        assertEquals(DossierLookup.CANDIDATES, known.size());
        assertEquals(4, unknown.get(0).length);
        assertEquals(4, known.get(0).length);
        // A dossier without a recorded phone is padded with the same dummy an unknown code uses.
        DossierLookup.Found noPhone = new DossierLookup.Found("X-230119-0001", "1.001193", "", RECEIVED, null, "2", null, null, null, "12");
        assertArrayEquals(unknown.get(0), DossierLookup.candidates(noPhone).get(0));
        assertFalse(DossierLookup.matches(unknown, "\u0000\u0000\u0000\u0000".substring(0, 0) + "0000"));
    }

    @Test
    void theAnswerTellsStatusAndLatenessButNothingPersonal() {
        Map<String, Object> vi = DossierLookup.answer(BIRTH, "3456", Instant.parse("2023-01-30T02:00:00Z"), true).orElseThrow().json(true);
        assertEquals("Đang xử lý", vi.get("statusText"));
        assertEquals(Map.of("vi", "Đang xử lý", "en", "In progress"), vi.get("statusWords"));
        assertEquals(true, vi.get("late"));
        assertEquals("17 giờ 00 phút, thứ Sáu ngày 27/01/2023", vi.get("appointmentAtText"));
        String all = vi.toString();
        assertFalse(all.contains("0905") || all.contains("046089"), all);
        Map<String, Object> en = DossierLookup.answer(BIRTH, "3456", RECEIVED, false).orElseThrow().json(false);
        assertEquals("In progress", en.get("statusText"));
        assertEquals(false, en.get("late"));
        DossierLookup.Found settled = new DossierLookup.Found(BIRTH.dossierCode(), "1.001193", "", RECEIVED, APPOINTMENT, "10",
                Instant.parse("2023-01-26T03:00:00Z"), "EARLY", "0905123456", null);
        Map<String, Object> done = DossierLookup.answer(settled, "3456", Instant.parse("2023-03-01T00:00:00Z"), false).orElseThrow().json(false);
        assertEquals("Result returned", done.get("statusText"));
        assertEquals(false, done.get("late"));
    }
}
