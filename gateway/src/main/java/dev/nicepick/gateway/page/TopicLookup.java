package dev.nicepick.gateway.page;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks topics-service whether a comparison exists under a slug, without following its redirect: it answers 200
 * for the canonical slug, 301 to the canonical one for a variant, 404 for none.
 */
@Component
class TopicLookup {

    private static final Duration TIME_LIMIT = Duration.ofSeconds(2);
    private static final Pattern TOPIC_PATH = Pattern.compile("/api/topics/([^/?]+)");

    private final WebClient topics;

    TopicLookup(WebClient topicsService) {
        this.topics = topicsService;
    }

    /** What topics-service said of a slug. */
    sealed interface Found {
        record Canonical() implements Found {
        }

        record Elsewhere(String canonicalSlug) implements Found {
        }

        record Missing() implements Found {
        }

        /** topics-service did not answer in time, or answered something else */
        record Unknown() implements Found {
        }
    }

    Mono<Found> find(String slug) {
        return topics.head().uri("/api/topics/{slug}", slug)
                .exchangeToMono(response -> {
                    HttpStatus status = HttpStatus.resolve(response.statusCode().value());
                    Found found = status == null ? new Found.Unknown() : switch (status) {
                        case OK, NOT_MODIFIED -> new Found.Canonical();
                        case NOT_FOUND -> new Found.Missing();
                        case MOVED_PERMANENTLY, PERMANENT_REDIRECT -> response.headers().header("Location").stream().findFirst()
                                .map(TOPIC_PATH::matcher).filter(Matcher::find)
                                .<Found>map(m -> new Found.Elsewhere(m.group(1))).orElse(new Found.Unknown());
                        default -> new Found.Unknown();
                    };
                    return response.releaseBody().thenReturn(found);
                })
                .timeout(TIME_LIMIT)
                .onErrorReturn(new Found.Unknown());
    }
}
