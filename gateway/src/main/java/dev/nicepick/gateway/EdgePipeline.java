package dev.nicepick.gateway;

import dev.nicepick.gateway.api.CorsPolicy;
import dev.nicepick.gateway.api.EndpointCheck;
import dev.nicepick.gateway.edge.AccessLog;
import dev.nicepick.gateway.edge.ClientAddress;
import dev.nicepick.gateway.edge.ExactForwarding;
import dev.nicepick.gateway.edge.InternalHeaders;
import dev.nicepick.gateway.edge.ProxyChain;
import dev.nicepick.gateway.edge.RequestIds;
import dev.nicepick.gateway.edge.RequestTargetCheck;
import dev.nicepick.gateway.edge.TrailingSlashes;
import dev.nicepick.gateway.ratelimit.Buckets;
import dev.nicepick.gateway.ratelimit.RateLimits;
import dev.nicepick.gateway.reader.ClientIdentity;
import dev.nicepick.gateway.reader.ReaderCookie;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.filter.headers.TrustedProxies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The gateway's edge pipeline, in the order every request meets it. Spring Security's filter chain
 * ({@code EdgeSecurity}, order -100) sits between steps 8 and 9; the route's own filters (circuit breaker with
 * time limit and bulkhead, GET retries, load balancer, {@link ExactForwarding}) come after step 10; then the
 * error handler ({@code EdgeErrorHandler}) answers whatever failed.
 */
@Configuration(proxyBeanMethods = false)
class EdgePipeline {

    private static final int FIRST = Ordered.HIGHEST_PRECEDENCE;
    private static final String TRUST_RESOLVED_ADDRESS = ".*";

    /** 1. Keep the client's well-formed X-Request-Id or make one; answer and forward it. */
    @Bean
    @Order(FIRST)
    RequestIds requestIds() {
        return new RequestIds();
    }

    /**
     * 2. Which address the request comes from: the TCP peer, or behind a trusted proxy the client it names; every
     * later step and the X-Forwarded-For the services get read this one.
     */
    @Bean
    @Order(FIRST + 1)
    ClientAddress clientAddress(GatewaySettings settings, GatewayProperties gateway) {
        // Spring Cloud Gateway writes X-Forwarded-For from the remote address this step sets, but only where its own
        // pattern matches that address: it must match every one, so that nicepick.gateway.trusted-proxies alone decides
        if (!TRUST_RESOLVED_ADDRESS.equals(gateway.getTrustedProxies())) {
            throw new IllegalStateException(TrustedProxies.PROPERTY + " must stay \"" + TRUST_RESOLVED_ADDRESS
                    + "\": the gateway decides which proxies to trust by nicepick.gateway.trusted-proxies"
                    + " (NICEPICK_GATEWAY_TRUSTEDPROXIES); set that instead");
        }
        return new ClientAddress(new ProxyChain(settings.trustedProxies()));
    }

    /** 3. One log line per request, with the status it was really answered and the client's address. */
    @Bean
    @Order(FIRST + 2)
    AccessLog accessLog() {
        return new AccessLog();
    }

    /** 4. One reading of each request: canonical path, UTF-8 without control characters, bounded sizes. */
    @Bean
    @Order(FIRST + 3)
    RequestTargetCheck requestTargetCheck() {
        return new RequestTargetCheck();
    }

    /** 5. One URL per resource: a trailing slash redirects to the path without it. */
    @Bean
    @Order(FIRST + 4)
    TrailingSlashes trailingSlashes() {
        return new TrailingSlashes();
    }

    /** 6. CORS, before authentication: preflights carry no credentials. */
    @Bean
    @Order(FIRST + 5)
    CorsPolicy corsPolicy(GatewaySettings settings) {
        return new CorsPolicy(settings.allowedOrigins());
    }

    /** 7. 404 for what is no API operation, 405 with Allow for a method a path does not take. */
    @Bean
    @Order(FIRST + 6)
    EndpointCheck endpointCheck() {
        return new EndpointCheck();
    }

    /** 8. Drop the headers only the gateway may set; add the credential the services know the gateway by. */
    @Bean
    @Order(FIRST + 7)
    InternalHeaders internalHeaders(GatewaySettings settings) {
        return new InternalHeaders(settings.serviceCredential().value());
    }

    /** 9. After the token is checked: who the client is (user, reader or address); votes need a reader. */
    @Bean
    @Order(0)
    ClientIdentity clientIdentity(ReaderCookie cookie) {
        return new ClientIdentity(cookie);
    }

    /** 10. Per-client token buckets for API reads and writes. */
    @Bean
    @Order(1)
    RateLimits rateLimits(Buckets buckets, GatewaySettings settings) {
        return new RateLimits(buckets, settings);
    }

    /** In the route: forward exactly the path and query the client sent. */
    @Bean
    ExactForwarding exactForwarding() {
        return new ExactForwarding();
    }
}
