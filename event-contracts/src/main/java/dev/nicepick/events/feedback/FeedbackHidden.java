package dev.nicepick.events.feedback;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A moderator hid a feedback; it no longer counts.
 *
 * @param acceptedAt when the hiding was stored (microseconds); absent in older events
 */
public record FeedbackHidden(UUID topicId, UUID feedbackId, Map<String, Long> tally, long sequence, Instant acceptedAt) implements FeedbackEvent {
}
