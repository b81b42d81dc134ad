package dev.nicepick.gateway.edge;

import dev.nicepick.api.HeaderNames;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Removes from every client request the headers that only the gateway may set, because the services trust
 * them (the reader key names who votes; forwarded-for names the address abuse limits count), and adds the
 * credential by which the services know the gateway ({@value HeaderNames#GATEWAY_CREDENTIAL}); the gateway's
 * forwarded-headers filter then writes its own. It also remembers the path the client asked for, which a circuit
 * breaker's fallback needs after the request has been forwarded to it.
 */
public class InternalHeaders implements WebFilter {

    static final List<String> SET_BY_GATEWAY_ONLY = List.of(HeaderNames.READER_KEY, HeaderNames.GATEWAY_CREDENTIAL,
            "X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Port", "X-Forwarded-Proto", "X-Forwarded-Prefix",
            "Forwarded", "X-Real-IP");

    public static final String ORIGINAL_PATH = InternalHeaders.class.getName() + ".path";

    private final String serviceCredential;

    /** @param serviceCredential the secret the services expect in {@value HeaderNames#GATEWAY_CREDENTIAL} */
    public InternalHeaders(String serviceCredential) {
        this.serviceCredential = serviceCredential;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        exchange.getAttributes().put(ORIGINAL_PATH, request.getPath().value());
        return chain.filter(exchange.mutate().request(r -> r.headers(h -> {
            SET_BY_GATEWAY_ONLY.forEach(h::remove);
            h.set(HeaderNames.GATEWAY_CREDENTIAL, serviceCredential);
        })).build());
    }
}
