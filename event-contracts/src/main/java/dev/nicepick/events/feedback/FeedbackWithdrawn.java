package dev.nicepick.events.feedback;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A reader took their feedback back with the token given at intake.
 *
 * @param acceptedAt when the withdrawal was stored (microseconds); absent in older events
 */
public record FeedbackWithdrawn(UUID topicId, UUID feedbackId, Map<String, Long> tally, long sequence, Instant acceptedAt) implements FeedbackEvent {
}
