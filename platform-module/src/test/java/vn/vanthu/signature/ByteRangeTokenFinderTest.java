package vn.vanthu.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

    /** Chunk by chunk, tokens inside chunks and across their seams are all found, in order, once. */
    @Test
    void chunkedSearchFindsTokensAcrossSeams() {
        Random rnd = new Random(7);
        byte[] token = "/ByteRange".getBytes(StandardCharsets.US_ASCII);
        for (int round = 0; round < 500; round++) {
            byte[] file = new byte[rnd.nextInt(400) + 1];
            rnd.nextBytes(file);
            for (int k = rnd.nextInt(6); k > 0 && file.length >= token.length; k--) {
                System.arraycopy(token, 0, file, rnd.nextInt(file.length - token.length + 1), token.length);
            }
            List<Integer> expected = new ArrayList<>();
            for (int s = naive(file, 0, file.length, token); s >= 0; s = naive(file, s + 1, file.length, token)) {
                expected.add(s);
            }
            // chunks shorter than the token too (down to one byte), copied or searched in place
            int chunk = rnd.nextInt(50) + 1;
            boolean inPlace = round % 2 == 1;
            byte[] buf = new byte[chunk];
            ByteRangeTokenFinder.ChunkedSearch search = new ByteRangeTokenFinder.ChunkedSearch();
            List<Integer> found = new ArrayList<>();
            for (int pos = 0; pos < file.length; pos += chunk) {
                int n = Math.min(chunk, file.length - pos);
                if (inPlace) {
                    search.begin(file, pos, n);
                } else {
                    System.arraycopy(file, pos, buf, 0, n);
                    search.begin(buf, n);
                }
                for (int s = search.next(); s != ByteRangeTokenFinder.ChunkedSearch.NONE; s = search.next()) {
                    found.add(pos + s);
                }
            }
            assertEquals(expected, found, "round " + round + ", chunk " + chunk + (inPlace ? " in place" : ""));
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
