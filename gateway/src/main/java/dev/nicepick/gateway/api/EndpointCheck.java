package dev.nicepick.gateway.api;

import dev.nicepick.gateway.edge.Refusal;
import dev.nicepick.gateway.edge.Refusals;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answers, before authentication, what the API's shape alone decides (RFC 9110 sections 9.3.7, 15.5.5, 15.5.6): an
 * {@code /api} path that is no operation gets 404; a method the path does not take gets 405 with {@code Allow};
 * a plain {@code OPTIONS} (not a CORS preflight, which {@link CorsPolicy} answers) gets 204 with {@code Allow}.
 * Every other path (pages, files, documentation, health) takes GET and HEAD only.
 */
public class EndpointCheck implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (!path.startsWith("/api/") && !path.equals("/api")) {
            return pageMethods(exchange, chain);
        }
        Set<HttpMethod> allowed = ApiEndpoints.allowedMethods(path);
        HttpMethod method = exchange.getRequest().getMethod();
        if (allowed.isEmpty()) {
            return Refusals.write(exchange, Refusal.of(HttpStatus.NOT_FOUND, "There is no API operation at " + path + "."));
        }
        HttpHeaders allow = new HttpHeaders();
        allow.set(HttpHeaders.ALLOW, allowed.stream().map(HttpMethod::name).collect(Collectors.joining(", ")));
        if (method == HttpMethod.OPTIONS && !CorsUtils.isPreFlightRequest(exchange.getRequest())) {
            return options(exchange, allow);
        }
        if (!allowed.contains(method)) {
            return Refusals.write(exchange, new Refusal(HttpStatus.METHOD_NOT_ALLOWED,
                    path + " does not take " + method.name() + "; it takes " + allow.getFirst(HttpHeaders.ALLOW) + ".",
                    List.of(), allow));
        }
        return chain.filter(exchange);
    }

    /** Pages, files and documentation are only read. */
    private static Mono<Void> pageMethods(ServerWebExchange exchange, WebFilterChain chain) {
        HttpMethod method = exchange.getRequest().getMethod();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
            return chain.filter(exchange);
        }
        HttpHeaders allow = new HttpHeaders();
        allow.set(HttpHeaders.ALLOW, "GET, HEAD, OPTIONS");
        if (method == HttpMethod.OPTIONS) {
            return options(exchange, allow);
        }
        return Refusals.write(exchange, new Refusal(HttpStatus.METHOD_NOT_ALLOWED,
                "Pages are only read; this address takes GET and HEAD.", List.of(), allow));
    }

    /** A plain OPTIONS: what the path takes, and nothing else (RFC 9110 section 9.3.7). */
    private static Mono<Void> options(ServerWebExchange exchange, HttpHeaders allow) {
        exchange.getResponse().setStatusCode(HttpStatus.NO_CONTENT);
        exchange.getResponse().getHeaders().addAll(allow);
        return Refusals.afterBody(exchange, exchange.getResponse()::setComplete);
    }
}
