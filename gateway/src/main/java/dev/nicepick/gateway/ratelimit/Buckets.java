package dev.nicepick.gateway.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Optional;

/**
 * Token buckets (Bucket4j) per client in the configured store ({@link RateLimitStore}): this instance's memory, or
 * Redis shared by replicas. When the store cannot answer in time the caller gets an empty answer and lets the
 * request pass: a limit is protection, not a reason to refuse everyone.
 */
@Component
public class Buckets {

    private final Store store;

    Buckets(Store store) {
        this.store = store;
    }

    /**
     * Where the buckets live.
     */
    @FunctionalInterface
    interface Store {

        /**
         * Takes one token from the bucket under {@code key}, making it from {@code limit} when there is none.
         *
         * @return the outcome, or empty when the store did not answer in time
         */
        Mono<Optional<ConsumptionProbe>> take(String key, Limit limit);
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

        Bandwidth bandwidth() {
            var refill = Bandwidth.builder().capacity(capacity);
            return greedy ? refill.refillGreedy(capacity, period).build() : refill.refillIntervally(capacity, period).build();
        }

        BucketConfiguration bucket() {
            return BucketConfiguration.builder().addLimit(bandwidth()).build();
        }
    }

    /** Takes one token from {@code client}'s bucket of {@code limit}; empty when the store is away. */
    public Mono<Optional<ConsumptionProbe>> take(Limit limit, String client) {
        return store.take(limit.name() + ":" + client, limit);
    }

    /** Whole seconds, rounded up, as the RateLimit and Retry-After headers give them. */
    public static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
