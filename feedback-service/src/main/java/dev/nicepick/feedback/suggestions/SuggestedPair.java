package dev.nicepick.feedback.suggestions;

import java.time.Instant;
import java.util.List;

/**
 * One pair readers suggested, for moderators.
 *
 * @param first   the name as the first reader to suggest the pair wrote it
 * @param readers how many readers suggested it (in any order or case)
 * @param reasons the newest reasons given, at most 5
 */
public record SuggestedPair(String first, String second, long readers, Instant lastSuggestedAt, List<String> reasons) {
}
