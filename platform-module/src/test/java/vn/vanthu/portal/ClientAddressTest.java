package vn.vanthu.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void forwardedForIsBelievedOnlyFromATrustedProxy() {
        assertEquals("203.0.113.9", ClientAddress.resolve("203.0.113.9", "198.51.100.1", Set.of()));
        assertEquals("203.0.113.9", ClientAddress.resolve("203.0.113.9", "198.51.100.1", Set.of("10.0.0.2")));
        assertEquals("198.51.100.1", ClientAddress.resolve("10.0.0.2", "198.51.100.1", Set.of("10.0.0.2")));
        // A client may prepend anything; the right-most untrusted hop is the one the proxy saw.
        assertEquals("198.51.100.1", ClientAddress.resolve("10.0.0.2", "1.2.3.4, 198.51.100.1, 10.0.0.3", Set.of("10.0.0.2", "10.0.0.3")));
        assertEquals("10.0.0.2", ClientAddress.resolve("10.0.0.2", "<script>", Set.of("10.0.0.2")));
        assertEquals("2001:db8::1", ClientAddress.resolve("10.0.0.2", "2001:db8::1", Set.of("10.0.0.2")));
        assertEquals("unknown", ClientAddress.resolve(null, null, Set.of()));
    }
}
