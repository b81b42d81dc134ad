package dev.nicepick.gateway.edge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** One structured line per request: method, path, route, status, latency and request id. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class AccessLog implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger("nicepick.access");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (path.startsWith("/actuator")) {
            return chain.filter(exchange);
        }
        long started = System.nanoTime();
        return chain.filter(exchange).doFinally(signal -> {
            Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
            HttpStatusCode status = exchange.getResponse().getStatusCode();
            long millis = (System.nanoTime() - started) / 1_000_000;
            log.atInfo()
                    .addKeyValue("requestId", RequestIds.of(exchange))
                    .addKeyValue("route", route == null ? "-" : route.getId())
                    .addKeyValue("status", status == null ? 0 : status.value())
                    .addKeyValue("latencyMs", millis)
                    .log("{} {} {} {}ms", exchange.getRequest().getMethod(), path, status == null ? "-" : status.value(), millis);
        });
    }
}
