package dev.nicepick.feedback.intake;

import java.util.UUID;

/**
 * What a reader gets back when their feedback is taken in.
 *
 * @param withdrawToken the only way to withdraw it later: shown once, stored only as a hash
 */
public record IntakeAnswer(UUID id, String status, String withdrawToken) {
}
