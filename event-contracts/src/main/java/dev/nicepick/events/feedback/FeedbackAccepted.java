package dev.nicepick.events.feedback;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A reader's feedback was taken in (it replaces that reader's earlier one on the topic).
 *
 * @param acceptedAt when the feedback was stored: its {@code createdAt}, exactly as the reader's own vote shows it (microseconds); absent in older events
 */
public record FeedbackAccepted(UUID topicId, UUID feedbackId, Map<String, Long> tally, long sequence, Instant acceptedAt) implements FeedbackEvent {
}
