package dev.nicepick.events.topics;

import java.util.List;
import java.util.UUID;

/**
 * What a consumer needs to know of a topic to compute and word its verdict without calling back.
 *
 * @param status  draft, published or archived
 * @param version the topic's version; a consumer keeps the highest it has seen
 */
public record TopicState(
        UUID topicId,
        String slug,
        String title,
        String status,
        long version,
        EditorialPick editorialPick,
        List<TopicOption> options,
        String bottomLine) {

    public record EditorialPick(String option, int strength) {
    }

    /** @param bestFor optional: the phrase that completes "Use {name} if you ..." */
    public record TopicOption(String key, String name, List<String> pros, List<String> cons, String bestFor) {
    }
}
