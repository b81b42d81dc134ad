package dev.nicepick.feedback.summary;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the public sees of a topic's feedback: counts, shares and comments, never a reader's address. */
public record FeedbackSummary(String topic, long total, Map<String, Long> votes, Map<String, Double> share,
                              List<Comment> comments) {

    public record Comment(UUID id, String stance, String preferredOption, String comment, Instant createdAt) {
    }
}
