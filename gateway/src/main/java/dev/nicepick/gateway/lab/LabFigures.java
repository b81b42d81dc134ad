package dev.nicepick.gateway.lab;

import dev.nicepick.gateway.page.ServiceReads;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The trade-off lab's figures, as {@code /api/lab/*} and the {@code /lab} page show them: availability (the
 * gateway's own {@link AvailabilityRecorder} and the services' last drill), consistency (the services'
 * {@code GET /api/lab/lag}) and scaling (verdict-service's {@code GET /api/lab/experiments}). A service that does not
 * answer makes its part null and is named in {@code unavailable}; nothing here fails as a whole.
 */
@Component
public class LabFigures {

    /** The hops of the propagation lag, each with the service that measures it. */
    static final Map<String, String> HOPS = Map.of("vote-to-verdict", "verdict-service", "vote-to-page", "topics-service");
    private static final List<String> HOP_ORDER = List.of("vote-to-verdict", "vote-to-page");
    private static final int EXPERIMENTS = 50;

    private final AvailabilityRecorder recorder;
    private final ServiceReads reads;
    private final LabSettings settings;

    LabFigures(AvailabilityRecorder recorder, ServiceReads reads, LabSettings settings) {
        this.recorder = recorder;
        this.reads = reads;
        this.settings = settings;
    }

    /**
     * A fault drill as its service reports it ({@code GET /api/lab/drills}: {@code current} or {@code last}).
     *
     * @param endedAt null while it runs
     */
    public record Drill(JsonNode drill, String service, String fault, Instant startedAt, Instant endedAt) {

        /** The route whose readers the drill affects. */
        public String route() {
            return AvailabilityRecorder.ROUTES.entrySet().stream().filter(route -> route.getValue().equals(service))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
        }
    }

    /**
     * @param breaker the breaker's state now
     * @param seconds the window's seconds with answers or with the breaker not closed, oldest first
     */
    public record RouteFigures(String route, String service, String breaker, AvailabilityRecorder.Totals totals,
                               List<AvailabilityRecorder.Second> seconds) {
    }

    /**
     * What readers got during the last drill, from its start to its end (or now), per route.
     *
     * @param recoverySeconds from the drill's end to the first second after it in which the drilled route's breaker
     *                        was closed and every answer fresh; null while the drill runs or the route has not recovered
     */
    public record DrillFigures(JsonNode drill, String route, Instant from, Instant to, Map<String, AvailabilityRecorder.Totals> routes,
                               Long recoverySeconds) {
    }

    /** {@code GET /api/lab/availability}. */
    public record Availability(Instant from, Instant to, List<RouteFigures> routes, DrillFigures lastDrill, List<String> unavailable) {
    }

    /**
     * {@code GET /api/lab/consistency}: each hop's figures as its service gives them ({@code GET /api/lab/lag}), null
     * when the service does not answer.
     */
    public record Consistency(Instant from, Instant to, Map<String, JsonNode> hops, DrillLag lastDrill, List<String> unavailable) {
    }

    /**
     * The hops over the last drill: votes accepted from its start to its end (samples are keyed by acceptance, so a
     * vote accepted during the drill counts however late its verdict came, and none accepted after it does).
     */
    public record DrillLag(JsonNode drill, Instant from, Instant to, Map<String, JsonNode> hops) {
    }

    /**
     * One point of a scaling series: the newest experiment with that many threads (local) or replicas (distributed).
     *
     * @param x                  threads or replicas
     * @param overheadPerTopicMs the distributed mode's cost per topic over the local mode's, null for local runs
     */
    public record Point(int x, double unitsPerSecond, Double overheadPerTopicMs, JsonNode experiment) {
    }

    /**
     * {@code GET /api/lab/scaling}; every part null when verdict-service does not answer.
     *
     * @param cores the machine's cores as verdict-service sees them
     */
    public record Scaling(Integer cores, List<Point> local, List<Point> distributed, List<JsonNode> experiments, List<String> unavailable) {
    }

    private record Drills(Optional<Drill> last, List<String> unavailable) {
    }

    public Mono<Availability> availability() {
        return lastDrill().map(drills -> {
            Instant from = recorder.windowStart();
            Instant to = recorder.now();
            List<RouteFigures> routes = AvailabilityRecorder.ROUTES.entrySet().stream().map(route -> new RouteFigures(route.getKey(),
                    route.getValue(), recorder.breakerNow(route.getKey()), recorder.totals(route.getKey(), from, to),
                    recorder.seconds(route.getKey(), from, to).stream()
                            .filter(second -> second.answers() > 0 || !second.breaker().equals("closed")).toList())).toList();
            return new Availability(from, to, routes, drills.last().map(drill -> drillFigures(drill, to)).orElse(null), drills.unavailable());
        });
    }

    private DrillFigures drillFigures(Drill drill, Instant now) {
        Instant end = drill.endedAt() == null ? now : drill.endedAt();
        Map<String, AvailabilityRecorder.Totals> totals = new LinkedHashMap<>();
        AvailabilityRecorder.ROUTES.keySet().forEach(route -> totals.put(route, recorder.totals(route, drill.startedAt(), end)));
        Long recovery = null;
        if (drill.endedAt() != null && drill.route() != null) {
            // whole seconds only: the current one is still counting
            recovery = recorder.seconds(drill.route(), drill.endedAt(), Instant.ofEpochSecond(now.getEpochSecond())).stream()
                    .filter(second -> second.breaker().equals("closed") && second.fresh() > 0 && second.fresh() == second.answers())
                    .findFirst().map(second -> Math.max(0, second.at().getEpochSecond() - drill.endedAt().getEpochSecond())).orElse(null);
        }
        return new DrillFigures(drill.drill(), drill.route(), drill.startedAt(), end, totals, recovery);
    }

    public Mono<Consistency> consistency() {
        Instant to = recorder.now();
        Instant from = to.minus(settings.window());
        return Mono.zip(hops(from, to), lastDrill()).flatMap(found -> {
            List<String> unavailable = new ArrayList<>(found.getT2().unavailable());
            found.getT1().forEach((hop, figures) -> {
                if (figures == null && !unavailable.contains(HOPS.get(hop))) {
                    unavailable.add(HOPS.get(hop));
                }
            });
            if (found.getT2().last().isEmpty()) {
                return Mono.just(new Consistency(from, to, found.getT1(), null, unavailable));
            }
            Drill drill = found.getT2().last().get();
            Instant drillEnd = drill.endedAt() == null ? to : drill.endedAt();
            Instant drillTo = drillEnd.isAfter(to) ? to : drillEnd;
            return hops(drill.startedAt(), drillTo).map(hops -> new Consistency(from, to, found.getT1(),
                    new DrillLag(drill.drill(), drill.startedAt(), drillTo, hops), unavailable));
        });
    }

    /** Each hop's figures from its service over [from, to), null where the service did not answer. */
    private Mono<Map<String, JsonNode>> hops(Instant from, Instant to) {
        return Flux.fromIterable(HOP_ORDER)
                .flatMapSequential(hop -> reads.of(HOPS.get(hop), "/api/lab/lag?from={from}&to={to}", from.toString(), to.toString())
                        .map(reply -> Optional.ofNullable(reply.ok() ? reply.body() : null)))
                .collectList()
                .map(replies -> {
                    Map<String, JsonNode> hops = new LinkedHashMap<>();
                    for (int i = 0; i < HOP_ORDER.size(); i++) {
                        hops.put(HOP_ORDER.get(i), replies.get(i).orElse(null));
                    }
                    return hops;
                });
    }

    public Mono<Scaling> scaling() {
        return reads.of("verdict-service", "/api/lab/experiments?limit={limit}", EXPERIMENTS).map(reply -> {
            if (!reply.ok()) {
                return new Scaling(null, null, null, null, List.of("verdict-service"));
            }
            List<JsonNode> items = List.copyOf(reply.body().path("items").values());
            return new Scaling(reply.body().path("cores").isNumber() ? reply.body().path("cores").asInt() : null,
                    series(items, "local", "threads"), series(items, "distributed", "replicas"), items, List.of());
        });
    }

    /** The newest experiment (items come newest first) of {@code mode} per value of {@code by}, by that value. */
    private static List<Point> series(List<JsonNode> items, String mode, String by) {
        Map<Integer, Point> points = new java.util.TreeMap<>();
        for (JsonNode item : items) {
            if (mode.equals(item.path("mode").asString("")) && item.path(by).isNumber()) {
                JsonNode overhead = item.path("overheadPerTopicMs");
                points.putIfAbsent(item.path(by).asInt(), new Point(item.path(by).asInt(), item.path("unitsPerSecond").asDouble(0),
                        overhead.isNumber() ? overhead.asDouble() : null, item));
            }
        }
        return List.copyOf(points.values());
    }

    /** The latest drill of any service (running, or the last that ended), and the services that did not say. */
    private Mono<Drills> lastDrill() {
        return Flux.fromIterable(AvailabilityRecorder.ROUTES.values())
                .flatMapSequential(service -> reads.of(service, "/api/lab/drills").map(reply -> Map.entry(service, reply)))
                .collectList()
                .map(replies -> {
                    List<String> unavailable = new ArrayList<>();
                    List<Drill> drills = new ArrayList<>();
                    replies.forEach(reply -> {
                        if (!reply.getValue().ok()) {
                            unavailable.add(reply.getKey());
                            return;
                        }
                        for (String which : List.of("current", "last")) {
                            drill(reply.getKey(), reply.getValue().body().path(which)).ifPresent(drills::add);
                        }
                    });
                    return new Drills(drills.stream().max(Comparator.comparing(Drill::startedAt)), unavailable);
                });
    }

    private static Optional<Drill> drill(String service, JsonNode drill) {
        try {
            if (!drill.isObject() || !drill.path("startedAt").isString()) {
                return Optional.empty();
            }
            Instant started = Instant.parse(drill.path("startedAt").asString());
            Instant ended = drill.path("endedAt").isString() ? Instant.parse(drill.path("endedAt").asString()) : null;
            return Optional.of(new Drill(drill, service, drill.path("fault").asString(""), started, ended));
        } catch (java.time.format.DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}
