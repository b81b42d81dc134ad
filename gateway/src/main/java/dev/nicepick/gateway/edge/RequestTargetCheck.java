package dev.nicepick.gateway.edge;

import dev.nicepick.gateway.netty.RequestDecoding;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
 *       ({@code /%61pi} for {@code /api}), an escaped {@code /} or {@code \}, an empty, {@code .} or {@code ..}
 *       segment: 400;</li>
 *   <li>in the path, any query parameter's name or value, or any header: a broken percent-escape, bytes that are not
 *       UTF-8 (overlong forms such as {@code %C0%80} included), or a control character (C0 or DEL; a header may hold a
 *       tab): 400 naming the parameter; so is a target Netty could not parse ({@link RequestDecoding}).</li>
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
                .or(() -> headerValues(request.getHeaders()));
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
        return text("path", rawPath, false);
    }

    private static Optional<Refusal> query(String rawQuery) {
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            Optional<Refusal> name = text("query", rawName, true);
            if (name.isPresent()) {
                return name;
            }
            if (equals >= 0) {
                Optional<Refusal> value = text(decode(rawName, true).map(Decoded::text).orElse("query"), pair.substring(equals + 1), true);
                if (value.isPresent()) {
                    return value;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Refusal> headerValues(HttpHeaders headers) {
        for (Map.Entry<String, List<String>> header : headers.headerSet()) {
            if (!header.getKey().chars().allMatch(c -> c > 0x20 && c < 0x7f && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0)) {
                return Optional.of(Refusal.invalid("headers", "HeaderName", "a header name must be an RFC 9110 token"));
            }
            for (String value : header.getValue()) {
                if (value.chars().anyMatch(c -> c != '\t' && isControl(c))) {
                    return Optional.of(Refusal.invalid(header.getKey(), "NoControlCharacters", "must not hold control characters"));
                }
            }
        }
        return Optional.empty();
    }

    /** Checks one percent-encoded part: escapes well-formed, the bytes UTF-8, no control character. */
    private static Optional<Refusal> text(String field, String raw, boolean plusIsSpace) {
        Optional<Decoded> decoded = decode(raw, plusIsSpace);
        if (decoded.isEmpty()) {
            return Optional.of(Refusal.invalid(field, "Utf8", "must be UTF-8, with '%' only in escapes of two hex digits"));
        }
        if (decoded.get().text().chars().anyMatch(RequestTargetCheck::isControl)) {
            return Optional.of(Refusal.invalid(field, "NoControlCharacters", "must not hold control characters"));
        }
        return Optional.empty();
    }

    private record Decoded(String text) {
    }

    /** The text a percent-encoded part stands for, or empty when an escape is broken or the bytes are not UTF-8. */
    private static Optional<Decoded> decode(String raw, boolean plusIsSpace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int value = i + 2 < raw.length() ? hexByte(raw, i) : -1;
                if (value < 0) {
                    return Optional.empty();
                }
                bytes.write(value);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                return Optional.empty(); // RFC 3986: anything beyond ASCII travels percent-encoded
            }
        }
        try {
            return Optional.of(new Decoded(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString()));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static int hexByte(String raw, int percent) {
        int high = Character.digit(raw.charAt(percent + 1), 16);
        int low = Character.digit(raw.charAt(percent + 2), 16);
        return high < 0 || low < 0 ? -1 : high * 16 + low;
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || UNRESERVED_MARKS.indexOf(c) >= 0;
    }

    private static boolean isControl(int c) {
        return c < 0x20 || c == 0x7f;
    }
}
