package dev.nicepick.verdicts.experiment;

import dev.nicepick.verdicts.VerdictSettings;
import dev.nicepick.verdicts.keeper.TopicInputs;
import dev.nicepick.web.problem.ApiProblem;
import dev.nicepick.web.problem.FieldProblem;
import dev.nicepick.web.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Runs one experiment to its end and keeps it: checks what the request asks against the catalogue and the bounds
 * ({@link ExperimentSettings}), claims the one running slot in the shared database, runs the mode and keeps the
 * figures. Nothing but the experiment's own rows is written.
 */
@Service
class ExperimentRunner {

    /** A missed deadline leaves nothing behind that blocks another run, so it may be tried again at once. */
    private static final long RETRY_AFTER_SECONDS = 1;

    private final TopicInputs inputs;
    private final Experiments experiments;
    private final LocalExperiment local;
    private final DistributedExperiment distributed;
    private final ExperimentSettings settings;
    private final VerdictSettings verdictSettings;

    ExperimentRunner(TopicInputs inputs, Experiments experiments, LocalExperiment local, DistributedExperiment distributed,
                     ExperimentSettings settings, VerdictSettings verdictSettings) {
        this.inputs = inputs;
        this.experiments = experiments;
        this.local = local;
        this.distributed = distributed;
        this.settings = settings;
        this.verdictSettings = verdictSettings;
    }

    /**
     * @param request already checked field by field (mode, ranges)
     * @return the finished run, as kept
     * @throws ApiProblem 400 when a local run names no threads; 422 when a distributed run names threads or topics x
     *                    passes exceeds {@code max-units}; 409 when another run is going on or there are no topics; 503
     *                    when the run misses its deadline (it is then not kept)
     */
    Experiment run(ExperimentRequest request) throws InterruptedException, ExecutionException {
        boolean isLocal = request.mode().equals("local");
        if (isLocal && request.threads() == null) {
            throw Problems.invalid("threads", "Required", "is required for a local run");
        }
        if (!isLocal && request.threads() != null) {
            throw unprocessable("threads", "LocalOnly", "applies to local runs only: each replica computes its share on one consumer thread");
        }
        List<UUID> topics = inputs.allTopicIds();
        if (topics.isEmpty()) {
            throw Problems.conflict("There are no topics to compute yet.");
        }
        long units = (long) topics.size() * request.passes();
        if (units > settings.maxUnits()) {
            throw unprocessable("passes", "MaxUnits", "makes " + units + " units (" + topics.size() + " topics x " + request.passes()
                    + " passes); a run may have at most " + settings.maxUnits() + ", so at most "
                    + Math.max(1, settings.maxUnits() / topics.size()) + " passes here");
        }

        UUID id = UUID.randomUUID();
        int cores = Runtime.getRuntime().availableProcessors();
        Instant startedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS); // as the database keeps it, so both answers agree
        Deadline deadline = new Deadline(startedAt.plus(settings.deadline()));
        if (!experiments.start(id, request.mode(), request.threads(), request.passes(), topics.size(), cores, startedAt, deadline.at())) {
            throw Problems.conflict("Another experiment is running (started " + experiments.runningSince().map(Instant::toString)
                    .orElse("a moment ago") + "); one runs at a time. Try again when it is done.");
        }
        boolean kept = false;
        try {
            long started = System.nanoTime();
            Map<String, Integer> byInstance = isLocal
                    ? runLocally(topics, request, deadline)
                    : distributed.run(id, topics, request.passes(), deadline);
            long durationMs = (System.nanoTime() - started) / 1_000_000;
            Experiment done = new Experiment(id, request.mode(), request.threads(), byInstance.size(), topics.size(), request.passes(),
                    (int) units, durationMs, perSecond(units, durationMs), byInstance, cores,
                    isLocal ? null : overheadPerTopicMs(topics.size(), (int) units, durationMs, byInstance.size()), startedAt);
            experiments.finish(done);
            kept = true;
            return done;
        } catch (TimeoutException e) {
            throw Problems.unavailable("The experiment did not finish within its deadline of " + settings.deadline().toSeconds()
                    + " s and was not kept; nothing else changed. Ask for fewer passes" + (isLocal ? "" : ", or check that the replicas run")
                    + ".", RETRY_AFTER_SECONDS);
        } finally {
            if (!kept) {
                experiments.abandon(id);
            }
        }
    }

    private Map<String, Integer> runLocally(List<UUID> topics, ExperimentRequest request, Deadline deadline)
            throws TimeoutException, InterruptedException, ExecutionException {
        local.run(topics, request.threads(), request.passes(), deadline);
        return Map.of(verdictSettings.instanceId(), topics.size() * request.passes());
    }

    /** See {@link Experiment#overheadPerTopicMs()}; three decimals. */
    private Double overheadPerTopicMs(int topics, int units, long durationMs, int replicas) {
        return experiments.localOneThreadMsPerUnit(topics)
                .map(localMsPerUnit -> Math.round(((double) durationMs / units * replicas - localMsPerUnit) * 1000) / 1000.0)
                .orElse(null);
    }

    private static double perSecond(long units, long durationMs) {
        return Math.round(units * 10_000.0 / Math.max(1, durationMs)) / 10.0;
    }

    private static ApiProblem unprocessable(String field, String rule, String message) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, Problems.title(HttpStatus.UNPROCESSABLE_CONTENT), field + ": " + message,
                List.of(new FieldProblem(field, rule, message)));
    }
}
