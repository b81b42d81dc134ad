package dev.nicepick.events.feedback;

import java.util.Map;
import java.util.UUID;

/** A moderator restored a hidden feedback; it counts again. */
public record FeedbackRestored(UUID topicId, UUID feedbackId, Map<String, Long> tally, long sequence) implements FeedbackEvent {
}
