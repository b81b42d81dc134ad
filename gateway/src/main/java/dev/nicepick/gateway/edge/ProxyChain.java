package dev.nicepick.gateway.edge;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.springframework.http.HttpHeaders;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a request's client address behind the proxies the gateway trusts ({@code nicepick.gateway.trusted-proxies},
 * IPv4 and IPv6 networks in CIDR notation), by the right-to-left rule of nginx's {@code real_ip_recursive on}:
 * every proxy appends the address it saw to {@code X-Forwarded-For}, so, walking the list from the right and
 * skipping addresses that are trusted proxies themselves, the first untrusted address is the client. What stands
 * to its left was written by the client and is never believed, so a client cannot choose its own address by
 * sending an {@code X-Forwarded-For} of its own through the proxy.
 * <ul>
 *     <li>From a peer that is no trusted proxy (and with the setting empty, from every peer) the forwarded headers
 *     are ignored: the client is the TCP peer.</li>
 *     <li>{@code X-Forwarded-For} wins when a request carries it and RFC 7239 {@code Forwarded} too, because it is
 *     what ingress-nginx, Envoy, Traefik, HAProxy and the cloud load balancers write; the {@code for=} parameters of
 *     {@code Forwarded} are read only when there is no {@code X-Forwarded-For}. (Behind a proxy that writes only
 *     {@code Forwarded}, have it drop the client's {@code X-Forwarded-For}.)</li>
 *     <li>A malformed entry (anything but an IP literal: a host name, {@code unknown}, an obfuscated {@code _id},
 *     an empty entry, an IPv4 address with leading zeros) ends the walk at the last good address: the proxy's
 *     header is not the reader's fault, so it is never refused.</li>
 *     <li>An entry may carry a port ({@code 192.0.2.7:4711}, {@code [2001:db8::7]:4711}); IPv4-mapped IPv6
 *     addresses ({@code ::ffff:192.0.2.7}) are the IPv4 address, in entries and in the setting alike.</li>
 *     <li>When every entry is a trusted proxy, the leftmost is the client.</li>
 * </ul>
 * Spring's own pieces do not fit: {@code ForwardedHeaderTransformer}, Netty's forwarded handler and Spring Cloud
 * Gateway's server customizer take the leftmost entry (the client's own words), and Spring Cloud Gateway's
 * {@code XForwardedRemoteAddressResolver} trusts a fixed number of hops instead of networks. Networks are matched
 * by Netty's {@link IpSubnetFilterRule}; addresses are read as literals by Netty's {@link NetUtil}, never looked up
 * in DNS.
 */
public final class ProxyChain {

    static final String X_FORWARDED_FOR = "X-Forwarded-For";
    static final String FORWARDED = "Forwarded";

    // no leading zeros: "010" reads as 10 here but as octal 8 elsewhere
    private static final Pattern DOTTED_QUAD = Pattern.compile("(0|[1-9]\\d{0,2})(\\.(0|[1-9]\\d{0,2})){3}");
    private static final Pattern PORT = Pattern.compile(":\\d{1,5}");
    private static final Pattern PREFIX = Pattern.compile("\\d{1,3}");
    private static final int MAPPED_PREFIX = 96;

    private final List<IpSubnetFilterRule> trusted;

    /**
     * @param networks the trusted proxies, each an address or a network in CIDR notation ({@code 10.0.0.0/8},
     *                 {@code fd00::/8}, {@code 127.0.0.1}); empty trusts no proxy
     * @throws IllegalArgumentException for an entry that is none of those ({@link Networks} says so at start)
     */
    public ProxyChain(List<String> networks) {
        this.trusted = networks.stream().map(network -> network(network)
                .orElseThrow(() -> new IllegalArgumentException("not a network in CIDR notation: " + network))).toList();
    }

    /**
     * The client's address.
     *
     * @param peer    the TCP peer of the request
     * @param headers the request's headers as the peer sent them
     * @return the peer itself unless it is a trusted proxy; otherwise the address the walk ends at
     */
    public InetAddress clientOf(InetAddress peer, HttpHeaders headers) {
        InetAddress client = peer;
        if (!trusts(client)) {
            return client;
        }
        List<String> hops = hops(headers);
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = node(hops.get(i));
            if (hop.isEmpty()) {
                return client;
            }
            client = hop.get();
            if (!trusts(client)) {
                return client;
            }
        }
        return client;
    }

    private boolean trusts(InetAddress address) {
        InetSocketAddress socket = new InetSocketAddress(address, 0);
        return trusted.stream().anyMatch(network -> network.matches(socket));
    }

    /** The hops the proxies reported, leftmost first: X-Forwarded-For's entries, else Forwarded's {@code for=} values. */
    private static List<String> hops(HttpHeaders headers) {
        List<String> forwardedFor = headers.getOrEmpty(X_FORWARDED_FOR);
        if (!forwardedFor.isEmpty()) {
            return forwardedFor.stream().flatMap(line -> split(line, ',').stream()).toList();
        }
        return headers.getOrEmpty(FORWARDED).stream().flatMap(line -> split(line, ',').stream())
                .map(ProxyChain::forOf).toList();
    }

    /** The {@code for=} value of one RFC 7239 element, unquoted; empty (so malformed) when it has none. */
    private static String forOf(String element) {
        for (String pair : split(element, ';')) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).strip().equalsIgnoreCase("for")) {
                String value = pair.substring(equals + 1).strip();
                return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                        ? value.substring(1, value.length() - 1) : value;
            }
        }
        return "";
    }

    /** Splits at each separator outside a quoted string (RFC 9110 section 5.6.4). */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == separator && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && quoted && i + 1 < text.length()) {
                part.append(c);
                c = text.charAt(++i);
            }
            part.append(c);
        }
        parts.add(part.toString());
        return parts;
    }

    /**
     * One hop as a proxy writes it: an IPv4 address, optionally with {@code :port}; an IPv6 address, bare or in
     * brackets, optionally with {@code :port} after the brackets.
     */
    static Optional<InetAddress> node(String text) {
        String node = text.strip();
        int colon = node.indexOf(':');
        if (node.startsWith("[")) {
            int close = node.indexOf(']');
            if (close < 0 || !portOrNothing(node.substring(close + 1)) || node.substring(1, close).indexOf(':') < 0) {
                return Optional.empty();
            }
            return literal(node.substring(1, close));
        }
        if (colon >= 0 && colon == node.lastIndexOf(':')) { // one colon: IPv4 with a port
            return portOrNothing(node.substring(colon)) ? literal(node.substring(0, colon)) : Optional.empty();
        }
        return literal(node);
    }

    private static boolean portOrNothing(String text) {
        return text.isEmpty() || PORT.matcher(text).matches();
    }

    /** An IP literal: dotted-quad IPv4 or IPv6 without a zone (a zone names an interface of the writer, not a client). */
    private static Optional<InetAddress> literal(String text) {
        if (text.indexOf('%') >= 0 || text.indexOf(':') < 0 && !DOTTED_QUAD.matcher(text).matches()) {
            return Optional.empty();
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(text);
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(bytes)); // an IPv4-mapped address becomes the IPv4 one
        } catch (UnknownHostException cannotHappen) {
            throw new IllegalStateException("Netty gave an address of " + bytes.length + " bytes", cannotHappen);
        }
    }

    /**
     * One trusted-proxy entry: {@code address/prefix} or a single address. An IPv4-mapped network
     * ({@code ::ffff:10.0.0.0/104}) is the IPv4 network it maps ({@code 10.0.0.0/8}), as Java reads such addresses.
     */
    static Optional<IpSubnetFilterRule> network(String text) {
        String cidr = text.strip();
        int slash = cidr.indexOf('/');
        String address = slash < 0 ? cidr : cidr.substring(0, slash);
        Optional<InetAddress> parsed = address.startsWith("[") ? Optional.empty() : literal(address);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        boolean ipv4 = parsed.get() instanceof Inet4Address;
        int width = ipv4 ? 32 : 128;
        int prefix = width;
        if (slash >= 0) {
            String bits = cidr.substring(slash + 1);
            if (!PREFIX.matcher(bits).matches()) {
                return Optional.empty();
            }
            prefix = Integer.parseInt(bits) - (ipv4 && address.indexOf(':') >= 0 ? MAPPED_PREFIX : 0);
        }
        if (prefix < 0 || prefix > width) {
            return Optional.empty();
        }
        return Optional.of(new IpSubnetFilterRule(parsed.get(), prefix, IpFilterRuleType.ACCEPT));
    }

    /** The rule for the trusted-proxies setting: every entry an address or a network in CIDR notation. */
    @Documented
    @Constraint(validatedBy = NetworksCheck.class)
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Networks {

        String message() default "holds what is no IPv4 or IPv6 address or network in CIDR notation (such as 10.0.0.0/8"
                + " or fd00::/8): {refused}. Set nicepick.gateway.trusted-proxies (NICEPICK_GATEWAY_TRUSTEDPROXIES) to such"
                + " entries separated by commas, or leave it empty to trust no proxy";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Checks {@link Networks} with the same reading {@link ProxyChain} uses, and names the entries it refuses. */
    public static final class NetworksCheck implements ConstraintValidator<Networks, List<String>> {

        @Override
        public boolean isValid(List<String> networks, ConstraintValidatorContext context) {
            if (networks == null) {
                return true;
            }
            List<String> refused = networks.stream().filter(network -> network == null || network(network).isEmpty())
                    .map(network -> "\"" + network + "\"").toList();
            // a message parameter is never read as a template, whatever the entry holds
            context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("refused", String.join(", ", refused));
            return refused.isEmpty();
        }
    }
}
