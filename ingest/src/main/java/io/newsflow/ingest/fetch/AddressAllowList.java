package io.newsflow.ingest.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The addresses the {@link SsrfGuard} would refuse that a deployment lets through all the same: an
 * intranet news feed on {@code 10.20.0.0/16}, a partner's host {@code news.intranet}. Entries are CIDR
 * ranges (IPv4 or IPv6, a lone address is its own /32 or /128) or host names ({@code *.intranet} for every
 * name under it). Link-local addresses (169.254.0.0/16 with the cloud metadata service, fe80::/10) pass
 * only through a range that lies inside them or a named host: a broad {@code 0.0.0.0/0} does not open them.
 */
public final class AddressAllowList {

    private static final Pattern HOST = Pattern.compile("(\\*\\.)?[a-z0-9]([a-z0-9.-]*[a-z0-9])?");

    private record Range(byte[] base, int bits, String text) {
        boolean contains(byte[] a) {
            if (a.length != base.length) return false;
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((a[i / 8] & mask) != (base[i / 8] & mask)) return false;
            }
            return true;
        }

        /** True when every address of this range is link-local: the range names link-local on purpose. */
        boolean insideLinkLocal() {
            return base.length == 4
                    ? bits >= 16 && (base[0] & 0xff) == 169 && (base[1] & 0xff) == 254
                    : bits >= 10 && (base[0] & 0xff) == 0xfe && (base[1] & 0xc0) == 0x80;
        }
    }

    private final List<Range> ranges;
    private final List<String> hosts;

    private AddressAllowList(List<Range> ranges, List<String> hosts) {
        this.ranges = List.copyOf(ranges);
        this.hosts = List.copyOf(hosts);
    }

    public static AddressAllowList none() {
        return new AddressAllowList(List.of(), List.of());
    }

    /** Reads the entries; a bad one fails with its text. */
    public static AddressAllowList parse(List<String> entries) {
        List<Range> ranges = new ArrayList<>();
        List<String> hosts = new ArrayList<>();
        for (String raw : entries) {
            String e = raw.strip().toLowerCase(Locale.ROOT);
            if (e.isEmpty()) continue;
            if (e.contains("/") || e.contains(":") || IpNotation.isCanonicalIpv4(e)) {
                ranges.add(range(e));
            } else if (HOST.matcher(e).matches() && !IpNotation.looksNumeric(e)) {
                hosts.add(e);
            } else {
                throw new IllegalArgumentException(
                        "private allow-list: '" + raw + "' is neither a CIDR range nor a host name");
            }
        }
        return new AddressAllowList(ranges, hosts);
    }

    private static Range range(String e) {
        int slash = e.indexOf('/');
        String addr = slash < 0 ? e : e.substring(0, slash);
        if (!addr.contains(":") && !IpNotation.isCanonicalIpv4(addr)) {
            throw new IllegalArgumentException("private allow-list: '" + e + "' is not a CIDR range");
        }
        byte[] base;
        try {
            base = InetAddress.getByName(addr).getAddress(); // a literal: no lookup is made
        } catch (UnknownHostException ex) {
            throw new IllegalArgumentException("private allow-list: '" + e + "' is not a CIDR range", ex);
        }
        int bits;
        try {
            bits = slash < 0 ? base.length * 8 : Integer.parseInt(e.substring(slash + 1));
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("private allow-list: bad prefix length in '" + e + "'", ex);
        }
        if (bits < 0 || bits > base.length * 8) {
            throw new IllegalArgumentException("private allow-list: prefix length out of range in '" + e + "'");
        }
        return new Range(base, bits, e);
    }

    /** True when {@code host} is named on the list (exactly, or under a {@code *.} entry). */
    public boolean allowsHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        for (String e : hosts) {
            if (e.startsWith("*.") ? h.endsWith(e.substring(1)) : h.equals(e)) return true;
        }
        return false;
    }

    /** True when {@code a} lies in a listed range; link-local only through a range inside link-local. */
    public boolean allowsAddress(InetAddress a) {
        byte[] b = a.getAddress();
        boolean linkLocal = a.isLinkLocalAddress();
        for (Range r : ranges) {
            if (r.contains(b) && (!linkLocal || r.insideLinkLocal())) return true;
        }
        return false;
    }

    public boolean isEmpty() {
        return ranges.isEmpty() && hosts.isEmpty();
    }

    @Override
    public String toString() {
        List<String> all = new ArrayList<>(ranges.stream().map(Range::text).toList());
        all.addAll(hosts);
        return String.join(",", all);
    }
}
