package dev.nicepick.verdicts.recompute;

import dev.nicepick.web.problem.Problems;
import dev.nicepick.web.openapi.ApiDescriptionConventions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
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
    @Operation(operationId = "recomputeVerdicts",
            summary = "Recompute every verdict (admins); answers when all are done, with duration and spread",
            description = "Needs the role admin. `mode=local` uses this instance's cores; `mode=distributed` spreads the topics "
                    + "over all replicas by Kafka partitions.",
            security = @SecurityRequirement(name = ApiDescriptionConventions.BEARER))
    RecomputeReport recompute(@Parameter(schema = @Schema(allowableValues = {"local", "distributed"})) @RequestParam String mode)
            throws Exception {
        return switch (mode) {
            case "local" -> local.run();
            case "distributed" -> distributed.run();
            default -> throw Problems.invalid("mode", "OneOf", "mode must be 'local' or 'distributed'");
        };
    }
}
