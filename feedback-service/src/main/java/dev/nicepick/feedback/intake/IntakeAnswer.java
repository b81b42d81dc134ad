package dev.nicepick.feedback.intake;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.UUID;

/**
 * What a reader gets back when their feedback is taken in.
 *
 * @param status        {@code accepted}, or {@code unchanged} when it equalled the reader's current vote
 * @param withdrawToken the only way to withdraw it later with {@code DELETE /api/feedback/{id}}: shown once, stored only
 *                      as a hash; absent when unchanged
 */
public record IntakeAnswer(UUID id, String status, @JsonInclude(JsonInclude.Include.NON_NULL) String withdrawToken) {
}
