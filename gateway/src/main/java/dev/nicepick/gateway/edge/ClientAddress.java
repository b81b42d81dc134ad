package dev.nicepick.gateway.edge;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * Decides once, first thing, which address a request comes from ({@link ProxyChain}: the TCP peer, or behind a
 * trusted proxy the client it names) and makes it the request's remote address, so that everything after reads
 * the same one through {@link #of}: the rate limits, the new-reader limit, the access log, and the
 * {@code X-Forwarded-For} that Spring Cloud Gateway writes for the services from the remote address.
 */
public class ClientAddress implements WebFilter {

    private final ProxyChain proxies;

    public ClientAddress(ProxyChain proxies) {
        this.proxies = proxies;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        InetSocketAddress peer = request.getRemoteAddress();
        if (peer == null || peer.getAddress() == null) {
            return chain.filter(exchange);
        }
        InetAddress client = proxies.clientOf(peer.getAddress(), request.getHeaders());
        if (client.equals(peer.getAddress())) {
            return chain.filter(exchange);
        }
        // the client's own port is not known; 0 says so
        return chain.filter(exchange.mutate().request(r -> r.remoteAddress(new InetSocketAddress(client, 0))).build());
    }

    /** The client's address as text ({@code 192.0.2.7}, {@code 2001:db8:0:0:0:0:0:7}), or {@code unknown}. */
    public static String of(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
