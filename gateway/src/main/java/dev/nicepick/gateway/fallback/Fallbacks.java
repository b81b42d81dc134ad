package dev.nicepick.gateway.fallback;

import dev.nicepick.api.HeaderNames;
import dev.nicepick.gateway.GatewaySettings;
import dev.nicepick.gateway.api.ApiEndpoints;
import dev.nicepick.gateway.edge.InternalHeaders;
import dev.nicepick.gateway.edge.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the circuit breakers answer instead of a failed service, and only the truth: a verdict read while
 * verdict-service is down or slow gets the latest verdict topics-service holds, marked stale; anything else
 * gets 503 with {@code Retry-After}, so no reader's feedback is ever dropped without being told.
 */
@Configuration(proxyBeanMethods = false)
class Fallbacks {

    private static final Logger log = LoggerFactory.getLogger(Fallbacks.class);
    private static final Pattern VERDICT_PATH = Pattern.compile("/api/verdicts/([a-z0-9-]+)");
    private static final Map<String, String> SERVICE_NAMES = Map.of(
            "topics", "topics-service", "verdicts", "verdict-service", "feedback", "feedback-service");
    private static final String LAB_ROUTE = "lab-";

    private final StaleVerdicts staleVerdicts;
    private final GatewaySettings settings;

    Fallbacks(StaleVerdicts staleVerdicts, GatewaySettings settings) {
        this.staleVerdicts = staleVerdicts;
        this.settings = settings;
    }

    @Bean
    RouterFunction<ServerResponse> fallbackRoutes() {
        return RouterFunctions.route()
                .route(request -> request.path().equals("/fallback/verdicts"), this::verdict)
                .route(request -> request.path().startsWith("/fallback/unavailable/"),
                        request -> unavailable(request, request.path().substring("/fallback/unavailable/".length())))
                .build();
    }

    private Mono<ServerResponse> verdict(ServerRequest request) {
        Matcher slug = VERDICT_PATH.matcher(originalPath(request.exchange()));
        if (request.method() != HttpMethod.GET || !slug.matches()) {
            return unavailable(request, "verdicts");
        }
        logCause(request.exchange(), "verdicts");
        return staleVerdicts.of(slug.group(1))
                .flatMap(verdict -> ServerResponse.ok()
                        .header(HeaderNames.VERDICT_STALE, "true")
                        .header(HttpHeaders.WARNING, "110 - \"Response is Stale\"")
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .bodyValue(verdict))
                .switchIfEmpty(Mono.defer(() -> unavailable(request, "verdicts")));
    }

    private Mono<ServerResponse> unavailable(ServerRequest request, String route) {
        logCause(request.exchange(), route);
        // the lab's routes name their service: lab-verdict-service
        boolean lab = route.startsWith(LAB_ROUTE);
        String service = lab ? route.substring(LAB_ROUTE.length()) : SERVICE_NAMES.getOrDefault(route, "a service");
        long seconds = settings.retryAfter().toSeconds();
        // A write whose connection broke may have been stored before the answer was lost: say only what is known.
        String unconfirmed = lab ? ", so your request was not confirmed (the lab's figures show whether it was made)"
                : ", so your request was not confirmed (sending it again is safe: each reader's"
                + " vote counts once, and an Idempotency-Key makes a repeat harmless)";
        String detail = "%s is not answering right now%s; please try again in %d seconds.".formatted(service,
                isWrite(request.exchange()) ? unconfirmed : "", seconds);
        return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .bodyValue(Problems.body(HttpStatus.SERVICE_UNAVAILABLE, detail));
    }

    private static boolean isWrite(ServerWebExchange exchange) {
        return !ApiEndpoints.isRead(exchange.getRequest().getMethod());
    }

    private static String originalPath(ServerWebExchange exchange) {
        return exchange.getAttributeOrDefault(InternalHeaders.ORIGINAL_PATH, "");
    }

    private static void logCause(ServerWebExchange exchange, String route) {
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        log.atWarn().addKeyValue("route", route).log("fallback for {} {}: {}", exchange.getRequest().getMethod(),
                originalPath(exchange), cause == null ? "unknown cause" : cause.toString());
    }
}
