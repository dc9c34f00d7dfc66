package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SsrfGuardTest {

    /** Resolves IP literals only and a few fixed names, so no test asks a real DNS server. */
    private static InetAddress[] fakeDns(String host) throws UnknownHostException {
        return switch (host) {
            case "news.example" -> new InetAddress[] {InetAddress.getByName("93.184.216.34")};
            case "rebind.example" ->
                new InetAddress[] {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.5")};
            case "metadata.example" -> new InetAddress[] {InetAddress.getByName("169.254.169.254")};
            case "news.intranet.example" -> new InetAddress[] {InetAddress.getByName("10.9.9.9")};
            case "localhost" -> new InetAddress[] {InetAddress.getByName("127.0.0.1")};
            default -> {
                if (host.chars().anyMatch(c -> c == ':')
                        || host.chars().allMatch(c -> c == '.' || Character.isDigit(c))) {
                    yield new InetAddress[] {InetAddress.getByName(host)};
                }
                throw new UnknownHostException(host);
            }
        };
    }

    private final SsrfGuard guard = new SsrfGuard(AddressAllowList.none(), SsrfGuardTest::fakeDns);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1/",
                "http://127.1.2.3/",
                "http://localhost/",
                "http://10.1.2.3/",
                "http://172.16.0.1/",
                "http://172.31.255.255/",
                "http://192.168.1.1/",
                "http://169.254.169.254/latest/meta-data/",
                "http://metadata.example/",
                "http://100.64.0.1/",
                "http://100.127.255.255/",
                "http://0.0.0.0/",
                "http://224.0.0.1/",
                "http://255.255.255.255/",
                "http://[::1]/",
                "http://[::]/",
                "http://[fc00::1]/",
                "http://[fd12:3456::1]/",
                "http://[fe80::1]/",
                "http://[ff02::1]/",
                "http://[::ffff:127.0.0.1]/",
                "http://[::ffff:7f00:1]/",
                "http://[::ffff:169.254.169.254]/",
                "http://[::127.0.0.1]/",
                "http://[64:ff9b::a9fe:a9fe]/",
                "http://[2002:7f00:1::]/",
                "http://rebind.example/",
                "http://2130706433/",
                "http://0177.0.0.1/",
                "http://0x7f.0.0.1/",
                "http://0x7f000001/",
                "http://127.1/",
                "http://017700000001/",
                "http://0251.0376.0251.0376/",
                "http://127.0.0.01/"
            })
    void refusesNonPublicAddressesInEveryNotation(String url) {
        assertThat(guard.check(URI.create(url))).as(url).isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://news.example/a",
                "http://93.184.216.34/",
                "http://8.8.8.8/",
                "http://[2606:4700::1111]/",
                "http://100.63.255.255/",
                "http://100.128.0.1/",
                "http://172.15.0.1/",
                "http://172.32.0.1/",
                "http://11.0.0.1/"
            })
    void letsPublicAddressesThrough(String url) {
        assertThat(guard.check(URI.create(url))).as(url).isEmpty();
    }

    @Test
    void explainsWhatAnObscureNotationMeans() {
        assertThat(guard.check(URI.create("http://2130706433/")))
                .get()
                .asString()
                .contains("means 127.0.0.1");
        assertThat(guard.check(URI.create("http://0177.0.0.1/")))
                .get()
                .asString()
                .contains("means 127.0.0.1");
    }

    @Test
    void namesTheRangeThatRefusedAHost() {
        assertThat(guard.check(URI.create("http://metadata.example/")))
                .get()
                .asString()
                .contains("169.254.169.254")
                .contains("link-local");
    }

    @Test
    void anAllowedRangeLetsItsAddressesThroughButNotAmbiguousNotations() {
        SsrfGuard permissive = new SsrfGuard(AddressAllowList.parse(List.of("127.0.0.0/8")), SsrfGuardTest::fakeDns);
        assertThat(permissive.check(URI.create("http://127.0.0.2:8080/"))).isEmpty();
        assertThat(permissive.check(URI.create("http://2130706433/"))).isPresent();
        assertThat(permissive.check(URI.create("http://10.1.2.3/"))).isPresent();
    }

    @Test
    void anIntranetRangeOrHostMayBeAllowedWithoutOpeningTheRest() {
        SsrfGuard intranet = new SsrfGuard(
                AddressAllowList.parse(List.of("10.20.0.0/16", "fd00:1::/32", "*.intranet.example")),
                SsrfGuardTest::fakeDns);
        assertThat(intranet.check(URI.create("http://10.20.3.4/feed"))).isEmpty();
        assertThat(intranet.check(URI.create("http://[fd00:1::5]/feed"))).isEmpty();
        assertThat(intranet.check(URI.create("http://news.intranet.example/"))).isEmpty(); // resolves to 10.9.9.9
        assertThat(intranet.check(URI.create("http://10.21.0.1/")))
                .get()
                .asString()
                .contains("private (10.0.0.0/8)");
        assertThat(intranet.check(URI.create("http://192.168.1.1/"))).isPresent();
        assertThat(intranet.check(URI.create("http://169.254.169.254/"))).isPresent();
        assertThat(intranet.check(URI.create("http://metadata.example/"))).isPresent();
    }

    @Test
    void linkLocalAndMetadataStayRefusedUnlessNamed() {
        SsrfGuard everything =
                new SsrfGuard(AddressAllowList.parse(List.of("0.0.0.0/0", "::/0")), SsrfGuardTest::fakeDns);
        assertThat(everything.check(URI.create("http://10.1.2.3/"))).isEmpty();
        assertThat(everything.check(URI.create("http://169.254.169.254/latest/meta-data/")))
                .get()
                .asString()
                .contains("link-local");
        assertThat(everything.check(URI.create("http://[fe80::1]/"))).isPresent();
        assertThat(everything.check(URI.create("http://metadata.example/"))).isPresent();
        SsrfGuard named = new SsrfGuard(
                AddressAllowList.parse(List.of("169.254.169.254", "metadata.example")), SsrfGuardTest::fakeDns);
        assertThat(named.check(URI.create("http://169.254.169.254/"))).isEmpty();
        assertThat(named.check(URI.create("http://metadata.example/"))).isEmpty();
        assertThat(named.check(URI.create("http://169.254.1.1/"))).isPresent();
    }

    @Test
    void aBadEntryIsRefusedWithItsText() {
        assertThatThrownBy(() -> AddressAllowList.parse(List.of("10.0.0.0/33"))).hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> AddressAllowList.parse(List.of("0x7f.1"))).hasMessageContaining("0x7f.1");
        assertThatThrownBy(() -> AddressAllowList.parse(List.of("news intranet")))
                .hasMessageContaining("news intranet");
    }

    @Test
    void unresolvableHostsAreRefused() {
        assertThat(guard.check(URI.create("http://no-such-host.example/")))
                .get()
                .asString()
                .contains("cannot resolve");
    }
}
