package dev.nicepick.events.feedback;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A moderator restored a hidden feedback; it counts again.
 *
 * @param acceptedAt when the restoring was stored (microseconds); absent in older events
 */
public record FeedbackRestored(UUID topicId, UUID feedbackId, Map<String, Long> tally, long sequence, Instant acceptedAt) implements FeedbackEvent {
}
