package dev.nicepick.gateway.edge;

import dev.nicepick.api.RequestId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * One structured line per request: method, path, route, status, latency (milliseconds to the first byte of the
 * answer), request id and the client's address ({@link ClientAddress}). Written when the answer is committed, so that refusals and errors answered after the
 * filter chain (by the error handler) are logged with their real status.
 */
public class AccessLog implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger("nicepick.access");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (path.startsWith("/actuator")) {
            return chain.filter(exchange);
        }
        long started = System.nanoTime();
        exchange.getResponse().beforeCommit(() -> {
            Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
            HttpStatusCode status = exchange.getResponse().getStatusCode();
            long millis = (System.nanoTime() - started) / 1_000_000;
            int code = status == null ? 200 : status.value();
            log.atInfo()
                    .addKeyValue(RequestId.LOG_KEY, RequestIds.of(exchange))
                    .addKeyValue("client", ClientAddress.of(exchange))
                    .addKeyValue("route", route == null ? "-" : route.getId())
                    .addKeyValue("status", code)
                    .addKeyValue("latencyMs", millis)
                    .log("{} {} {} {}ms", exchange.getRequest().getMethod(), path, code, millis);
            return Mono.empty();
        });
        return chain.filter(exchange);
    }
}
