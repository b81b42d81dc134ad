package dev.nicepick.gateway.page;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Display names of technologies ({@code GET /api/technologies}, every page of it), kept for a minute: every related
 * link on a comparison page names its technology. A key the list does not hold (or a list topics-service cannot give
 * now) is shown title-cased, as topics-service itself names a related key it has no name for.
 */
@Component
class TechnologyNames {

    private static final int PAGE_SIZE = 100;
    private static final int MAX_PAGES = 20;
    private static final Duration KEPT = Duration.ofMinutes(1);

    private final ServiceReads reads;
    private final Mono<Map<String, String>> names;

    TechnologyNames(ServiceReads reads) {
        this.reads = reads;
        this.names = all().cache(found -> found.isEmpty() ? Duration.ZERO : KEPT, error -> Duration.ZERO, () -> Duration.ZERO);
    }

    /** Key → display name, for the technologies topics-service lists; empty when it cannot say now. */
    private Mono<Map<String, String>> all() {
        return reads.topicPages("/api/technologies", PAGE_SIZE, MAX_PAGES)
                .filter(ServiceReads.Reply::ok)
                .flatMapIterable(reply -> reply.body().path("items").values())
                .collectMap(item -> item.path("key").asString(""), item -> item.path("name").asString(""), LinkedHashMap::new)
                .map(found -> {
                    found.remove("");
                    return found;
                });
    }

    /** Every technology topics-service lists (cached), key → display name; empty when it cannot say now. */
    Mono<Map<String, String>> known() {
        return names;
    }

    /** A naming function from the cached list: the display name of a key, else the key title-cased. */
    Mono<Function<String, String>> namer() {
        return names.map(known -> key -> {
            String name = known.get(key);
            return name == null || name.isBlank() ? PageText.titleCase(key) : name;
        });
    }
}
