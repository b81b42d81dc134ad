package dev.nicepick.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.time.Duration;

/**
 * @param readerCookie the signed anonymous cookie that names a reader to feedback-service
 * @param rateLimit    per-client limits and where their counters live
 * @param retryAfter   what a 503 tells clients to wait when a service is down
 */
@ConfigurationProperties("nicepick.gateway")
public record GatewaySettings(ReaderCookie readerCookie, RateLimit rateLimit, Duration retryAfter) {

    /**
     * @param secret HMAC key; at least 32 bytes
     * @param secure whether the cookie is sent over HTTPS only (true wherever the gateway is behind TLS)
     */
    public record ReaderCookie(String name, String secret, boolean secure) {
    }

    /**
     * @param store {@code local} (this instance's memory) or {@code redis} (shared by all replicas)
     */
    public record RateLimit(Store store, URI redisUrl, long readsPerMinute, long writesPerMinute) {

        public enum Store { LOCAL, REDIS }
    }
}
