package dev.nicepick.feedback.moderation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a moderator hides or restores a feedback; kept with it. */
public record ModerationRequest(@NotBlank @Size(max = 500) String reason) {
}
