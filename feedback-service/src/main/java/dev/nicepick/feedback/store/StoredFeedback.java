package dev.nicepick.feedback.store;

import java.time.Instant;
import java.util.UUID;

/** A feedback as kept; {@code email} is personal data and only moderators' views show it. */
public record StoredFeedback(UUID id, UUID topicId, String topic, String stance, String preferredOption, String comment,
                             String email, String status, boolean superseded, String moderationReason,
                             Instant createdAt, Instant updatedAt) {
}
