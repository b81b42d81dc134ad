package dev.nicepick.gateway.edge;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ReactiveLoadBalancerClientFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.URI;

/**
 * The service receives exactly the path and query the client sent. Spring Cloud Gateway rebuilds the target URL
 * through {@code UriComponentsBuilder}, which encodes a query a second time when it holds a character it considers
 * unencoded ({@code ?q=a%20b&ref=YWJj=} became {@code q=a%2520b}); this filter, run after the load balancer has
 * chosen the instance, keeps the instance's scheme, host and port and puts back the request's own raw path and
 * query (after any path rewrite of the route, such as {@code SetPath}).
 */
public class ExactForwarding implements GlobalFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        URI target = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR);
        if (target != null && target.getRawAuthority() != null && !"forward".equals(target.getScheme())) {
            URI sent = exchange.getRequest().getURI();
            String query = sent.getRawQuery() == null ? "" : "?" + sent.getRawQuery();
            exchange.getAttributes().put(ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR,
                    URI.create(target.getScheme() + "://" + target.getRawAuthority() + sent.getRawPath() + query));
        }
        return chain.filter(exchange);
    }

    /** Right after the load balancer has replaced {@code lb://name} with an instance's address. */
    @Override
    public int getOrder() {
        return ReactiveLoadBalancerClientFilter.LOAD_BALANCER_CLIENT_FILTER_ORDER + 1;
    }
}
