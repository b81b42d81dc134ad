package dev.nicepick.gateway.edge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The client's address behind trusted proxies: the right-to-left walk, and what ends it. */
class ProxyChainTest {

    private static final ProxyChain INGRESS = new ProxyChain(List.of("10.0.0.0/8", "fd00::/8"));

    @Test
    void withTheSettingEmptyEveryClientIsItsPeerWhateverItForwards() {
        ProxyChain none = new ProxyChain(List.of());
        assertThat(none.clientOf(ip("10.0.0.5"), xff("203.0.113.7"))).isEqualTo(ip("10.0.0.5"));
        assertThat(none.clientOf(ip("127.0.0.1"), forwarded("for=203.0.113.7"))).isEqualTo(ip("127.0.0.1"));
    }

    @Test
    void aPeerThatIsNoTrustedProxyIsTheClientWhateverItForwards() {
        assertThat(INGRESS.clientOf(ip("192.0.2.1"), xff("203.0.113.7"))).isEqualTo(ip("192.0.2.1"));
        assertThat(INGRESS.clientOf(ip("2001:db8::1"), xff("203.0.113.7"))).isEqualTo(ip("2001:db8::1"));
    }

    @Test
    void behindATrustedProxyTheClientIsTheAddressItAppended() {
        assertThat(INGRESS.clientOf(ip("10.0.0.5"), xff("203.0.113.7"))).isEqualTo(ip("203.0.113.7"));
        assertThat(INGRESS.clientOf(ip("10.0.0.5"), xff(" 203.0.113.7 "))).isEqualTo(ip("203.0.113.7"));
        assertThat(INGRESS.clientOf(ip("10.0.0.5"), xff("203.0.113.7:4711"))).isEqualTo(ip("203.0.113.7"));
    }

    @Test
    void aChainOfTrustedProxiesIsWalkedFromTheRight() {
        ProxyChain twoTiers = new ProxyChain(List.of("10.0.0.0/8", "172.16.0.0/12"));
        assertThat(twoTiers.clientOf(ip("10.0.0.5"), xff("203.0.113.7, 172.16.3.4, 10.1.1.1"))).isEqualTo(ip("203.0.113.7"));
        // header lines count as one list, in order
        assertThat(twoTiers.clientOf(ip("10.0.0.5"), xff("203.0.113.7", "172.16.3.4, 10.1.1.1"))).isEqualTo(ip("203.0.113.7"));
    }

    @Test
    void whenEveryHopIsATrustedProxyTheLeftmostIsTheClient() {
        assertThat(INGRESS.clientOf(ip("10.0.0.5"), xff("10.0.0.7, 10.0.0.8"))).isEqualTo(ip("10.0.0.7"));
        assertThat(INGRESS.clientOf(ip("10.0.0.5"), new HttpHeaders())).isEqualTo(ip("10.0.0.5"));
    }

    @Test
    void whatTheClientWroteLeftOfTheProxysEntryIsNeverBelieved() {
        assertThat(INGRESS.clientOf(ip("10.0.0.5"), xff("198.51.100.66, 203.0.113.7"))).isEqualTo(ip("203.0.113.7"));
        assertThat(INGRESS.clientOf(ip("10.0.0.5"), xff("198.51.100.66", "203.0.113.7"))).isEqualTo(ip("203.0.113.7"));
        // posing as a trusted proxy does not help either: the walk stops at the first untrusted address
        assertThat(INGRESS.clientOf(ip("10.0.0.5"), xff("198.51.100.66, 10.0.0.9, 203.0.113.7"))).isEqualTo(ip("203.0.113.7"));
    }

    @Test
    void ipv6AddressesBareOrInBracketsWithOrWithoutAPort() {
        assertThat(INGRESS.clientOf(ip("fd00::1"), xff("2001:db8::7"))).isEqualTo(ip("2001:db8::7"));
        assertThat(INGRESS.clientOf(ip("fd00::1"), xff("[2001:db8::7]"))).isEqualTo(ip("2001:db8::7"));
        assertThat(INGRESS.clientOf(ip("fd00::1"), xff("[2001:db8::7]:4711, fd12::3"))).isEqualTo(ip("2001:db8::7"));
        assertThat(INGRESS.clientOf(ip("fd00::1"), xff("203.0.113.7, fd12::3"))).isEqualTo(ip("203.0.113.7"));
    }

    @Test
    void ipv4MappedAddressesAreTheirIpv4AddressInHopsAndInTheSetting() {
        assertThat(INGRESS.clientOf(ip("::ffff:10.0.0.5"), xff("::ffff:203.0.113.7"))).isEqualTo(ip("203.0.113.7"));
        ProxyChain mapped = new ProxyChain(List.of("::ffff:10.0.0.0/104"));
        assertThat(mapped.clientOf(ip("10.0.0.5"), xff("203.0.113.7"))).isEqualTo(ip("203.0.113.7"));
        assertThat(mapped.clientOf(ip("11.0.0.5"), xff("203.0.113.7"))).isEqualTo(ip("11.0.0.5"));
    }

    @Test
    void aSingleAddressIsANetworkOfOne() {
        ProxyChain loopback = new ProxyChain(List.of("127.0.0.1", "::1"));
        assertThat(loopback.clientOf(ip("127.0.0.1"), xff("203.0.113.7"))).isEqualTo(ip("203.0.113.7"));
        assertThat(loopback.clientOf(ip("::1"), xff("203.0.113.7"))).isEqualTo(ip("203.0.113.7"));
        assertThat(loopback.clientOf(ip("127.0.0.2"), xff("203.0.113.7"))).isEqualTo(ip("127.0.0.2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown", "_hidden", "evil.example.com", "", "010.0.0.1", "1.2.3", "256.1.1.1",
            "fe80::1%eth0", "[203.0.113.7]", "203.0.113.7:", "203.0.113.7:port", "[2001:db8::7", "2001:db8::7]:80",
            "\"203.0.113.7\"", "203.0.113.7 203.0.113.8"})
    void aMalformedHopEndsTheWalkAtTheLastGoodAddress(String malformed) {
        assertThat(INGRESS.clientOf(ip("10.0.0.5"), xff(malformed))).isEqualTo(ip("10.0.0.5"));
        assertThat(INGRESS.clientOf(ip("10.0.0.5"), xff("203.0.113.7, " + malformed + ", 10.0.0.8"))).isEqualTo(ip("10.0.0.8"));
    }

    @Test
    void withoutXForwardedForTheForwardedHeadersForValuesAreWalkedTheSameWay() {
        assertThat(INGRESS.clientOf(ip("10.0.0.5"), forwarded("for=198.51.100.66, for=203.0.113.7;proto=https")))
                .isEqualTo(ip("203.0.113.7"));
        assertThat(INGRESS.clientOf(ip("10.0.0.5"), forwarded("For=\"[2001:db8::7]:4711\";by=10.0.0.5, for=10.0.0.8")))
                .isEqualTo(ip("2001:db8::7"));
        assertThat(INGRESS.clientOf(ip("10.0.0.5"), forwarded("for=\"203.0.113.7:4711\"", "proto=http;for=10.0.0.8")))
                .isEqualTo(ip("203.0.113.7"));
        // a comma inside a quoted string does not split an element
        assertThat(INGRESS.clientOf(ip("10.0.0.5"), forwarded("for=203.0.113.7, for=10.0.0.8;x=\"a,b\"")))
                .isEqualTo(ip("203.0.113.7"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"for=unknown", "for=_hidden", "for=\"_gazonk\"", "proto=https", "for=", "for=\"unterminated"})
    void obfuscatedOrMissingForValuesEndTheWalk(String element) {
        assertThat(INGRESS.clientOf(ip("10.0.0.5"), forwarded("for=203.0.113.7, " + element))).isEqualTo(ip("10.0.0.5"));
    }

    @Test
    void xForwardedForWinsOverForwardedWhenBothArePresent() {
        HttpHeaders both = xff("203.0.113.7");
        both.add(ProxyChain.FORWARDED, "for=198.51.100.66");
        assertThat(INGRESS.clientOf(ip("10.0.0.5"), both)).isEqualTo(ip("203.0.113.7"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/8", " 10.0.0.0/8 ", "10.1.2.3/8", "0.0.0.0/0", "127.0.0.1", "fd00::/8", "::/0",
            "2001:db8::1/128", "::1", "::ffff:10.0.0.0/104"})
    void networksInCidrNotation(String network) {
        assertThat(ProxyChain.network(network)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/", "10.0.0.0/8/8", "10.0.0.0/x", "fd00::/129",
            "::ffff:10.0.0.0/95", "proxy.example.com", "proxy.example.com/8", "10.0.0", "010.0.0.0/8", "[::1]/128", "",
            ".*", "fe80::1%eth0/64"})
    void whatIsNoNetworkIsRefused(String notANetwork) {
        assertThat(ProxyChain.network(notANetwork)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new ProxyChain(List.of(notANetwork)));
    }

    private static HttpHeaders xff(String... lines) {
        return headers(ProxyChain.X_FORWARDED_FOR, lines);
    }

    private static HttpHeaders forwarded(String... lines) {
        return headers(ProxyChain.FORWARDED, lines);
    }

    private static HttpHeaders headers(String name, String... lines) {
        HttpHeaders headers = new HttpHeaders();
        for (String line : lines) {
            headers.add(name, line);
        }
        return headers;
    }

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal); // literals only: no lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
