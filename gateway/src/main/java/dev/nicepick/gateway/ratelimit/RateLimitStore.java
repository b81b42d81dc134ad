package dev.nicepick.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Caffeine;
import dev.nicepick.gateway.GatewaySettings;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * Where the token buckets live: in this instance's memory (one gateway needs nothing else), or in Redis, so
 * that every replica draws from the same bucket for a client.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitStore {

    /** A bucket untouched for longer than it takes to refill holds nothing worth keeping. */
    private static final ExpirationAfterWriteStrategy FORGET_FULL_BUCKETS =
            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10));

    @Bean(destroyMethod = "")
    AsyncProxyManager<String> rateLimitBuckets(GatewaySettings settings, RedisResources redis) {
        if (settings.rateLimit().store() == GatewaySettings.RateLimit.Store.REDIS) {
            return Bucket4jLettuce.casBasedBuilder(redis.connect(settings.rateLimit().redisUrl().toString()))
                    .expirationAfterWrite(FORGET_FULL_BUCKETS).build().asAsync();
        }
        return Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(200_000))
                .expirationAfterWrite(FORGET_FULL_BUCKETS).build().asAsync();
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
