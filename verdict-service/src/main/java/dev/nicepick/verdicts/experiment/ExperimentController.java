package dev.nicepick.verdicts.experiment;

import dev.nicepick.web.openapi.ApiDescriptionConventions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.concurrent.ExecutionException;

/** The lab's third panel, scale up against scale out: recompute experiments an administrator starts, kept for all to see. */
@RestController
@Tag(name = "Lab: experiments", description = "Scale up against scale out: the catalogue's verdicts computed on threads of one instance, or over the replicas")
class ExperimentController {

    private final ExperimentRunner runner;
    private final Experiments experiments;

    ExperimentController(ExperimentRunner runner, Experiments experiments) {
        this.runner = runner;
        this.experiments = experiments;
    }

    @PostMapping(path = "/api/lab/experiments", consumes = "application/json", produces = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "runExperiment", summary = "Run a recompute experiment (admins); answers 201 when it is done",
            description = "A unit is one topic's verdict computed once by the engine from its stored inputs, win probabilities always "
                    + "by Monte Carlo with the configured draws (CPU-bound, some milliseconds); nothing is written but the experiment. "
                    + "A run is every topic of the catalogue `passes` times: `units` = topics x passes, at most "
                    + "`nicepick.lab.experiments.max-units` (422 naming `passes` beyond). `local` computes them on this instance's "
                    + "pool of `threads` (required, 1 to 32); `distributed` sends one command per unit over the partitioned commands "
                    + "stream, read by every running replica as one consumer group (one thread each; `threads` is refused with 422), "
                    + "and counts them done per instance in the shared database. One experiment runs at a time across the replicas "
                    + "(409). A run that is not done within `nicepick.lab.experiments.deadline` (2 minutes by default) ends with 503 "
                    + "and `Retry-After`, and is not kept: the service is the origin of the answer (not a gateway, so not 504), and it "
                    + "could not do the asked work with the cores or replicas it has now. "
                    + "`overheadPerTopicMs` (distributed only) = durationMs / units x replicas - durationMs / units of the latest "
                    + "local 1-thread run over as many topics: the instance-time a unit costs when scaled out, less its cost on one "
                    + "thread; null when there is no such local run.",
            security = @SecurityRequirement(name = ApiDescriptionConventions.BEARER),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "local", value = """
                            {"mode": "local", "threads": 2, "passes": 20}"""),
                    @ExampleObject(name = "distributed", value = """
                            {"mode": "distributed", "passes": 20}""")})))
    @ApiResponse(responseCode = "201", description = "Done and kept")
    @ApiResponse(responseCode = "409", description = "Another experiment is running, or there are no topics yet")
    @ApiResponse(responseCode = "422", description = "`threads` with `distributed` (`errors[0].field` is `threads`), or more units than a "
            + "run may have (`errors[0].field` is `passes`)")
    @ApiResponse(responseCode = "503", description = "Not done within the deadline: not kept, nothing else changed; see Retry-After")
    Experiment run(@Valid @RequestBody ExperimentRequest request) throws InterruptedException, ExecutionException {
        return runner.run(request);
    }

    @GetMapping(path = "/api/lab/experiments", produces = "application/json")
    @Operation(operationId = "listExperiments", summary = "Kept experiments, newest first, and this instance's cores",
            description = "Every finished run with its parameters and figures (see `runExperiment` for what they mean); runs that "
                    + "missed their deadline are not kept.")
    @ApiResponse(responseCode = "200", description = "The newest experiments")
    ExperimentList list(@Parameter(description = "How many, 1 to 200") @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        return new ExperimentList(Runtime.getRuntime().availableProcessors(), experiments.newest(limit));
    }
}
