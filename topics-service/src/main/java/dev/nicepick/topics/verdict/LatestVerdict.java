package dev.nicepick.topics.verdict;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;

/**
 * The newest verdict revision this service has heard of, embedded in the topic it belongs to.
 *
 * @param outcome  {@code winner}, {@code too-close} or {@code use-both} (docs/verdict-model.md); {@code winner} for
 *                 revisions issued before outcomes existed
 * @param headline the verdict in one sentence that says what its number is; absent for such older revisions
 * @param split    counted votes per option key
 */
public record LatestVerdict(String winner, @Schema(allowableValues = {"winner", "too-close", "use-both"}) String outcome, @JsonInclude(JsonInclude.Include.NON_NULL) String headline,
                            double probability, Map<String, Long> split, long revision, Instant computedAt) {

    /** What a revision without an outcome means. */
    public static final String WINNER = "winner";
}
