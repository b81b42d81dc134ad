package dev.nicepick.feedback.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * A reader's own current vote on a topic, as only they see it (never cached).
 *
 * @param status {@code visible}, or {@code hidden} by a moderator (then it does not count)
 */
public record OwnVote(UUID id, String stance, String preferredOption, String comment, String status, Instant createdAt) {
}
