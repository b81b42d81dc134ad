package dev.nicepick.events.feedback;

import java.util.Map;
import java.util.UUID;

/** A reader took their feedback back with the token given at intake. */
public record FeedbackWithdrawn(UUID topicId, UUID feedbackId, Map<String, Long> tally, long sequence) implements FeedbackEvent {
}
