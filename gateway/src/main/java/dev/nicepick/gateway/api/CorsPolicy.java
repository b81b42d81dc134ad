package dev.nicepick.gateway.api;

import dev.nicepick.api.HeaderNames;
import dev.nicepick.gateway.edge.Refusal;
import dev.nicepick.gateway.edge.Refusals;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * CORS for the API (the Fetch standard's CORS protocol, checked by Spring's {@link DefaultCorsProcessor}), before
 * authentication, because a browser's preflight never carries credentials: a preflight from an allowed origin is
 * answered here with the methods that path takes ({@link ApiEndpoints}); one from another origin, or for a method
 * the path or a header the API does not take, gets 403; every API answer varies on {@code Origin}; an actual
 * cross-origin request from an allowed origin goes on with the CORS response headers added.
 */
public class CorsPolicy implements WebFilter {

    private final CorsConfiguration configuration;
    private final CorsProcessor processor = new DefaultCorsProcessor();

    /** @param allowedOrigins exact origins, e.g. {@code https://nicepick.dev} */
    public CorsPolicy(List<String> allowedOrigins) {
        configuration = new CorsConfiguration();
        configuration.setAllowedOrigins(allowedOrigins);
        configuration.setAllowedHeaders(List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.AUTHORIZATION, HeaderNames.IDEMPOTENCY_KEY,
                HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH, HeaderNames.WITHDRAW_TOKEN, HeaderNames.REQUEST_ID));
        configuration.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.RETRY_AFTER, HeaderNames.REQUEST_ID,
                HeaderNames.RATE_LIMIT_LIMIT, HeaderNames.RATE_LIMIT_REMAINING, HeaderNames.RATE_LIMIT_RESET,
                HeaderNames.VERDICT_STALE, HttpHeaders.ALLOW));
        configuration.setAllowCredentials(true);
        configuration.setMaxAge(Duration.ofHours(1));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (!path.startsWith("/api/")) {
            return chain.filter(exchange);
        }
        // what an API answer carries depends on Origin, for every caller: a shared cache must keep them apart
        exchange.getResponse().getHeaders().add(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        if (!CorsUtils.isCorsRequest(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        boolean preflight = CorsUtils.isPreFlightRequest(exchange.getRequest());
        Set<HttpMethod> allowed = ApiEndpoints.allowedMethods(path);
        if (preflight && allowed.isEmpty()) {
            return Refusals.write(exchange, Refusal.of(HttpStatus.NOT_FOUND, "There is no API operation at " + path + "."));
        }
        CorsConfiguration forPath = new CorsConfiguration(configuration);
        forPath.setAllowedMethods(allowed.stream().map(HttpMethod::name).toList());
        if (!processor.process(forPath, exchange)) {
            return Refusals.write(exchange, Refusal.of(HttpStatus.FORBIDDEN,
                    "This origin, method or header may not call the API from a browser."));
        }
        if (preflight) {
            exchange.getResponse().setStatusCode(HttpStatus.NO_CONTENT);
            return Refusals.afterBody(exchange, exchange.getResponse()::setComplete);
        }
        return chain.filter(exchange);
    }
}
