package vn.vanthu.signature;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** PDF date strings ({@code D:YYYYMMDDHHmmSSOHH'mm'}), as found in a signature's {@code /M}. */
final class PdfDate {

    private PdfDate() {
    }

    /** The instant, or null when the text is not a PDF date. */
    static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.trim();
        if (s.startsWith("D:")) {
            s = s.substring(2);
        }
        try {
            int year = Integer.parseInt(s.substring(0, 4));
            int month = field(s, 4, 1);
            int day = field(s, 6, 1);
            int hour = field(s, 8, 0);
            int minute = field(s, 10, 0);
            int second = field(s, 12, 0);
            ZoneOffset offset = ZoneOffset.UTC;
            if (s.length() > 14 && (s.charAt(14) == '+' || s.charAt(14) == '-')) {
                String z = s.substring(15).replace("'", "");
                int oh = z.length() >= 2 ? Integer.parseInt(z.substring(0, 2)) : 0;
                int om = z.length() >= 4 ? Integer.parseInt(z.substring(2, 4)) : 0;
                int sign = s.charAt(14) == '-' ? -1 : 1;
                offset = ZoneOffset.ofHoursMinutes(sign * oh, sign * om);
            }
            return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(offset);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int field(String s, int at, int missing) {
        return s.length() >= at + 2 ? Integer.parseInt(s.substring(at, at + 2)) : missing;
    }
}
