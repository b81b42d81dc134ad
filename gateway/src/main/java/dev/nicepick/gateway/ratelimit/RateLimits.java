package dev.nicepick.gateway.ratelimit;

import dev.nicepick.gateway.GatewaySettings;
import dev.nicepick.gateway.edge.Problems;
import dev.nicepick.gateway.reader.ClientIdentity;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Token buckets per client for the API: one for reads, a smaller one for writes. Answers carry the
 * {@code RateLimit-*} headers; a client over its limit gets 429 with {@code Retry-After}. When the shared store
 * cannot be reached, requests pass: a limit is protection, not a reason to refuse everyone.
 */
@Component
@Order(ClientIdentity.ORDER + 1)
public class RateLimits implements WebFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final Duration STORE_TIMEOUT = Duration.ofMillis(300);

    private final AsyncProxyManager<String> buckets;
    private final Limit reads;
    private final Limit writes;

    public RateLimits(AsyncProxyManager<String> buckets, GatewaySettings settings) {
        this.buckets = buckets;
        this.reads = new Limit("read", settings.rateLimit().readsPerMinute());
        this.writes = new Limit("write", settings.rateLimit().writesPerMinute());
    }

    private record Limit(String name, long perMinute) {

        BucketConfiguration bucket() {
            return BucketConfiguration.builder()
                    .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                    .build();
        }
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        Limit limit = READS.contains(exchange.getRequest().getMethod()) ? reads : writes;
        String key = limit.name() + ":" + ClientIdentity.of(exchange).key();
        return Mono.fromFuture(() -> take(key, limit))
                .timeout(STORE_TIMEOUT)
                .map(probe -> answer(exchange, limit, probe))
                .onErrorResume(e -> {
                    log.warn("rate-limit store unavailable, letting the request pass: {}", e.toString());
                    return Mono.just(true);
                })
                .flatMap(allowed -> allowed ? chain.filter(exchange) : Problems.write(exchange.getResponse(),
                        HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
                        "You have sent more than " + limit.perMinute() + " " + limit.name() + " requests a minute; try again after Retry-After seconds."));
    }

    private CompletableFuture<ConsumptionProbe> take(String key, Limit limit) {
        return buckets.builder().build(key, () -> CompletableFuture.completedFuture(limit.bucket())).tryConsumeAndReturnRemaining(1);
    }

    private static boolean answer(ServerWebExchange exchange, Limit limit, ConsumptionProbe probe) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        headers.set("RateLimit-Limit", Long.toString(limit.perMinute()));
        headers.set("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        headers.set("RateLimit-Reset", Long.toString(seconds(probe.getNanosToWaitForReset())));
        if (!probe.isConsumed()) {
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, seconds(probe.getNanosToWaitForRefill()))));
        }
        return probe.isConsumed();
    }

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
