package dev.nicepick.lag;

import dev.nicepick.web.problem.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code GET /api/lab/lag?from=&to=}: this service's hop of the eventual-consistency lag over a window (default the
 * last 15 minutes; {@code to} defaults to now, {@code from} to 15 minutes before {@code to}). Reversed or empty windows and spans over 7 days are 400 problems, as are instants that are not
 * ISO 8601 (web-support's type-mismatch problem).
 */
@RestController
@Tag(name = "Lab: propagation lag", description = "The trade-off lab: how long a feedback change takes to reach this service's answers")
class LagController {

    /** The window's span when {@code from} is not given. */
    static final Duration DEFAULT_WINDOW = Duration.ofMinutes(15);
    /** The longest window served: the default retention, and a bound on what one query reads. */
    static final Duration MAX_WINDOW = Duration.ofDays(7);

    private final LagWindows windows;
    private final Clock clock;

    LagController(LagWindows windows, Clock clock) {
        this.windows = windows;
        this.clock = clock;
    }

    @GetMapping(path = "/api/lab/lag", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getPropagationLag", summary = "This service's hop of the eventual-consistency lag over a window",
            description = "The lag from the moment feedback-service accepted a feedback change to the moment this service "
                    + "reached it: `vote-to-verdict` (verdict-service: the revision's `computedAt`) or `vote-to-page` "
                    + "(topics-service: when its projection stored the revision a page shows). Samples are those accepted in "
                    + "[`from`, `to`); percentiles are nearest-rank, null without samples; figures are whole milliseconds. "
                    + "Histogram edges (ms): 0, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, then open-ended. The same "
                    + "samples are the timer `nicepick_propagation_lag_seconds` on `/actuator/prometheus`.")
    LagReport lag(@Parameter(description = "Start of the window, inclusive (ISO 8601 instant); default 15 minutes before `to`")
                  @RequestParam(required = false) Instant from,
                  @Parameter(description = "End of the window, exclusive (ISO 8601 instant); default now; at most 7 days after `from`")
                  @RequestParam(required = false) Instant to) {
        Instant end = to != null ? to : clock.instant();
        Instant start = from != null ? from : end.minus(DEFAULT_WINDOW);
        if (!start.isBefore(end)) {
            throw Problems.invalid("to", "After", "must be after from");
        }
        if (Duration.between(start, end).compareTo(MAX_WINDOW) > 0) {
            throw Problems.invalid("to", "MaxSpan", "must be at most 7 days after from");
        }
        return windows.report(start, end);
    }
}
