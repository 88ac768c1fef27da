package vn.vanthu.signature;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Time;

/**
 * ASN.1 times as instants. The DER forms ({@code YYMMDDHHMMSSZ} UTCTime, {@code YYYYMMDDHHMMSS[.f]Z}
 * GeneralizedTime, the only ones DER and RFC 5280 allow) are read directly; anything else goes to
 * Bouncy Castle's lenient reading, which builds a {@code SimpleDateFormat} on every call.
 */
final class Asn1Times {

    private static final int UTC_TIME = 0x17;
    private static final int GENERALIZED_TIME = 0x18;

    private Asn1Times() {
    }

    static Instant instant(Time t) {
        Instant direct = direct(t.toASN1Primitive());
        return direct != null ? direct : t.getDate().toInstant();
    }

    /** The DER forms only, else null. */
    static Instant direct(ASN1Primitive p) {
        byte[] der;
        try {
            der = p.getEncoded();
        } catch (IOException e) {
            return null;
        }
        if (der.length < 2 || (der[1] & 0x80) != 0 || (der[1] & 0xFF) != der.length - 2) {
            return null;
        }
        int tag = der[0] & 0xFF;
        int n = der.length - 2;
        try {
            if (tag == UTC_TIME && n == 13 && der[2 + 12] == 'Z') {
                int yy = digits(der, 2, 2);
                return at(yy < 50 ? 2000 + yy : 1900 + yy, der, 4, 0);
            }
            if (tag == GENERALIZED_TIME && n >= 15 && der[der.length - 1] == 'Z') {
                int nanos = 0;
                if (n > 15) {
                    // ".f+" then Z: DER requires no trailing zero and at least one digit.
                    int fd = n - 16;
                    if (der[2 + 14] != '.' || fd < 1 || fd > 9 || der[der.length - 2] == '0') {
                        return null;
                    }
                    nanos = digits(der, 2 + 15, fd);
                    for (int k = fd; k < 9; k++) {
                        nanos *= 10;
                    }
                }
                return at(digits(der, 2, 4), der, 6, nanos);
            }
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
        return null;
    }

    private static Instant at(int year, byte[] der, int from, int nanos) {
        return LocalDateTime.of(year, digits(der, from, 2), digits(der, from + 2, 2), digits(der, from + 4, 2),
                digits(der, from + 6, 2), digits(der, from + 8, 2), nanos).toInstant(ZoneOffset.UTC);
    }

    private static int digits(byte[] b, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                throw new NumberFormatException("not a digit");
            }
            v = v * 10 + d;
        }
        return v;
    }
}
