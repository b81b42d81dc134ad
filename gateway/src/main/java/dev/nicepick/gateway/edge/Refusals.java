package dev.nicepick.gateway.edge;

import dev.nicepick.api.ProblemTypes;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Answers a {@link Refusal}: {@code application/problem+json} on API, documentation and operations paths, where
 * programs are the callers; an HTML page with the same status everywhere else, where people are.
 */
public final class Refusals {

    private static final long DRAIN_BYTES = 1024 * 1024;
    private static final String PAGE = """
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>%1$d %2$s · nicepick</title><link rel="stylesheet" href="/style.css"><meta name="robots" content="noindex"></head>
            <body><main class="error-page"><h1>%2$s</h1><p>%3$s</p><p><a href="/">Back to all comparisons</a></p></main></body>
            </html>
            """;

    /**
     * Where callers are programs: the API, the OpenAPI descriptions, Actuator and the fallbacks, judged on the
     * decoded path, so that a refused {@code /%61pi/...} is still answered as an API call.
     */
    public static boolean isApiPath(String rawPath) {
        String path;
        try {
            path = UriUtils.decode(rawPath, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            path = rawPath;
        }
        return path.equals("/api") || path.startsWith("/api/") || path.startsWith("/docs/api") || path.startsWith("/actuator")
                || path.startsWith("/fallback/");
    }

    /**
     * Answers once the request's body (up to {@value #DRAIN_BYTES} bytes, for at most two seconds) is read and
     * dropped, so that a client still sending it gets the answer rather than a reset connection.
     */
    public static Mono<Void> write(ServerWebExchange exchange, Refusal refusal) {
        return afterBody(exchange, () -> answer(exchange, refusal));
    }

    /**
     * Every answer the gateway gives before a service reads the request (a refusal, a redirect, a preflight, a plain
     * OPTIONS) goes through here: the body is read and dropped first, as above. A server that answers and closes
     * with request bytes still unread makes TCP reset the connection, and the client may then lose the answer.
     */
    public static Mono<Void> afterBody(ServerWebExchange exchange, Supplier<Mono<Void>> answer) {
        return DataBufferUtils.takeUntilByteCount(exchange.getRequest().getBody(), DRAIN_BYTES)
                .doOnNext(DataBufferUtils::release)
                .then()
                .timeout(Duration.ofSeconds(2))
                .onErrorResume(e -> Mono.empty())
                .then(Mono.defer(answer));
    }

    private static Mono<Void> answer(ServerWebExchange exchange, Refusal refusal) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.getHeaders().addAll(refusal.headers());
        if (isApiPath(exchange.getRequest().getPath().value())) {
            return Problems.write(response, refusal.status(), refusal.detail(), refusal.errors());
        }
        response.setStatusCode(refusal.status());
        response.getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
        response.getHeaders().setCacheControl("no-store");
        String html = PAGE.formatted(refusal.status().value(), HtmlUtils.htmlEscape(ProblemTypes.title(refusal.status().value())), HtmlUtils.htmlEscape(refusal.detail()));
        DataBuffer buffer = response.bufferFactory().wrap(html.getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(buffer));
    }

    private Refusals() {
    }
}
