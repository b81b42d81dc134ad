package dev.nicepick.lag;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/**
 * One hop's lag over a window, as {@code GET /api/lab/lag} answers it. Samples are those whose {@code acceptedAt} is in
 * [{@code from}, {@code to}). Percentiles are nearest-rank over the samples (the smallest sample at or above that share
 * of them), null when there is none; all figures are whole milliseconds, rounded down.
 *
 * @param histogram one bucket per pair of {@link #EDGES_MS}, each from its lower edge (inclusive) to its upper one
 *                  (exclusive), then one from the last edge on ({@code toMs} null)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "LagReport", description = "One hop of the eventual-consistency lag over a window")
public record LagReport(
        @Schema(requiredMode = REQUIRED, allowableValues = {"vote-to-verdict", "vote-to-page"}) String hop,
        @Schema(requiredMode = REQUIRED, description = "Start of the window, inclusive") Instant from,
        @Schema(requiredMode = REQUIRED, description = "End of the window, exclusive") Instant to,
        @Schema(requiredMode = REQUIRED, description = "Samples whose feedback was accepted in the window") long count,
        @Schema(requiredMode = REQUIRED, nullable = true, description = "Nearest-rank median, ms; null without samples") Long p50Ms,
        @Schema(requiredMode = REQUIRED, nullable = true, description = "Nearest-rank 95th percentile, ms; null without samples") Long p95Ms,
        @Schema(requiredMode = REQUIRED, nullable = true, description = "Nearest-rank 99th percentile, ms; null without samples") Long p99Ms,
        @Schema(requiredMode = REQUIRED, nullable = true, description = "The largest sample, ms; null without samples") Long maxMs,
        @Schema(requiredMode = REQUIRED, description = "Ten buckets with fixed edges, the last open-ended") List<Bucket> histogram) {

    /** The histogram's fixed edges in milliseconds (the lab's contract). */
    public static final List<Long> EDGES_MS = List.of(0L, 25L, 50L, 100L, 250L, 500L, 1000L, 2500L, 5000L, 10000L);

    /** @param toMs exclusive; null for the last, open-ended bucket */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "LagBucket", description = "Samples from fromMs (inclusive) to toMs (exclusive)")
    public record Bucket(
            @Schema(requiredMode = REQUIRED) long fromMs,
            @Schema(requiredMode = REQUIRED, nullable = true, description = "null for the last, open-ended bucket") Long toMs,
            @Schema(requiredMode = REQUIRED) long count) {
    }
}
