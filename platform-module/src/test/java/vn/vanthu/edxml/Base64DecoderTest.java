package vn.vanthu.edxml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

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
                    assertEquals(Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(data)), d[0].sha256());
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
}
