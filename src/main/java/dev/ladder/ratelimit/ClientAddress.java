package dev.ladder.ratelimit;

import io.netty.util.NetUtil;
import io.vertx.core.net.SocketAddress;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The address a client's per-address buckets are keyed by. It is the socket's remote address,
 * which Quarkus replaces with the X-Forwarded-For one only when quarkus.http.proxy.* says to trust
 * the proxy that sent it. An IPv6 client counts by its /64: that is what one subscriber gets, and
 * it holds more addresses than anyone could exhaust buckets with.
 */
final class ClientAddress {
    private ClientAddress() {}

    static String of(SocketAddress remote) {
        // host(), not hostAddress(): an address from X-Forwarded-For is not resolved, and IPv6 may come in brackets.
        String host = remote.host();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(host);
        if (bytes == null) {
            return host;
        }
        try {
            InetAddress address = InetAddress.getByAddress(bytes);
            if (address instanceof Inet6Address) {
                byte[] network = Arrays.copyOf(Arrays.copyOf(bytes, 8), 16);
                return NetUtil.bytesToIpAddress(network) + "/64";
            }
            // An IPv4-mapped IPv6 address comes back as the IPv4 address it maps.
            return address.getHostAddress();
        } catch (UnknownHostException e) {
            return host;
        }
    }
}
