package dev.nicepick.feedback.suggestions;

import java.util.List;

/** One page of suggested pairs, most suggested first; {@code page} from 0. */
public record SuggestionPage(List<SuggestedPair> items, int page, int size, long totalItems, long totalPages) {
}
