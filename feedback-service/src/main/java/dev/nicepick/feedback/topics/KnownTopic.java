package dev.nicepick.feedback.topics;

import java.util.List;
import java.util.UUID;

/**
 * What feedback-service knows of a topic: enough to accept feedback for it or refuse it.
 *
 * @param type    {@code alternatives} or {@code complementary} ({@code TopicState.type}; absent means alternatives)
 * @param pick    the option key in force: the winner of the newest verdict from {@code verdicts.v1}, else the
 *                editorial pick; null when the topic has neither
 */
public record KnownTopic(UUID topicId, String slug, String status, List<String> options, String type, String pick) {

    public static final String ALTERNATIVES = "alternatives";
    public static final String COMPLEMENTARY = "complementary";

    public boolean isArchived() {
        return "archived".equals(status);
    }

    public boolean isComplementary() {
        return COMPLEMENTARY.equals(type);
    }
}
