package dev.nicepick.gateway.lab;

import dev.nicepick.api.HeaderNames;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

/**
 * Counts each answer of the routes the {@link AvailabilityRecorder} watches, from before the route's own filters
 * (breaker, time limit, retries) to the answer's end, so that a retried call counts once and a fallback's answer
 * counts as what the reader got. Pages, files and the lab's own routes are not counted; neither is a call the client
 * gave up on.
 */
@Component
class AvailabilityRecording implements GlobalFilter, Ordered {

    private final AvailabilityRecorder recorder;

    AvailabilityRecording(AvailabilityRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route == null || !AvailabilityRecorder.ROUTES.containsKey(route.getId())) {
            return chain.filter(exchange);
        }
        long started = System.nanoTime();
        return chain.filter(exchange).doFinally(signal -> {
            if (signal != SignalType.CANCEL) {
                recorder.record(route.getId(), signal == SignalType.ON_ERROR ? Answer.FAILED : answerOf(exchange), System.nanoTime() - started);
            }
        });
    }

    private static Answer answerOf(ServerWebExchange exchange) {
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        if (status == null || status.is5xxServerError()) {
            return status != null && status.value() == 503 ? Answer.REFUSED : Answer.FAILED;
        }
        return "true".equals(exchange.getResponse().getHeaders().getFirst(HeaderNames.VERDICT_STALE)) ? Answer.STALE : Answer.FRESH;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
