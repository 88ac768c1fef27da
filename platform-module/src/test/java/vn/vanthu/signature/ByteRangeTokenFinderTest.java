package vn.vanthu.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ByteRangeTokenFinderTest {

    /** The sampled scan must find exactly what a naive scan finds, at every alignment. */
    @Test
    void agreesWithNaiveSearch() {
        Random rnd = new Random(42);
        byte[] token = "/ByteRange".getBytes(StandardCharsets.US_ASCII);
        for (int round = 0; round < 2000; round++) {
            byte[] buf = new byte[rnd.nextInt(200) + 1];
            for (int i = 0; i < buf.length; i++) {
                // A small alphabet full of the token's letters makes near misses frequent.
                buf[i] = rnd.nextInt(3) == 0 ? token[rnd.nextInt(token.length)] : (byte) rnd.nextInt(256);
            }
            for (int k = rnd.nextInt(3); k > 0 && buf.length >= token.length; k--) {
                System.arraycopy(token, 0, buf, rnd.nextInt(buf.length - token.length + 1), token.length);
            }
            int from = rnd.nextInt(buf.length);
            int to = from + rnd.nextInt(buf.length - from + 1);
            assertEquals(naive(buf, from, to, token), ByteRangeTokenFinder.indexOf(buf, from, to), "round " + round);
        }
    }

    private static int naive(byte[] buf, int from, int to, byte[] t) {
        outer:
        for (int s = from; s + t.length <= to; s++) {
            for (int j = 0; j < t.length; j++) {
                if (buf[s + j] != t[j]) {
                    continue outer;
                }
            }
            return s;
        }
        return -1;
    }
}
