package dev.nicepick.gateway.edge;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Removes from every client request the headers that only the gateway may set, because the services trust
 * them (the reader key names who votes; forwarded-for names the address abuse limits count); the gateway's
 * forwarded-headers filter then writes its own. It also remembers the path the client asked for, which a
 * circuit breaker's fallback needs after the request has been forwarded to it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class InternalHeaders implements WebFilter {

    public static final String READER_KEY = "X-Reader-Key";
    static final List<String> SET_BY_GATEWAY_ONLY = List.of(READER_KEY, "X-Forwarded-For", "X-Forwarded-Host",
            "X-Forwarded-Port", "X-Forwarded-Proto", "X-Forwarded-Prefix", "Forwarded", "X-Real-IP");

    public static final String ORIGINAL_PATH = InternalHeaders.class.getName() + ".path";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        exchange.getAttributes().put(ORIGINAL_PATH, request.getPath().value());
        return chain.filter(exchange.mutate().request(r -> r.headers(h -> SET_BY_GATEWAY_ONLY.forEach(h::remove))).build());
    }
}
