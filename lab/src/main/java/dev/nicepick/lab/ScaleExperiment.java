package dev.nicepick.lab;

import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scale up against scale out: recompute experiments ({@code POST /api/lab/experiments}) with the same passes, local
 * on 1..cores threads and 2 x cores (the ceiling), then distributed on every verdict-service replica and, after
 * stopping all but the first, on one (the consumer group rebalances meanwhile). Each setting runs {@code repeats}
 * times; the run with the median throughput is kept beside all of them.
 */
public final class ScaleExperiment {

    /** A whole experiment may take this long (the service bounds its own run too). */
    private static final Duration CALL = Duration.ofMinutes(3);
    /** How long an experiment may be refused (503: the gateway found a stopped replica) before the lab gives up. */
    private static final Duration REFUSALS = Duration.ofSeconds(60);

    /**
     * One setting: {@code mode} local or distributed, {@code threads} (local) or {@code replicas} (distributed), the
     * median of the runs' units per second, and every run as verdict-service answered it.
     */
    public record Setting(String mode, Integer threads, Integer replicas, double medianUnitsPerSecond, JsonNode median,
                          List<JsonNode> runs) {
    }

    /**
     * A first run not counted (the JIT's warm-up); the settings in the order run; the stopped replicas (port: how long it took to exit, ms); and from the stop to
     * the end of the first distributed run on the replicas left, ms (null when only one ran), the rebalance included.
     */
    public record Result(int cores, int passes, int repeats, JsonNode warmUp, List<Setting> settings, Map<Integer, Long> stoppedReplicas,
                         Long firstRunAfterStopMillis) {
    }

    private ScaleExperiment() {
    }

    /**
     * @param verdictPorts every verdict-service replica's port, the first kept running
     * @throws IllegalStateException when an experiment fails (a problem answer) or cannot be started
     */
    public static Result run(LabHttp http, LabProfile profile, int cores, List<Integer> verdictPorts, Deadline deadline) {
        // one run not counted first: the JIT compiles the engine during it, which would flatter every later setting
        JsonNode warmUp = experiment(http, Map.of("mode", "local", "threads", cores, "passes", profile.passes()));
        List<Setting> settings = new ArrayList<>();
        List<Integer> threads = new ArrayList<>();
        for (int t = 1; t <= cores; t++) {
            threads.add(t);
        }
        threads.add(2 * cores);
        for (int t : threads) {
            settings.add(setting(http, profile, Map.of("mode", "local", "threads", t, "passes", profile.passes()), deadline));
        }
        settings.add(setting(http, profile, Map.of("mode", "distributed", "passes", profile.passes()), deadline));

        Map<Integer, Long> stopped = new LinkedHashMap<>();
        Long firstRunAfterStopMillis = null;
        if (verdictPorts.size() > 1) {
            Instant stopping = Instant.now();
            for (int port : verdictPorts.subList(1, verdictPorts.size())) {
                stopped.put(port, Replicas.stop(AvailabilityExperiment.SERVICE, port).toMillis());
            }
            // the first run after the stop includes whatever the group's rebalance still costs it
            Setting one = setting(http, profile, Map.of("mode", "distributed", "passes", profile.passes()), deadline);
            JsonNode first = one.runs().getFirst();
            firstRunAfterStopMillis = Duration.between(stopping, Instant.parse(first.path("startedAt").asString())).toMillis()
                    + first.path("durationMs").asLong();
            settings.add(one);
        }
        return new Result(cores, profile.passes(), profile.repeats(), warmUp, settings, stopped, firstRunAfterStopMillis);
    }

    private static Setting setting(LabHttp http, LabProfile profile, Map<String, Object> body, Deadline deadline) {
        List<JsonNode> runs = new ArrayList<>();
        for (int r = 0; r < profile.repeats(); r++) {
            deadline.check("recompute experiment " + body);
            runs.add(experiment(http, body));
        }
        List<JsonNode> byThroughput = new ArrayList<>(runs);
        byThroughput.sort(Comparator.comparingDouble(run -> run.path("unitsPerSecond").asDouble()));
        JsonNode median = byThroughput.get((byThroughput.size() - 1) / 2);
        double medianUnitsPerSecond = Stats.median(runs.stream().map(run -> run.path("unitsPerSecond").asDouble()).toList());
        boolean local = body.get("mode").equals("local");
        return new Setting((String) body.get("mode"), local ? (Integer) body.get("threads") : null,
                local ? null : median.path("replicas").asInt(), medianUnitsPerSecond, median, runs);
    }

    private static JsonNode experiment(LabHttp http, Map<String, Object> body) {
        Instant giveUp = Instant.now().plus(REFUSALS);
        while (true) {
            LabHttp.Answer answer = http.post("/api/lab/experiments", body, null, true, CALL);
            // a 503 was never taken (the gateway found no replica to take it, or one just stopped): sending again is safe
            if (answer.status() != 503 || !Instant.now().isBefore(giveUp)) {
                return http.json(answer, "recompute experiment " + body);
            }
            Drills.pauseUntil(Instant.now().plusSeconds(2));
        }
    }
}
