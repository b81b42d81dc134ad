package dev.nicepick.verdicts.recompute;

import dev.nicepick.web.problem.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Recompute", description = "Recompute every verdict: on this instance's cores, or spread over all replicas")
class RecomputeController {

    private final LocalRecompute local;
    private final DistributedRecompute distributed;

    RecomputeController(LocalRecompute local, DistributedRecompute distributed) {
        this.local = local;
        this.distributed = distributed;
    }

    @PostMapping(path = "/api/verdicts/recompute", produces = "application/json")
    @Operation(summary = "Recompute every verdict (admins); answers when all are done, with duration and spread")
    RecomputeReport recompute(@RequestParam String mode) throws Exception {
        return switch (mode) {
            case "local" -> local.run();
            case "distributed" -> distributed.run();
            default -> throw Problems.invalid("mode", "OneOf", "mode must be 'local' or 'distributed'");
        };
    }
}
