package dev.nicepick.gateway.ratelimit;

import dev.nicepick.api.HeaderNames;
import dev.nicepick.gateway.GatewaySettings;
import dev.nicepick.gateway.api.ApiEndpoints;
import dev.nicepick.gateway.edge.Problems;
import dev.nicepick.gateway.reader.ClientIdentity;
import dev.nicepick.gateway.reader.ReaderRegistration;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.time.Duration;

/**
 * Token buckets per client for the API operations the services answer: one for reads, a smaller one for writes. Answers carry the
 * {@code RateLimit-*} headers (draft-ietf-httpapi-ratelimit-headers); a client over its limit gets 429 with
 * {@code Retry-After}.
 */
public class RateLimits implements WebFilter {

    private final Buckets buckets;
    private final Buckets.Limit reads;
    private final Buckets.Limit writes;

    public RateLimits(Buckets buckets, GatewaySettings settings) {
        this.buckets = buckets;
        this.reads = new Buckets.Limit("read", settings.rateLimit().readsPerMinute(), Duration.ofMinutes(1), true);
        this.writes = new Buckets.Limit("write", settings.rateLimit().writesPerMinute(), Duration.ofMinutes(1), true);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (!path.startsWith("/api/") || path.equals(ReaderRegistration.PATH)) {
            return chain.filter(exchange); // POST /api/readers has a limit of its own, per address and hour
        }
        Buckets.Limit limit = ApiEndpoints.isRead(exchange.getRequest().getMethod()) ? reads : writes;
        return buckets.take(limit, ClientIdentity.of(exchange).key())
                .map(probe -> probe.map(p -> answer(exchange, limit, p)).orElse(true))
                .flatMap(allowed -> allowed ? chain.filter(exchange) : Problems.write(exchange.getResponse(),
                        HttpStatus.TOO_MANY_REQUESTS,
                        "You have sent more than " + limit.capacity() + " " + limit.name() + " requests a minute; try again after Retry-After seconds."));
    }

    private static boolean answer(ServerWebExchange exchange, Buckets.Limit limit, ConsumptionProbe probe) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        headers.set(HeaderNames.RATE_LIMIT_LIMIT, Long.toString(limit.capacity()));
        headers.set(HeaderNames.RATE_LIMIT_REMAINING, Long.toString(probe.getRemainingTokens()));
        headers.set(HeaderNames.RATE_LIMIT_RESET, Long.toString(Buckets.seconds(probe.getNanosToWaitForReset())));
        if (!probe.isConsumed()) {
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, Buckets.seconds(probe.getNanosToWaitForRefill()))));
        }
        return probe.isConsumed();
    }
}
