package dev.nicepick.verdicts.experiment;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One finished experiment, as kept and listed. A unit is one topic's verdict computed once by the engine from its
 * stored inputs, writing nothing ({@link ExperimentUnits}).
 *
 * @param threads            the pool's size (local); null for distributed
 * @param replicas           instances that computed at least one unit (1 for local)
 * @param topics             the catalogue's topics when the run started
 * @param units              topics x passes, all of them computed
 * @param durationMs         wall time of the run on the instance that ran or coordinated it, in milliseconds
 * @param unitsPerSecond     units / duration, one decimal
 * @param byInstance         units computed per instance name; sums to {@code units}
 * @param cores              {@code Runtime.availableProcessors()} of the instance that ran (local) or coordinated
 *                           (distributed) the run
 * @param overheadPerTopicMs distributed only: what scaling out costs each unit, in ms, =
 *                           {@code durationMs / units * replicas - (durationMs / units of the latest local 1-thread run
 *                           over as many topics)}; the instance-time a unit takes in this run less the time it takes
 *                           on one thread of one instance. Null for local runs and when there is no such local run.
 */
public record Experiment(
        UUID id,
        @Schema(allowableValues = {"local", "distributed"}) String mode,
        @Schema(nullable = true) Integer threads,
        int replicas,
        int topics,
        int passes,
        int units,
        long durationMs,
        double unitsPerSecond,
        Map<String, Integer> byInstance,
        int cores,
        @Schema(nullable = true, description = "Distributed runs only: durationMs / units * replicas minus durationMs / units "
                + "of the latest local 1-thread run over as many topics, in ms; null for local runs and when there is no such run")
        Double overheadPerTopicMs,
        Instant startedAt) {
}
