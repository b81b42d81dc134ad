package dev.nicepick.gateway.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Token buckets (Bucket4j, greedy refill) in the configured store. When the store cannot answer within
 * {@value #STORE_TIMEOUT_MILLIS} ms the caller gets an empty answer and lets the request pass: a limit is
 * protection, not a reason to refuse everyone.
 */
@Component
public class Buckets {

    private static final Logger log = LoggerFactory.getLogger(Buckets.class);
    private static final long STORE_TIMEOUT_MILLIS = 300;

    private final AsyncProxyManager<String> store;

    Buckets(AsyncProxyManager<String> store) {
        this.store = store;
    }

    /**
     * A limit of {@code capacity} calls per {@code period}.
     *
     * @param name   names the bucket family in keys and messages, e.g. {@code read}
     * @param greedy whether tokens come back one by one as the period passes (smooth; a burst then a steady trickle
     *               may exceed {@code capacity} within one period), or all at once when it has passed (never more
     *               than {@code capacity} within one period)
     */
    public record Limit(String name, long capacity, Duration period, boolean greedy) {

        BucketConfiguration bucket() {
            var refill = Bandwidth.builder().capacity(capacity);
            return BucketConfiguration.builder()
                    .addLimit(greedy ? refill.refillGreedy(capacity, period).build() : refill.refillIntervally(capacity, period).build())
                    .build();
        }
    }

    /** Takes one token from {@code client}'s bucket of {@code limit}; empty when the store is away. */
    public Mono<Optional<ConsumptionProbe>> take(Limit limit, String client) {
        String key = limit.name() + ":" + client;
        return Mono.fromFuture(() -> store.builder().build(key, () -> CompletableFuture.completedFuture(limit.bucket()))
                        .tryConsumeAndReturnRemaining(1))
                .timeout(Duration.ofMillis(STORE_TIMEOUT_MILLIS))
                .map(Optional::of)
                .onErrorResume(e -> {
                    log.warn("rate-limit store unavailable, letting the request pass: {}", e.toString());
                    return Mono.just(Optional.empty());
                });
    }

    /** Whole seconds, rounded up, as the RateLimit and Retry-After headers give them. */
    public static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
