package dev.nicepick.feedback.topics;

import java.util.List;
import java.util.UUID;

/** What feedback-service knows of a topic: enough to accept feedback for it or refuse it. */
public record KnownTopic(UUID topicId, String slug, String status, List<String> options) {

    public boolean isArchived() {
        return "archived".equals(status);
    }
}
