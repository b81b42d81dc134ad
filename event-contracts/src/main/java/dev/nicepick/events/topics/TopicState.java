package dev.nicepick.events.topics;

import java.util.List;
import java.util.UUID;

/**
 * What a consumer needs to know of a topic to compute and word its verdict without calling back.
 *
 * @param status  draft, published or archived
 * @param version the topic's version; a consumer keeps the highest it has seen
 * @param type    the comparison's type: {@code alternatives} (readers pick one; the default, also when absent in
 *                older events) or {@code complementary} (the options are used together; readers say which matters
 *                more to them)
 */
public record TopicState(
        UUID topicId,
        String slug,
        String title,
        String status,
        long version,
        EditorialPick editorialPick,
        List<TopicOption> options,
        String bottomLine,
        String type) {

    public record EditorialPick(String option, int strength) {
    }

    /**
     * @param bestFor optional: the phrase that completes "Use {name} if you ..."
     * @param kind    optional: what sort of thing the option is ({@code language}, {@code database}, {@code method},
     *                {@code concept}, ...; the list is topics-service's {@code OptionKind})
     */
    public record TopicOption(String key, String name, List<String> pros, List<String> cons, String bestFor, String kind) {
    }
}
