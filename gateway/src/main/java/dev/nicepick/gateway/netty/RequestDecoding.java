package dev.nicepick.gateway.netty;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpRequest;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.netty.NettyPipeline;

import java.nio.charset.StandardCharsets;
import java.util.function.IntPredicate;

/**
 * How Netty reads a request before Spring sees it, set so that every bad request reaches the gateway's own
 * checks ({@code RequestTargetCheck}) and is answered as a problem, rather than with the bare, bodiless 400 that
 * Netty or Spring's adapter would give:
 * <ul>
 *   <li>header values are not validated by Netty ({@code server.netty.validate-headers: false}): the gateway refuses
 *       control characters itself;</li>
 *   <li>printable characters RFC 3986 does not allow ({@code |}, {@code ^}, {@code {}, ...), which browsers leave in
 *       pasted links, are percent-encoded and the request goes on; a request-target {@code java.net.URI} still could
 *       not parse (a {@code %} without two hex digits, a control character, a byte beyond ASCII) is repaired into a
 *       parseable one and marked with
 *       {@value #MALFORMED_TARGET} naming where it broke ({@code path}, or the query parameter's name), so that it
 *       is refused with 400 naming that part;</li>
 *   <li>backstop limits above the gateway's own 8 KB ({@code server.max-http-request-header-size},
 *       {@code server.netty.max-initial-line-length}).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class RequestDecoding {

    /** Set on a request whose target had to be repaired; a client that sends it is refused too. */
    public static final String MALFORMED_TARGET = "X-Nicepick-Malformed-Target";
    private static final String ALLOWED = "-._~!$&'()*+,;=:@/?";
    private static final ChannelHandler MARK_MALFORMED_TARGETS = new MalformedTargetMarker();

    /** The limits and header validation are Spring Boot's settings ({@code server.*} in application.yml). */
    @Bean
    NettyServerCustomizer nettyRequestDecoding() {
        return server -> server
                .doOnChannelInit((observer, channel, remote) -> {
                    if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                        channel.pipeline().addAfter(NettyPipeline.HttpCodec, "nicepick.malformedTargets", MARK_MALFORMED_TARGETS);
                    }
                });
    }

    @ChannelHandler.Sharable
    private static final class MalformedTargetMarker extends ChannelInboundHandlerAdapter {

        @Override
        public void channelRead(ChannelHandlerContext context, Object message) {
            if (message instanceof HttpRequest request) {
                String target = request.uri();
                String lenient = lenient(target);
                String repaired = repair(lenient);
                if (!repaired.equals(target)) {
                    request.setUri(repaired);
                }
                if (!repaired.equals(lenient)) {
                    request.headers().set(MALFORMED_TARGET, brokenPart(lenient, firstDifference(lenient, repaired)));
                }
            }
            context.fireChannelRead(message);
        }
    }

    /** The target with every character RFC 3986 does not allow there, and every stray {@code %}, percent-encoded. */
    static String repair(String target) {
        return encode(target, c -> true);
    }

    /**
     * The target with the printable characters RFC 3986 does not allow but browsers leave as they are in a pasted
     * link ({@code |}, {@code ^}, {@code `}, {@code {}, {@code "}, ...) percent-encoded, as if the client had done it;
     * what else is malformed (a stray {@code %}, a control character, a byte beyond ASCII) stays for {@link #repair}.
     */
    static String lenient(String target) {
        return encode(target, c -> c > 0x20 && c < 0x7f && c != '%');
    }

    private static String encode(String target, IntPredicate encodable) {
        StringBuilder encoded = null;
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            boolean ok = isAllowed(c) || (c == '%' && i + 2 < target.length() && isHex(target.charAt(i + 1)) && isHex(target.charAt(i + 2)));
            if (ok || !encodable.test(c)) {
                if (encoded != null) {
                    encoded.append(c);
                }
                continue;
            }
            if (encoded == null) {
                encoded = new StringBuilder(target.substring(0, i));
            }
            for (byte b : String.valueOf(c).getBytes(StandardCharsets.ISO_8859_1)) {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return encoded == null ? target : encoded.toString();
    }

    /** {@code path}, or the name of the query parameter the character at {@code index} belongs to. */
    static String brokenPart(String target, int index) {
        int query = target.indexOf('?');
        if (query < 0 || index < query) {
            return "path";
        }
        int start = target.lastIndexOf('&', index) + 1;
        String pair = target.substring(Math.max(start, query + 1));
        int end = pair.indexOf('&');
        pair = end < 0 ? pair : pair.substring(0, end);
        int equals = pair.indexOf('=');
        String name = equals < 0 ? pair : pair.substring(0, equals);
        return name.isEmpty() || !repair(name).equals(name) || name.contains("%") ? "query" : name;
    }

    private static int firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static boolean isAllowed(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ALLOWED.indexOf(c) >= 0;
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
