package dev.nicepick.feedback.intake;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * "Disagree with our pick?" What {@code stance} and {@code preferredOption} must be depends on the topic
 * ({@link StanceRule}).
 *
 * @param stance          {@code agree} or {@code disagree} with the pick in force; for a complementary comparison
 *                        absent or agree (kept as agree)
 * @param preferredOption an option key: for "agree" the pick in force (filled in when omitted), for "disagree"
 *                        another option; for a complementary comparison, required: the option that matters more
 * @param email           optional, for a reply; personal data: stored, never shown publicly, never logged
 * @param website         a field people never see and bots fill in: it must stay empty
 */
public record FeedbackRequest(
        @Pattern(regexp = "agree|disagree", message = "must be 'agree' or 'disagree'") String stance,
        @Size(max = 60) String preferredOption,
        @Size(max = 2000) String comment,
        @Email @Size(max = 254) String email,
        String website) {
}
