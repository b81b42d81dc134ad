package dev.nicepick.lab;

import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Availability and fault tolerance: a steady read and vote load through the gateway with a latency drill and then
 * an unresponsive-instance drill on verdict-service in the middle; what the clients saw each second beside the
 * gateway's own account ({@code /api/lab/availability}) and its breakers' states.
 */
public final class AvailabilityExperiment {

    static final String SERVICE = "verdict-service";
    /** Seconds in a row of only fresh verdicts that count as recovered. */
    static final int STEADY_SECONDS = 3;

    /** A stretch of the load: calm or a drill. */
    public record Phase(String name, Instant from, Instant to, Map<String, RouteFigures> routes) {
    }

    /** What one route's answers were in a phase; latencies in milliseconds (nearest rank; null without answers). */
    public record RouteFigures(int requests, int fresh, int stale, int refused, int other, Long p50Ms, Long p95Ms,
                               Long p99Ms, Long maxMs) {
    }

    /**
     * One drill: as the service reported it, and what the clients saw: seconds from its start to the first answer
     * that was not fresh, and from its end to {@value #STEADY_SECONDS} seconds in a row of only fresh verdicts.
     */
    public record DrillOutcome(String fault, JsonNode drill, Instant startedAt, Instant endedAt,
                               Long firstDegradedAfterSeconds, Long recoverySeconds) {
    }

    /** Everything the experiment measured; {@code perSecond} per route, {@code gateway} as the gateway answered. */
    public record Result(int clients, long requests, List<Phase> phases, List<DrillOutcome> drills,
                         Map<String, List<PerSecondTally.Second>> perSecond, List<BreakerWatch.Change> breakers,
                         JsonNode gateway) {
    }

    private AvailabilityExperiment() {
    }

    /** Runs the load and both drills; an {@link IllegalStateException} when a drill or the gateway's account fails. */
    public static Result run(LabHttp http, LabHttp management, Catalogue catalogue, LabProfile profile, Deadline deadline)
            throws InterruptedException {
        List<String> readers = Readers.mint(http, profile.clients());
        Instant start = Instant.now();
        Instant until = deadline.cap(start, profile.availabilityLength().plus(profile.drill()));
        BreakerWatch breakers = new BreakerWatch(management, until);
        Thread watcher = Thread.ofVirtual().start(breakers);
        SteadyLoad load = new SteadyLoad(http, catalogue, profile);
        load.start(readers, until);

        Drills drills = new Drills(http, SERVICE);
        List<Instant> marks = new ArrayList<>(List.of(start));
        List<JsonNode> reported = new ArrayList<>();
        for (String fault : List.of("latency", "unresponsive")) {
            Drills.pauseUntil(marks.getLast().plus(profile.calm()));
            marks.add(Instant.now());
            reported.add(drills.run(fault, profile.drill(), deadline));
            marks.add(Instant.now());
        }
        Drills.pauseUntil(deadline.cap(marks.getLast(), profile.calm()));
        Instant end = Instant.now();
        marks.add(end);
        List<SteadyLoad.Sample> samples = load.stopAndCollect();
        watcher.interrupt();

        List<String> names = List.of("calm", "latency drill", "calm", "unresponsive drill", "calm");
        List<Phase> phases = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            phases.add(phase(names.get(i), marks.get(i), marks.get(i + 1), samples));
        }
        Map<String, PerSecondTally> tallies = new LinkedHashMap<>();
        samples.stream().filter(s -> s.at().isBefore(end))
                .forEach(s -> tallies.computeIfAbsent(s.route(), r -> new PerSecondTally()).record(s.at(), s.kind()));
        Map<String, List<PerSecondTally.Second>> perSecond = new LinkedHashMap<>();
        tallies.forEach((route, tally) -> perSecond.put(route, tally.seconds()));
        List<PerSecondTally.Second> verdicts = perSecond.getOrDefault(SteadyLoad.VERDICTS, List.of());

        List<DrillOutcome> outcomes = new ArrayList<>();
        for (int d = 0; d < reported.size(); d++) {
            JsonNode drill = reported.get(d);
            Instant from = instant(drill, "startedAt", marks.get(1 + 2 * d));
            Instant to = instant(drill, "endedAt", marks.get(2 + 2 * d));
            outcomes.add(new DrillOutcome(drill.path("fault").asString(), drill, from, to,
                    firstDegradedAfter(verdicts, from, to), recoverySeconds(verdicts, to)));
        }
        JsonNode gateway = http.getJson("/api/lab/availability", Duration.ofSeconds(10));
        return new Result(profile.clients(), samples.size(), phases, outcomes, perSecond, breakers.changes(), gateway);
    }

    /**
     * Whole seconds from a drill's end to the start of the first run of {@value #STEADY_SECONDS} seconds in which
     * every verdict read was fresh (0 when it never degraded past its end).
     *
     * @return null when no such run came before the load ended
     */
    public static Long recoverySeconds(List<PerSecondTally.Second> seconds, Instant drillEnd) {
        long endSecond = drillEnd.getEpochSecond();
        int run = 0;
        for (PerSecondTally.Second second : seconds) {
            if (second.at().getEpochSecond() < endSecond) {
                continue;
            }
            boolean allFresh = second.total() > 0 && second.fresh() == second.total();
            run = allFresh ? run + 1 : 0;
            if (run == STEADY_SECONDS) {
                return Math.max(0, second.at().getEpochSecond() - (STEADY_SECONDS - 1) - endSecond);
            }
        }
        return null;
    }

    /** Whole seconds from a drill's start to the first second with a verdict read that was not fresh; null if none. */
    public static Long firstDegradedAfter(List<PerSecondTally.Second> seconds, Instant from, Instant to) {
        return seconds.stream()
                .filter(s -> !s.at().isBefore(from.minusSeconds(1)) && s.at().isBefore(to.plusSeconds(1)))
                .filter(s -> s.fresh() < s.total())
                .findFirst().map(s -> Math.max(0, s.at().getEpochSecond() - from.getEpochSecond())).orElse(null);
    }

    private static Phase phase(String name, Instant from, Instant to, List<SteadyLoad.Sample> samples) {
        Map<String, RouteFigures> routes = new LinkedHashMap<>();
        for (String route : List.of(SteadyLoad.VERDICTS, SteadyLoad.TOPICS, SteadyLoad.VOTES)) {
            List<SteadyLoad.Sample> in = samples.stream()
                    .filter(s -> s.route().equals(route) && !s.at().isBefore(from) && s.at().isBefore(to)).toList();
            List<Long> millis = in.stream().map(SteadyLoad.Sample::millis).toList();
            routes.put(route, new RouteFigures(in.size(), count(in, AnswerKind.FRESH), count(in, AnswerKind.STALE),
                    count(in, AnswerKind.REFUSED), count(in, AnswerKind.OTHER), Stats.percentile(millis, 50),
                    Stats.percentile(millis, 95), Stats.percentile(millis, 99), Stats.percentile(millis, 100)));
        }
        return new Phase(name, from, to, routes);
    }

    private static int count(List<SteadyLoad.Sample> samples, AnswerKind kind) {
        return (int) samples.stream().filter(s -> s.kind() == kind).count();
    }

    private static Instant instant(JsonNode node, String field, Instant otherwise) {
        JsonNode text = node.path(field);
        return text.isString() ? Instant.parse(text.stringValue()) : otherwise;
    }
}
