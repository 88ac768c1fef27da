package vn.vanthu.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1UTCTime;
import org.bouncycastle.asn1.cms.Time;
import org.junit.jupiter.api.Test;

/** The direct reading of DER times agrees with Bouncy Castle's, and leaves every other form to it. */
class Asn1TimesTest {

    @Test
    void derFormsAgreeWithBouncyCastle() {
        for (String utc : new String[] {"230315083000Z", "491231235959Z", "500101000000Z", "991231235959Z", "240229120000Z"}) {
            Time t = Time.getInstance(new ASN1UTCTime(utc));
            assertEquals(t.getDate().toInstant(), Asn1Times.instant(t), utc);
            assertEquals(t.getDate().toInstant(), Asn1Times.direct(t.toASN1Primitive()), utc);
        }
        for (String gen : new String[] {"20230315083000Z", "20501231235959Z", "20230315083000.5Z", "20230315083000.123Z",
                "19991231235959.987654321Z"}) {
            Time t = Time.getInstance(new ASN1GeneralizedTime(gen));
            Instant direct = Asn1Times.direct(t.toASN1Primitive());
            // Bouncy Castle's Date keeps milliseconds; the direct reading keeps every digit given.
            assertEquals(t.getDate().toInstant(), Instant.ofEpochMilli(direct.toEpochMilli()), gen);
        }
        assertEquals(Instant.parse("2023-03-15T08:30:00.123456789Z"),
                Asn1Times.direct(new ASN1GeneralizedTime("20230315083000.123456789Z")));
        Date now = new Date(1_700_000_000_000L);
        assertEquals(now.toInstant(), Asn1Times.instant(new Time(now)));
    }

    @Test
    void otherFormsAreLeftToBouncyCastle() {
        // Offsets, missing seconds, trailing zero fractions, impossible dates: not read directly.
        for (String gen : new String[] {"20230315083000+0700", "202303150830Z", "20230315083000.50Z", "20231315083000Z",
                "20230230083000Z", "20230315083000"}) {
            assertNull(Asn1Times.direct(new ASN1GeneralizedTime(gen)), gen);
        }
        assertNull(Asn1Times.direct(new ASN1UTCTime("2303150830Z")));
        assertNull(Asn1Times.direct(new ASN1UTCTime("230315083000+0700")));
        Time offset = Time.getInstance(new ASN1UTCTime("230315153000+0700"));
        assertEquals(Instant.parse("2023-03-15T08:30:00Z"), Asn1Times.instant(offset));
    }
}
