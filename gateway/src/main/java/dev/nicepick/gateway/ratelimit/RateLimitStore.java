package dev.nicepick.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.nicepick.gateway.GatewaySettings;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Where the token buckets live: in this instance's memory (one gateway needs nothing else), or in Redis, so
 * that every replica draws from the same bucket for a client.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitStore {

    private static final Logger log = LoggerFactory.getLogger(RateLimitStore.class);

    /** A bucket untouched for longer than it takes to refill holds nothing worth keeping. */
    private static final Duration REFILLED_MARGIN = Duration.ofSeconds(10);
    private static final ExpirationAfterWriteStrategy FORGET_FULL_BUCKETS =
            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(REFILLED_MARGIN);
    private static final int MAX_LOCAL_BUCKETS = 200_000;
    private static final Duration REDIS_TIMEOUT = Duration.ofMillis(300);

    @Bean
    Buckets.Store rateLimitBuckets(GatewaySettings settings, RedisResources redis) {
        if (settings.rateLimit().store() == GatewaySettings.RateLimit.Store.REDIS) {
            return redis(Bucket4jLettuce.casBasedBuilder(redis.connect(settings.rateLimit().redisUrl().toString()))
                    .expirationAfterWrite(FORGET_FULL_BUCKETS).build().asAsync());
        }
        return local();
    }

    /**
     * In memory: Bucket4j's lock-free bucket per key, answered on the caller's thread. No future, no timer and no
     * lock per request (a per-key compute in a shared map serialised every request of one client and, on a busy
     * machine, left the event loops waiting for a descheduled lock holder). A bucket is forgotten once it has been
     * left alone for its period and a margin, by when it has refilled: forgetting it changes nothing.
     */
    static Buckets.Store local() {
        Cache<String, Held> buckets = Caffeine.newBuilder().maximumSize(MAX_LOCAL_BUCKETS)
                .expireAfter(Expiry.accessing((String key, Held held) -> held.keep())).build();
        return (key, limit) -> Mono.just(Optional.of(buckets.get(key, absent -> new Held(
                Bucket.builder().addLimit(limit.bandwidth()).build(), limit.period().plus(REFILLED_MARGIN)))
                .bucket().tryConsumeAndReturnRemaining(1)));
    }

    private record Held(Bucket bucket, Duration keep) {
    }

    /** In Redis: a store that does not answer within {@link #REDIS_TIMEOUT} lets the request pass. */
    private static Buckets.Store redis(AsyncProxyManager<String> store) {
        return (key, limit) -> Mono.fromFuture(() -> store.builder()
                        .build(key, () -> CompletableFuture.completedFuture(limit.bucket()))
                        .tryConsumeAndReturnRemaining(1))
                .timeout(REDIS_TIMEOUT)
                .map(Optional::of)
                .onErrorResume(e -> {
                    log.warn("rate-limit store unavailable, letting the request pass: {}", e.toString());
                    return Mono.just(Optional.empty());
                });
    }

    @Bean(destroyMethod = "close")
    RedisResources redisResources() {
        return new RedisResources();
    }

    /** The Redis client, made only when the store is Redis, and closed with the application. */
    static final class RedisResources implements AutoCloseable {

        private RedisClient client;
        private StatefulRedisConnection<String, byte[]> connection;

        synchronized StatefulRedisConnection<String, byte[]> connect(String url) {
            client = RedisClient.create(url);
            client.setDefaultTimeout(Duration.ofMillis(500));
            connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
            return connection;
        }

        @Override
        public synchronized void close() {
            if (connection != null) {
                connection.close();
                client.shutdown();
            }
        }
    }
}
