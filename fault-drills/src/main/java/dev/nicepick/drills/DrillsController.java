package dev.nicepick.drills;

import dev.nicepick.web.openapi.ApiDescriptionConventions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The lab's fault drills on this service: {@value #PATH}. */
@RestController
@Tag(name = "Fault drills", description = "The lab: make this service slow, failing or unresponsive for a while, to watch "
        + "the gateway's fault tolerance (administrators; off unless enabled)")
class DrillsController {

    static final String PATH = "/api/lab/drills";
    static final String CURRENT = PATH + "/current";

    private final FaultDrills drills;

    DrillsController(FaultDrills drills) {
        this.drills = drills;
    }

    @GetMapping(path = PATH, produces = "application/json")
    @Operation(operationId = "getFaultDrills", summary = "Whether drills may run here, the running drill and the newest one",
            description = "`refusal` says why every drill would be refused here (`disabled`, `production`), null when an "
                    + "administrator may start one. `current` is the running drill on any instance of this service; `last` the "
                    + "newest drill, running or not. A drill's `status` is `running`, `ended` (at `endsAt`, by itself) or "
                    + "`stopped` (by an administrator, at `endedAt`).")
    @ApiResponse(responseCode = "200", description = "This service's drills")
    ResponseEntity<DrillsOverview> overview() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(drills.overview());
    }

    @PostMapping(path = PATH, consumes = "application/json", produces = "application/json")
    @Operation(operationId = "startFaultDrill", summary = "Start a drill on the instance that takes this request (admins)",
            description = "Needs the role admin. `latency`: each call of this service's API waits (3 s by default, above the "
                    + "gateway's time limit for verdicts); `errors`: each call fails (500); `unresponsive`: each call waits far "
                    + "beyond every time limit (30 s). The lab's endpoints, Actuator and the API description are never "
                    + "attacked. The drill stops by itself after `seconds` (5 to the configured maximum, 120 by default). "
                    + "Refused (403) unless `nicepick.lab.drills.enabled` is true, and in the production profile unless "
                    + "`nicepick.lab.drills.allow-in-production` is true; one drill runs at a time per service (409).",
            security = @SecurityRequirement(name = ApiDescriptionConventions.BEARER),
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
                    @ExampleObject(name = "latency", value = """
                            {"fault": "latency", "seconds": 60}"""))))
    @ApiResponse(responseCode = "201", description = "Started: the drill, `running`")
    @ApiResponse(responseCode = "409", description = "A drill is already running on this service")
    ResponseEntity<Drill> start(@Valid @RequestBody DrillRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(drills.start(request));
    }

    @DeleteMapping(CURRENT)
    @Operation(operationId = "stopFaultDrill", summary = "Stop the running drill (admins)",
            description = "Needs the role admin. Stops it on whichever instance it attacks; it then reads as `stopped`.",
            security = @SecurityRequirement(name = ApiDescriptionConventions.BEARER))
    @ApiResponse(responseCode = "204", description = "Stopped")
    @ApiResponse(responseCode = "404", description = "No drill is running on this service")
    ResponseEntity<Void> stop() {
        drills.stop();
        return ResponseEntity.noContent().build();
    }
}
