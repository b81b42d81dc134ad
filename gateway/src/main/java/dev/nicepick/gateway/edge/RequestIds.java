package dev.nicepick.gateway.edge;

import dev.nicepick.api.HeaderNames;
import dev.nicepick.api.RequestId;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;


/**
 * Keeps a client's well-formed {@value #HEADER}, replaces anything else with a fresh one ({@link RequestId}: the
 * rule the services keep too), passes it to the service and answers with it.
 */
public class RequestIds implements WebFilter {

    public static final String HEADER = HeaderNames.REQUEST_ID;
    public static final String ATTRIBUTE = RequestIds.class.getName();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String id = RequestId.keepOrMake(exchange.getRequest().getHeaders().getFirst(HEADER));
        exchange.getAttributes().put(ATTRIBUTE, id);
        exchange.getResponse().getHeaders().set(HEADER, id);
        return chain.filter(exchange.mutate().request(r -> r.headers(h -> h.set(HEADER, id))).build());
    }

    public static String of(ServerWebExchange exchange) {
        return exchange.getAttributeOrDefault(ATTRIBUTE, "");
    }
}
