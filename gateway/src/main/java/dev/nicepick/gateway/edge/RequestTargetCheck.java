package dev.nicepick.gateway.edge;

import dev.nicepick.gateway.netty.RequestDecoding;
import dev.nicepick.text.RequestText;
import dev.nicepick.text.RequestText.Part;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses, before routing, security or rate limits look at it, any request whose target or headers could be read
 * two ways or carry bytes no service should see, so that every later step judges one reading of the request:
 * <ul>
 *   <li>a request-target over {@value #MAX_TARGET_BYTES} bytes: 414; a header block over {@value #MAX_HEADER_BYTES}
 *       bytes: 431 (the services accept more, so whatever passes here still fits after the gateway adds its own);</li>
 *   <li>a path that is not in canonical form (RFC 3986 section 6.2.2): a percent-escape of an unreserved character
 *       ({@code /%61pi} for {@code /api}), an escaped {@code /}, {@code \} or {@code %}, a {@code ;} (path
 *       parameters), an empty, {@code .} or {@code ..} segment: 400;</li>
 *   <li>in the path, any query parameter's name or value, or any header: a broken percent-escape, bytes that are not
 *       UTF-8 (overlong forms such as {@code %C0%80} included), or a control character (C0 or DEL; a header may hold a
 *       tab), by the rules every service keeps too ({@link RequestText}): 400 naming the parameter; so is a target
 *       Netty could not parse ({@link RequestDecoding}).</li>
 * </ul>
 */
public class RequestTargetCheck implements WebFilter {

    static final int MAX_TARGET_BYTES = 8 * 1024;
    static final int MAX_HEADER_BYTES = 8 * 1024;
    private static final String UNRESERVED_MARKS = "-._~";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return problem(exchange.getRequest())
                .map(refusal -> Refusals.write(exchange, refusal))
                .orElseGet(() -> chain.filter(exchange));
    }

    /** The first rule the request breaks, if any. */
    static Optional<Refusal> problem(ServerHttpRequest request) {
        String rawPath = request.getURI().getRawPath();
        String rawQuery = request.getURI().getRawQuery();
        if (rawPath.length() + (rawQuery == null ? 0 : rawQuery.length() + 1) > MAX_TARGET_BYTES) {
            return Optional.of(Refusal.of(HttpStatus.URI_TOO_LONG, "The request-target may have at most " + MAX_TARGET_BYTES + " bytes."));
        }
        String malformed = request.getHeaders().getFirst(RequestDecoding.MALFORMED_TARGET);
        if (malformed != null) {
            return Optional.of(Refusal.invalid(malformed, "PercentEncoding",
                    "must use '%' only in escapes of two hex digits and escape every character RFC 3986 does not allow"));
        }
        return headerSize(request.getHeaders())
                .or(() -> path(rawPath))
                .or(() -> rawQuery == null ? Optional.empty() : query(rawQuery))
                .or(() -> headers(request.getHeaders()));
    }

    private static Optional<Refusal> headerSize(HttpHeaders headers) {
        long bytes = 0;
        for (Map.Entry<String, List<String>> header : headers.headerSet()) {
            for (String value : header.getValue()) {
                bytes += header.getKey().length() + value.length() + 4;
            }
        }
        return bytes > MAX_HEADER_BYTES ? Optional.of(Refusal.of(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                "The request's header fields may have at most " + MAX_HEADER_BYTES + " bytes together.")) : Optional.empty();
    }

    private static Optional<Refusal> path(String rawPath) {
        String lower = rawPath.toLowerCase(java.util.Locale.ROOT);
        if (rawPath.indexOf(';') >= 0 || lower.contains("%3b") || lower.contains("%25")) {
            // path parameters and escaped escapes are read differently by different servers: none of ours uses them
            return Optional.of(Refusal.invalid("path", "CanonicalPath", "must not hold ';' or an escaped ';' or '%'"));
        }
        for (int i = rawPath.indexOf('%'); i >= 0 && i + 2 < rawPath.length(); i = rawPath.indexOf('%', i + 1)) {
            int value = hexByte(rawPath, i);
            if (value >= 0 && (isUnreserved((char) value) || value == '/' || value == '\\')) {
                return Optional.of(Refusal.invalid("path", "CanonicalEncoding", "'" + rawPath.substring(i, i + 3)
                        + "' must be sent as the character itself; the path must be in canonical form"));
            }
        }
        String[] segments = rawPath.split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            boolean last = i == segments.length - 1;
            if ((segments[i].isEmpty() && !last) || segments[i].equals(".") || segments[i].equals("..")) {
                return Optional.of(Refusal.invalid("path", "CanonicalPath", "must not hold empty, '.' or '..' segments"));
            }
        }
        return text("path", rawPath, Part.PATH);
    }

    private static Optional<Refusal> query(String rawQuery) {
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            Optional<Refusal> name = text("query", rawName, Part.QUERY);
            if (name.isPresent()) {
                return name;
            }
            if (equals >= 0) {
                Optional<Refusal> value = text(RequestText.decode(rawName, Part.QUERY), pair.substring(equals + 1), Part.QUERY);
                if (value.isPresent()) {
                    return value;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Refusal> headers(HttpHeaders headers) {
        for (Map.Entry<String, List<String>> header : headers.headerSet()) {
            if (!header.getKey().chars().allMatch(c -> c > 0x20 && c < 0x7f && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0)) {
                return Optional.of(Refusal.invalid("headers", "HeaderName", "a header name must be an RFC 9110 token"));
            }
            for (String value : header.getValue()) {
                Optional<Refusal> refusal = text(header.getKey(), value, Part.HEADER);
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
        }
        return Optional.empty();
    }

    /** One raw part judged by the rules every service keeps too ({@link RequestText}). */
    private static Optional<Refusal> text(String field, String raw, Part part) {
        return RequestText.check(raw, part).map(violation -> Refusal.invalid(field, violation.rule(), violation.message()));
    }

    private static int hexByte(String raw, int percent) {
        int high = Character.digit(raw.charAt(percent + 1), 16);
        int low = Character.digit(raw.charAt(percent + 2), 16);
        return high < 0 || low < 0 ? -1 : high * 16 + low;
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || UNRESERVED_MARKS.indexOf(c) >= 0;
    }
}
