package dev.nicepick.feedback.suggestions;

import java.util.UUID;

/** @param status {@code received} for a new suggestion, {@code unchanged} when this reader had suggested the pair before */
public record SuggestionAnswer(UUID id, String status) {
}
