package dev.nicepick.gateway.fallback;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The latest verdict topics-service embeds in a topic (it keeps a projection of verdicts.v1 for exactly this),
 * shaped like verdict-service's answer as far as the projection goes, and marked stale.
 */
@Component
class StaleVerdicts {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };
    private static final Duration TIME_LIMIT = Duration.ofSeconds(2);

    private final WebClient topics;

    StaleVerdicts(WebClient topicsService) {
        this.topics = topicsService;
    }

    Mono<Map<String, Object>> of(String slug) {
        return topics.get().uri("/api/topics/{slug}", slug)
                .retrieve()
                .bodyToMono(JSON_OBJECT)
                .timeout(TIME_LIMIT)
                .flatMap(topic -> topic.get("verdict") instanceof Map<?, ?> verdict ? Mono.just(stale(slug, verdict)) : Mono.empty())
                .onErrorResume(e -> Mono.empty());
    }

    private static Map<String, Object> stale(String slug, Map<?, ?> verdict) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("topic", slug);
        verdict.forEach((key, value) -> body.put(key.toString(), value));
        body.put("stale", true);
        body.put("staleReason", "verdict-service is not answering; this is the latest verdict topics-service has.");
        return body;
    }
}
