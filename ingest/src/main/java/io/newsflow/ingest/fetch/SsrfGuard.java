package io.newsflow.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps the crawler away from addresses a URL must never reach: loopback, private and link-local
 * networks (cloud metadata at 169.254.169.254), CGNAT, multicast, unspecified and reserved ranges,
 * in IPv4 and IPv6 and in IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4).
 *
 * <p>We resolve the host ourselves and refuse it if <em>any</em> address it resolves to is blocked, so a
 * round-robin name cannot smuggle one private address in. Hosts written as non-canonical IPv4 numbers
 * ({@code 2130706433}, {@code 0177.0.0.1}, {@code 0x7f.1}) are refused outright: resolvers, browsers and
 * {@code java.net} disagree on what they mean, and no real news site uses them.
 *
 * <p>A deployment lets chosen ranges or hosts through with an {@link AddressAllowList}; link-local
 * addresses (cloud metadata) stay refused unless a range inside them or the host itself is named.
 *
 * <p>DNS rebinding: {@link java.net.http.HttpClient} resolves the host again when it connects and
 * cannot be handed an address. The JVM caches successful lookups (30 s by default,
 * {@code networkaddress.cache.ttl}), so the client's lookup normally returns what we checked; a
 * deployment that must close the gap fully sets that TTL high or puts an egress proxy with the same rules
 * in front. This is a documented limit, not an oversight.
 */
public final class SsrfGuard {

    /** DNS lookup, replaceable in tests so that no test depends on real name servers. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final AddressAllowList allowed;
    private final Resolver resolver;

    public SsrfGuard(AddressAllowList allowed) {
        this(allowed, InetAddress::getAllByName);
    }

    public SsrfGuard(AddressAllowList allowed, Resolver resolver) {
        this.allowed = allowed;
        this.resolver = resolver;
    }

    /** Why {@code url} may not be fetched, or empty when every address of its host is public. */
    public Optional<String> check(URI url) {
        if (url.getHost() == null || url.getHost().isEmpty()) {
            return Optional.of("no host in " + url);
        }
        String host = bareHost(url.getHost());
        if (IpNotation.looksNumeric(host) && !IpNotation.isCanonicalIpv4(host)) {
            return Optional.of("non-canonical IP notation '" + host + "' (" + IpNotation.describe(host) + ")");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of("cannot resolve host '" + host + "'");
        }
        if (addresses.length == 0) {
            return Optional.of("host '" + host + "' resolves to nothing");
        }
        if (allowed.allowsHost(host)) {
            return Optional.empty(); // named on the allow-list: whatever it resolves to
        }
        return firstRefused(host, addresses);
    }

    /** The host in lower case, without an IPv6 literal's brackets or a fully-qualified name's final dot. */
    private static String bareHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    /** Why the first blocked address that the allow-list does not let through is refused, if there is one. */
    private Optional<String> firstRefused(String host, InetAddress[] addresses) {
        for (InetAddress a : addresses) {
            Optional<String> why = blocked(a);
            if (why.isPresent() && !allowed.allowsAddress(a)) {
                return Optional.of("host '" + host + "' resolves to " + a.getHostAddress() + ", " + why.get());
            }
        }
        return Optional.empty();
    }

    /** Why this one address is off limits, or empty when it is a public unicast address. */
    static Optional<String> blocked(InetAddress a) {
        if (a instanceof Inet4Address) {
            return blockedV4(a.getAddress());
        }
        byte[] embedded = embeddedIpv4((Inet6Address) a);
        if (embedded != null) {
            return blockedV4(embedded).map(why -> "IPv4-in-IPv6 form of " + why);
        }
        if (a.isAnyLocalAddress()) return Optional.of("unspecified address");
        if (a.isLoopbackAddress()) return Optional.of("loopback");
        return firstContaining(BLOCKED_V6, firstWord(a.getAddress()));
    }

    /** IPv6 ranges by their first 32 bits (none is narrower than /32). */
    private static final List<Cidr> BLOCKED_V6 = List.of(
            new Cidr(0xFC000000, 7, "unique local (fc00::/7)"),
            new Cidr(0xFE800000, 10, "link-local (fe80::/10)"),
            new Cidr(0xFEC00000, 10, "site-local (fec0::/10)"),
            new Cidr(0xFF000000, 8, "multicast (ff00::/8)"),
            new Cidr(0x20010DB8, 32, "documentation (2001:db8::/32)"));

    private static final List<Cidr> BLOCKED_V4 = List.of(
            new Cidr(0x00000000, 8, "unspecified/this network (0.0.0.0/8)"),
            new Cidr(0x0A000000, 8, "private (10.0.0.0/8)"),
            new Cidr(0x64400000, 10, "carrier-grade NAT (100.64.0.0/10)"),
            new Cidr(0x7F000000, 8, "loopback (127.0.0.0/8)"),
            new Cidr(0xA9FE0000, 16, "link-local (169.254.0.0/16, includes cloud metadata)"),
            new Cidr(0xAC100000, 12, "private (172.16.0.0/12)"),
            new Cidr(0xC0000000, 24, "IETF protocol assignments (192.0.0.0/24)"),
            new Cidr(0xC0000200, 24, "documentation (192.0.2.0/24)"),
            new Cidr(0xC0A80000, 16, "private (192.168.0.0/16)"),
            new Cidr(0xC6120000, 15, "benchmarking (198.18.0.0/15)"),
            new Cidr(0xE0000000, 4, "multicast (224.0.0.0/4)"),
            new Cidr(0xF0000000, 4, "reserved/broadcast (240.0.0.0/4)"));

    private static Optional<String> blockedV4(byte[] b) {
        return firstContaining(BLOCKED_V4, firstWord(b));
    }

    private static Optional<String> firstContaining(List<Cidr> ranges, int word) {
        return ranges.stream().filter(c -> c.contains(word)).map(Cidr::name).findFirst();
    }

    /** The first four bytes as one big-endian int. */
    private static int firstWord(byte[] b) {
        return ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
    }

    /** The IPv4 address an IPv6 address stands for: ::ffff:a.b.c.d, ::a.b.c.d, 64:ff9b::a.b.c.d, 2002:aabb:ccdd::. */
    private static byte[] embeddedIpv4(Inet6Address a) {
        byte[] b = a.getAddress();
        boolean zero80 = allZero(b, 0, 10);
        if (zero80 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return new byte[] {b[12], b[13], b[14], b[15]};
        }
        if (zero80 && b[10] == 0 && b[11] == 0 && !allZero(b, 12, 4) && !a.isLoopbackAddress()) {
            return new byte[] {b[12], b[13], b[14], b[15]};
        }
        if (b[0] == 0 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && allZero(b, 4, 8)) {
            return new byte[] {b[12], b[13], b[14], b[15]};
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return new byte[] {b[2], b[3], b[4], b[5]};
        }
        return null;
    }

    private static boolean allZero(byte[] b, int from, int len) {
        for (int i = from; i < from + len; i++) {
            if (b[i] != 0) return false;
        }
        return true;
    }

    private record Cidr(int base, int bits, String name) {
        boolean contains(int ip) {
            int mask = bits == 0 ? 0 : -1 << (32 - bits);
            return (ip & mask) == (base & mask);
        }
    }
}
