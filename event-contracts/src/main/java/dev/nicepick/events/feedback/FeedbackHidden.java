package dev.nicepick.events.feedback;

import java.util.Map;
import java.util.UUID;

/** A moderator hid a feedback; it no longer counts. */
public record FeedbackHidden(UUID topicId, UUID feedbackId, Map<String, Long> tally, long sequence) implements FeedbackEvent {
}
