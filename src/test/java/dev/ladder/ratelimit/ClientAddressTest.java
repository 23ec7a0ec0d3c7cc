package dev.ladder.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.vertx.core.net.SocketAddress;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
    /** As Quarkus hands it over: the socket's peer, or the X-Forwarded-For address of a trusted proxy, unresolved. */
    private static String of(String host) {
        return ClientAddress.of(SocketAddress.inetSocketAddress(40000, host));
    }

    @Test
    void anIpv4ClientCountsByItsAddress() {
        assertEquals("203.0.113.7", of("203.0.113.7"));
        assertNotEquals(of("203.0.113.7"), of("203.0.113.8"));
    }

    @Test
    void anIpv6ClientCountsByItsSlash64() {
        assertEquals("2001:db8:1:2::/64", of("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        assertEquals(of("2001:db8:1:2::1"), of("2001:db8:1:2:ffff:ffff:ffff:ffff"));
        assertNotEquals(of("2001:db8:1:2::1"), of("2001:db8:1:3::1"));
    }

    @Test
    void anIpv6AddressInBracketsIsTheSameClient() {
        assertEquals(of("2001:db8:1:2::1"), of("[2001:db8:1:2::1]"));
    }

    @Test
    void anIpv4MappedIpv6AddressIsTheIpv4Client() {
        assertEquals("203.0.113.7", of("::ffff:203.0.113.7"));
    }

    @Test
    void whatIsNotAnAddressIsKeptAsItCameAndNeverResolved() {
        assertEquals("localhost", of("localhost"));
        assertEquals("unknown", of("unknown"));
    }
}
