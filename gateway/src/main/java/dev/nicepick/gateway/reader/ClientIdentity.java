package dev.nicepick.gateway.reader;

import dev.nicepick.gateway.edge.InternalHeaders;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpCookie;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * Names the client of each request, after the token is checked: a signed-in user by the token's subject, an
 * anonymous reader by the signed cookie (issued on the first visit), anyone else by network address. The name
 * goes to feedback-service as {@value InternalHeaders#READER_KEY} and keys the rate limits.
 */
@Component
@Order(ClientIdentity.ORDER)
public class ClientIdentity implements WebFilter {

    /** Runs after Spring Security's filter chain (order -100), so the checked token is known. */
    public static final int ORDER = 0;
    private static final String ATTRIBUTE = ClientIdentity.class.getName();

    private final ReaderCookie cookie;

    public ClientIdentity(ReaderCookie cookie) {
        this.cookie = cookie;
    }

    /** Who a request is from, as rate limits count it. */
    public record Client(String key) {
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(auth -> "user:" + auth.getName())
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(user -> chain.filter(identify(exchange, user)));
    }

    public static Client of(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE);
    }

    private ServerWebExchange identify(ServerWebExchange exchange, Optional<String> user) {
        Optional<String> reader = Optional.ofNullable(exchange.getRequest().getCookies().getFirst(cookie.name()))
                .map(HttpCookie::getValue)
                .flatMap(cookie::readerOf);
        String readerKey;
        Client client;
        if (user.isPresent()) {
            readerKey = user.get();
            client = new Client(readerKey);
        } else if (reader.isPresent()) {
            readerKey = "reader:" + reader.get();
            client = new Client(readerKey);
        } else {
            // A client that keeps no cookies would get a new id each time: its address is what limits it.
            String id = ReaderCookie.newReaderId();
            exchange.getResponse().addCookie(cookie.issue(id));
            readerKey = "reader:" + id;
            client = new Client("address:" + addressOf(exchange));
        }
        exchange.getAttributes().put(ATTRIBUTE, client);
        return exchange.mutate().request(r -> r.headers(h -> h.set(InternalHeaders.READER_KEY, readerKey))).build();
    }

    private static String addressOf(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
