package dev.nicepick.gateway;

import dev.nicepick.gateway.edge.ProxyChain;
import dev.nicepick.tokens.Secret;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The gateway's settings ({@code nicepick.gateway.*}); the defaults are in {@code application.yml}.
 *
 * @param readerCookie      the signed anonymous cookie that names a reader to feedback-service
 * @param rateLimit         per-client limits and where their counters live
 * @param retryAfter        what a 503 tells clients to wait when a service is down
 * @param serviceCredential the secret the gateway shows the services ({@code X-Gateway-Credential}) so that they
 *                          trust the reader and address it names; a {@link Secret}, no default
 *                          ({@code NICEPICK_GATEWAY_CREDENTIAL})
 * @param allowedOrigins    the origins whose pages may call the API from a browser (CORS), e.g. {@code https://nicepick.dev}
 * @param trustedProxies    the proxies in front of the gateway (an ingress controller, a load balancer) whose
 *                          {@code X-Forwarded-For} or {@code Forwarded} names the client: IPv4 and IPv6 addresses or
 *                          networks in CIDR notation ({@code NICEPICK_GATEWAY_TRUSTEDPROXIES}, comma-separated); empty
 *                          trusts no proxy, and every client is its TCP peer ({@link dev.nicepick.gateway.edge.ProxyChain})
 */
@Validated
@ConfigurationProperties("nicepick.gateway")
public record GatewaySettings(@Valid @NotNull ReaderCookie readerCookie, @Valid @NotNull RateLimit rateLimit,
                              @NotNull Duration retryAfter, @Secret.Required(variable = "NICEPICK_GATEWAY_CREDENTIAL") Secret serviceCredential,
                              @NotNull List<String> allowedOrigins, @NotNull @ProxyChain.Networks List<String> trustedProxies) {

    /**
     * @param secret HMAC key; a {@link Secret}, no default ({@code NICEPICK_READER_COOKIE_SECRET})
     * @param secure whether the cookie is sent over HTTPS only (true wherever the gateway is behind TLS)
     */
    public record ReaderCookie(@NotEmpty String name, @Secret.Required(variable = "NICEPICK_READER_COOKIE_SECRET") Secret secret, boolean secure) {
    }

    /**
     * @param store           {@code local} (this instance's memory) or {@code redis} (shared by all replicas)
     * @param readsPerMinute  GET, HEAD and OPTIONS calls of the API per client
     * @param writesPerMinute other calls of the API per client
     * @param readersPerHour  new reader identities ({@code POST /api/readers} without a cookie) per network address
     */
    public record RateLimit(@NotNull Store store, URI redisUrl, @Positive long readsPerMinute, @Positive long writesPerMinute,
                            @Positive long readersPerHour) {

        public enum Store { LOCAL, REDIS }
    }
}
