package vn.vanthu.portal;

import java.util.Set;

/**
 * The address a public request comes from: the connection's remote address, or, when that is one
 * of the configured trusted reverse proxies ({@code vanthu.public.trustedProxies}), the right-most
 * address of X-Forwarded-For that is not itself a trusted proxy. Without trusted proxies the header
 * is ignored, so a client cannot choose its own address to escape the look-up limits.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String resolve(String remoteAddress, String forwardedFor, Set<String> trustedProxies) {
        String remote = remoteAddress == null || remoteAddress.isBlank() ? "unknown" : remoteAddress.strip();
        if (!trustedProxies.contains(remote) || forwardedFor == null || forwardedFor.isBlank() || forwardedFor.length() > 1000) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.matches("[0-9A-Fa-f:.\\[\\]]{2,64}") ? hop : remote;
            }
        }
        return remote;
    }
}
