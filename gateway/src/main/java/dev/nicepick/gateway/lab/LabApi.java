package dev.nicepick.gateway.lab;

import dev.nicepick.gateway.edge.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springdoc.core.annotations.RouterOperation;
import org.springdoc.core.annotations.RouterOperations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The trade-off lab's figures, answered by the gateway itself: {@code GET /api/lab/availability},
 * {@code GET /api/lab/consistency} and {@code GET /api/lab/scaling} ({@link LabFigures} gives their shapes), as JSON,
 * or as CSV ({@link LabCsv}) with {@code ?format=csv} or {@code Accept: text/csv}. Always 200 while the gateway runs:
 * a service that does not answer is named in {@code unavailable} and its part is null. Another {@code format} than
 * {@code json} or {@code csv} is a 400 problem. Never cached: the figures change every second.
 */
@Configuration(proxyBeanMethods = false)
class LabApi {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final String CSV_TYPE = "text/csv";

    private final LabFigures figures;

    LabApi(LabFigures figures) {
        this.figures = figures;
    }

    @Bean
    @RouterOperations({
            @RouterOperation(path = "/api/lab/availability", method = RequestMethod.GET, operation = @Operation(operationId = "labAvailability",
                    tags = "Lab", summary = "What readers got from each route, per second, and during the last fault drill",
                    description = "Per route (topics, verdicts, feedback) over the last window (nicepick.gateway.lab.window, 15 minutes by"
                            + " default): the circuit breaker's state, answers fresh, stale (the marked fallback verdict) , refused (503)"
                            + " and failed (other 5xx), and latency percentiles through the gateway in ms (a log-scale sketch: each"
                            + " percentile is at most 25% above the true value). Seconds are listed when they had answers or the"
                            + " breaker was not closed. The last drill of any service: totals per route during it, and"
                            + " recoverySeconds from its end to the first second with the breaker closed and only fresh answers.",
                    parameters = @Parameter(name = "format", in = ParameterIn.QUERY, description = "json (default) or csv: a row per route and second",
                            schema = @Schema(allowableValues = {"json", "csv"})),
                    responses = {
                            @ApiResponse(responseCode = "200", description = "The figures; a service that did not answer is named in unavailable",
                                    content = {@Content(mediaType = "application/json", schema = @Schema(implementation = LabFigures.Availability.class)),
                                            @Content(mediaType = CSV_TYPE, schema = @Schema(type = "string"))}),
                            @ApiResponse(responseCode = "400", description = "format is neither json nor csv",
                                    content = @Content(mediaType = "application/problem+json"))})),
            @RouterOperation(path = "/api/lab/consistency", method = RequestMethod.GET, operation = @Operation(operationId = "labConsistency",
                    tags = "Lab", summary = "How long a vote takes to reach the verdict and the page",
                    description = "The two hops of the propagation lag (vote-to-verdict from verdict-service, vote-to-page from"
                            + " topics-service, each as its GET /api/lab/lag gives it: count, p50Ms, p95Ms, p99Ms, maxMs and a"
                            + " histogram) over the window, and over the last drill: votes accepted from its start to its end (or now,"
                            + " while it runs), whenever their verdict arrived.",
                    parameters = @Parameter(name = "format", in = ParameterIn.QUERY, description = "json (default) or csv: a row per scope, hop and histogram bucket",
                            schema = @Schema(allowableValues = {"json", "csv"})),
                    responses = {
                            @ApiResponse(responseCode = "200", description = "The figures; a hop whose service did not answer is null",
                                    content = {@Content(mediaType = "application/json", schema = @Schema(implementation = LabFigures.Consistency.class)),
                                            @Content(mediaType = CSV_TYPE, schema = @Schema(type = "string"))}),
                            @ApiResponse(responseCode = "400", description = "format is neither json nor csv",
                                    content = @Content(mediaType = "application/problem+json"))})),
            @RouterOperation(path = "/api/lab/scaling", method = RequestMethod.GET, operation = @Operation(operationId = "labScaling",
                    tags = "Lab", summary = "Recompute throughput against threads (local) and replicas (distributed)",
                    description = "verdict-service's last 50 recompute experiments as series: local, units per second by threads (the"
                            + " newest run for each count); distributed, units per second by replicas with the overhead per topic;"
                            + " and the machine's cores.",
                    parameters = @Parameter(name = "format", in = ParameterIn.QUERY, description = "json (default) or csv: a row per experiment",
                            schema = @Schema(allowableValues = {"json", "csv"})),
                    responses = {
                            @ApiResponse(responseCode = "200", description = "The figures; all null with verdict-service in unavailable when it did not answer",
                                    content = {@Content(mediaType = "application/json", schema = @Schema(implementation = LabFigures.Scaling.class)),
                                            @Content(mediaType = CSV_TYPE, schema = @Schema(type = "string"))}),
                            @ApiResponse(responseCode = "400", description = "format is neither json nor csv",
                                    content = @Content(mediaType = "application/problem+json"))}))})
    RouterFunction<ServerResponse> labRoutes() {
        return RouterFunctions.route()
                .route(readOf("/api/lab/availability"), request -> answer(request, figures::availability, LabCsv::availability))
                .route(readOf("/api/lab/consistency"), request -> answer(request, figures::consistency, LabCsv::consistency))
                .route(readOf("/api/lab/scaling"), request -> answer(request, figures::scaling, LabCsv::scaling))
                .build();
    }

    /** GET, and HEAD as RFC 9110 section 9.3.2 asks: the same headers, no body (the server leaves it out). */
    private static RequestPredicate readOf(String path) {
        return RequestPredicates.GET(path).or(RequestPredicates.HEAD(path));
    }

    private static <T> Mono<ServerResponse> answer(ServerRequest request, Supplier<Mono<T>> figures, Function<T, String> csv) {
        Optional<String> format = request.queryParam("format");
        if (format.isPresent() && !List.of("json", "csv").contains(format.get())) {
            return ServerResponse.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .bodyValue(Problems.body(HttpStatus.BAD_REQUEST, "format must be json or csv.",
                            List.of(new Problems.FieldProblem("format", "OneOf", "must be json or csv"))));
        }
        boolean asCsv = format.map("csv"::equals).orElseGet(() -> request.headers().accept().stream()
                .anyMatch(type -> type.getType().equals("text") && type.getSubtype().equals("csv")));
        return figures.get().flatMap(found -> {
            ServerResponse.BodyBuilder ok = ServerResponse.ok().header(HttpHeaders.CACHE_CONTROL, "no-store");
            return asCsv ? ok.contentType(CSV).bodyValue(csv.apply(found)) : ok.contentType(MediaType.APPLICATION_JSON).bodyValue(found);
        });
    }
}
