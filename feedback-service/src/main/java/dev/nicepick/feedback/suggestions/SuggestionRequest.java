package dev.nicepick.feedback.suggestions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A reader's "compare A with B". Names and reason are trimmed before they are checked; control characters never get
 * this far (web-support refuses them while reading the body).
 *
 * @param first  a technology's name, 1 to 100 characters on one line
 * @param second another one (not the same name, whatever its case)
 * @param reason optional: why the comparison would help, up to 500 characters
 */
public record SuggestionRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[^\\r\\n]*", message = "must be on one line") String first,
        @NotBlank @Size(max = 100) @Pattern(regexp = "[^\\r\\n]*", message = "must be on one line") String second,
        @Size(max = 500) String reason) {

    public SuggestionRequest {
        first = first == null ? null : first.strip();
        second = second == null ? null : second.strip();
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }
}
