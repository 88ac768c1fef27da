package vn.vanthu.edxml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The streaming decoder against java.util.Base64, whatever the chunking and wrapping. */
class Base64DecoderTest {

    private static byte[] decode(String text, int chunk, Base64Decoder[] keep) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Base64Decoder d = new Base64Decoder(out);
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i += chunk) {
            d.feed(c, i, Math.min(chunk, c.length - i));
        }
        d.finish();
        keep[0] = d;
        return out.toByteArray();
    }

    @Test
    void decodesLikeTheJdkForEverySizeChunkingAndWrapping() throws Exception {
        Random r = new Random(7);
        for (int size : new int[] {0, 1, 2, 3, 4, 5, 100, 8191, 8192, 8193, 30_000}) {
            byte[] data = new byte[size];
            r.nextBytes(data);
            String plain = Base64.getEncoder().encodeToString(data);
            String mime = Base64.getMimeEncoder().encodeToString(data);
            String odd = String.join(" \t", plain.split("(?<=\\G.{7})"));
            for (String text : new String[] {plain, mime, odd, "\n  " + mime + "\r\n  "}) {
                for (int chunk : new int[] {1, 3, 5, 64, 4096, 1 << 20}) {
                    Base64Decoder[] d = new Base64Decoder[1];
                    assertArrayEquals(data, decode(text, chunk, d), size + "/" + chunk);
                    assertNull(d[0].error());
                    assertEquals(size, d[0].size());
                    assertEquals(size, d[0].checkpoints().length(), "the checkpoints saw every decoded byte");
                    assertEquals(Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(data)), d[0].sha256());
                    assertEquals(d[0].sha256(), d[0].sha256(), "taken once, then the same");
                }
            }
        }
    }

    @Test
    void reportsMalformedInput() throws Exception {
        for (String bad : new String[] {"QUJD@", "QUI=QUJD", "Q===", "QUJDR", "QU=I", "QUJD\u00e9", "QUJD\u1ea0AAA", "=QUJ"}) {
            for (int chunk : new int[] {1, 2, 100}) {
                Base64Decoder[] d = new Base64Decoder[1];
                decode(bad, chunk, d);
                assertNotNull(d[0].error(), bad + "/" + chunk);
            }
        }
    }

    @Test
    void feedUntilOtherStopsAtMarkupAndSkipsPastAnError() throws Exception {
        byte[] data = new byte[10_000];
        new Random(3).nextBytes(data);
        String text = Base64.getEncoder().encodeToString(data) + "\r\n</ContentTransferEncoded>";
        char[] c = text.toCharArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Base64Decoder d = new Base64Decoder(out);
        int stop = d.feedUntilOther(c, 0, c.length);
        assertEquals(text.indexOf('<'), stop);
        d.finish();
        assertArrayEquals(data, out.toByteArray());
        assertNull(d.error());

        String bad = "QUJD=QUJD\n</x>";
        Base64Decoder e = new Base64Decoder(new ByteArrayOutputStream());
        char[] b = bad.toCharArray();
        assertEquals(bad.indexOf('<'), e.feedUntilOther(b, 0, b.length), "the markup after a bad base64 is not swallowed");
        assertNotNull(e.error());
    }

    @Test
    void bytesAndCharactersBeyondTheStageDecodeLikeTheJdk() throws Exception {
        Random r = new Random(5);
        for (int size : new int[] {49_151, 49_152, 49_153, 150_000, 196_608}) {
            byte[] data = new byte[size];
            r.nextBytes(data);
            String plain = Base64.getEncoder().encodeToString(data);
            String mime = Base64.getMimeEncoder().encodeToString(data);
            for (String text : new String[] {plain, mime, plain.substring(0, 65_535) + "\n" + plain.substring(65_535)}) {
                for (int chunk : new int[] {1000, 65_536, 100_000, 1 << 20}) {
                    Base64Decoder[] d = new Base64Decoder[1];
                    assertArrayEquals(data, decode(text, chunk, d), size + "/" + chunk);
                    assertNull(d[0].error());
                    byte[] ascii = (text + "</x>").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    Base64Decoder b = new Base64Decoder(out);
                    int stop = -1;
                    for (int i = 0; i < ascii.length && stop < 0; i += chunk) {
                        int end = Math.min(ascii.length, i + chunk);
                        int s = b.feedUntilOther(ascii, i, end);
                        if (s < end) {
                            stop = s;
                        }
                    }
                    b.finish();
                    assertEquals(text.length(), stop, size + "/" + chunk);
                    assertArrayEquals(data, out.toByteArray(), size + "/" + chunk);
                    assertNull(b.error());
                    assertEquals(d[0].sha256(), b.sha256());
                }
            }
        }
    }

    @Test
    void errorsBeyondTheStageNameTheirPosition() throws Exception {
        byte[] data = new byte[120_000];
        new Random(9).nextBytes(data);
        String plain = Base64.getEncoder().encodeToString(data);
        for (int at : new int[] {65_536, 65_537, 131_072, 159_997}) { // a group's first or second character
            String text = plain.substring(0, at) + "=" + plain.substring(at);
            Base64Decoder[] d = new Base64Decoder[1];
            decode(text, 70_000, d);
            assertEquals("misplaced '=' at character " + (at + 1), d[0].error());
            Base64Decoder b = new Base64Decoder(new ByteArrayOutputStream());
            byte[] ascii = (text + "<").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            assertEquals(ascii.length - 1, b.feedUntilOther(ascii, 0, ascii.length));
            b.finish();
            assertEquals("misplaced '=' at character " + (at + 1), b.error());
        }
    }

    /** Feeds {@code bytes} as the XML source does: windows of {@code window} bytes, the last one marked; the stop index. */
    private static int feedAsTheSource(Base64Decoder d, byte[] bytes, int window) throws Exception {
        int p = 0;
        while (true) {
            int end = Math.min(bytes.length, p + window);
            boolean last = end == bytes.length;
            int stop = d.feedUntilOther(bytes, p, end, last);
            if ((stop < end && !d.wantsMore()) || (stop == end && last)) {
                return stop;
            }
            p = stop;
        }
    }

    @Test
    void theLastRunBeforeTheEndTagDecodesInOneBlockAsTheCarefulPathWould() throws Exception {
        Random r = new Random(11);
        int cases = 0;
        int errorFree = 0;
        for (int size : new int[] {1, 2, 3, 4, 5, 1000, 49_151, 49_152, 49_153, 100_000, 150_001}) {
            byte[] data = new byte[size];
            r.nextBytes(data);
            String plain = Base64.getEncoder().encodeToString(data);
            int n = plain.length();
            String[] texts = {
                plain + "</x>",
                plain + "\r\n    </x>",
                plain + " \t<y/>QUJD",
                plain.substring(0, n - 1) + "</x>", // a truncated last group
                plain.substring(0, n - 4) + "QU=I</x>", // misplaced padding in the last run
                plain.substring(0, n - 2) + "@" + plain.substring(n - 1) + "</x>", // a stop inside the last group
                plain + "QUJD</x>", // data after the padding (or one group more)
                plain + "  QUJD</x>",
                plain.substring(0, n / 2) + " " + plain.substring(n / 2) + "</x>", // whitespace inside the last run
                plain + "&#13;</x>",
            };
            for (String text : texts) {
                char[] chars = text.toCharArray();
                ByteArrayOutputStream careful = new ByteArrayOutputStream();
                Base64Decoder c = new Base64Decoder(careful);
                int carefulStop = c.feedUntilOther(chars, 0, chars.length);
                // more text of the same element after the stop (as after a comment inside it)
                char[] more = "QUJD".toCharArray();
                c.feed(more, 0, more.length);
                c.finish();
                byte[] ascii = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                for (int window : new int[] {Base64Decoder.STAGE, Base64Decoder.STAGE + 7, 131_072, ascii.length}) {
                    ByteArrayOutputStream fast = new ByteArrayOutputStream();
                    Base64Decoder b = new Base64Decoder(fast);
                    int stop = feedAsTheSource(b, ascii, window);
                    b.feed(more, 0, more.length);
                    b.finish();
                    String what = size + "/" + text.substring(Math.max(0, text.length() - 12)) + "/" + window;
                    assertEquals(carefulStop, stop, what);
                    assertEquals(c.error(), b.error(), what);
                    if (c.error() == null) { // after an error the bytes are discarded, whatever was written
                        assertArrayEquals(careful.toByteArray(), fast.toByteArray(), what);
                        assertEquals(c.size(), b.size(), what);
                        assertEquals(c.sha256(), b.sha256(), what);
                        errorFree++;
                    }
                    cases++;
                }
            }
            assertArrayEquals(data, Base64.getDecoder().decode(plain));
        }
        assertEquals(11 * 10 * 4, cases, "every size, text and window was tried");
        assertTrue(errorFree > 40 && errorFree < cases, "well-formed and malformed texts both: " + errorFree);
    }

    @Test
    void findsTheTagOpenInEveryPositionOfAWord() {
        byte[] b = new byte[40];
        java.util.Arrays.fill(b, (byte) 'Q');
        assertEquals(-1, Base64Decoder.indexOfTagOpen(b, 0, b.length));
        for (int at = 0; at < b.length; at++) {
            b[at] = '<';
            for (int from = 0; from <= at; from++) {
                assertEquals(at, Base64Decoder.indexOfTagOpen(b, from, b.length), at + "/" + from);
            }
            assertEquals(-1, Base64Decoder.indexOfTagOpen(b, 0, at), "not before its end");
            b[at] = (byte) ('<' + 1); // a near miss: '=' must not match
            assertEquals(-1, Base64Decoder.indexOfTagOpen(b, 0, b.length));
            b[at] = (byte) 0xBC; // '<' with the high bit set
            assertEquals(-1, Base64Decoder.indexOfTagOpen(b, 0, b.length));
            b[at] = 'Q';
        }
        byte[] two = "QQQ<QQQQ<QQQ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals(3, Base64Decoder.indexOfTagOpen(two, 0, two.length));
        assertEquals(8, Base64Decoder.indexOfTagOpen(two, 4, two.length));
    }
}
