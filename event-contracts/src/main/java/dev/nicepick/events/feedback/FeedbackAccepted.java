package dev.nicepick.events.feedback;

import java.util.Map;
import java.util.UUID;

/** A reader's feedback was taken in (it replaces that reader's earlier one on the topic). */
public record FeedbackAccepted(UUID topicId, UUID feedbackId, Map<String, Long> tally, long sequence) implements FeedbackEvent {
}
