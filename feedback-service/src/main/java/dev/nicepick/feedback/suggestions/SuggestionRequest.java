package dev.nicepick.feedback.suggestions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.text.Normalizer;

/**
 * A reader's "compare A with B". Names are normalised before they are checked, stored and compared
 * ({@link #normalised}); the reason is trimmed. C0 control characters never get this far (web-support refuses them
 * while reading the body); other invisible or line-breaking characters in a name are refused here (issue 14), so
 * {@code "Rust\u200b"} can never make a second pair.
 *
 * @param first  a technology's name, 1 to 100 characters on one line: no characters of the Unicode categories Cc
 *               (controls, such as NEL), Cf (formats, such as the zero-width space), Zl or Zp (line and paragraph
 *               separators), and at least one letter, digit, punctuation or symbol
 * @param second another one (not the same name, whatever its case)
 * @param reason optional: why the comparison would help, up to 500 characters
 */
public record SuggestionRequest(
        @NotBlank @Size(max = 100)
        @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE) @Pattern(regexp = VISIBLE, message = VISIBLE_MESSAGE) String first,
        @NotBlank @Size(max = 100)
        @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE) @Pattern(regexp = VISIBLE, message = VISIBLE_MESSAGE) String second,
        @Size(max = 500) String reason) {

    static final String ONE_LINE = "[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]*";
    static final String ONE_LINE_MESSAGE = "must be on one line, without control or invisible characters";
    static final String VISIBLE = "(?s).*[\\p{L}\\p{N}\\p{P}\\p{S}].*";
    static final String VISIBLE_MESSAGE = "must contain a letter, digit or symbol";

    public SuggestionRequest {
        first = normalised(first);
        second = normalised(second);
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /**
     * A name as it is checked, stored and compared: NFKC (so full-width or ligature forms are the plain letters, a
     * no-break space a space), trimmed, each run of spaces one space.
     */
    static String normalised(String name) {
        return name == null ? null : Normalizer.normalize(name, Normalizer.Form.NFKC).strip().replaceAll("\\p{Zs}+", " ");
    }
}
