package dev.nicepick.feedback.intake;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * "Disagree with our pick?"
 *
 * @param preferredOption the option key the reader prefers (for "agree", the pick they saw)
 * @param email           optional, for a reply; personal data: stored, never shown publicly, never logged
 * @param website         a field people never see and bots fill in: it must stay empty
 */
public record FeedbackRequest(
        @NotNull @Pattern(regexp = "agree|disagree", message = "must be 'agree' or 'disagree'") String stance,
        @NotBlank @Size(max = 60) String preferredOption,
        @Size(max = 2000) String comment,
        @Email @Size(max = 254) String email,
        String website) {
}
