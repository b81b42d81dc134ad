package dev.nicepick.gateway.edge;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;


/**
 * One URL per resource: a path with a trailing slash ({@code /compare/rest-vs-grpc/}) is redirected to the same path
 * without it, query kept as sent; 301 for GET and HEAD, 308 for other methods so that clients repeat them with their
 * body. Swagger UI under {@code /docs/swagger-ui} keeps its own paths.
 */
public class TrailingSlashes implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String rawPath = exchange.getRequest().getURI().getRawPath();
        if (rawPath.length() <= 1 || !rawPath.endsWith("/") || rawPath.startsWith("/docs/swagger-ui")) {
            return chain.filter(exchange);
        }
        String rawQuery = exchange.getRequest().getURI().getRawQuery();
        String location = rawPath.replaceAll("/+$", "") + (rawQuery == null ? "" : "?" + rawQuery);
        HttpMethod method = exchange.getRequest().getMethod();
        boolean safe = method == HttpMethod.GET || method == HttpMethod.HEAD;
        exchange.getResponse().setStatusCode(safe ? HttpStatus.MOVED_PERMANENTLY : HttpStatus.PERMANENT_REDIRECT);
        exchange.getResponse().getHeaders().set(HttpHeaders.LOCATION, location);
        return Refusals.afterBody(exchange, exchange.getResponse()::setComplete);
    }
}
