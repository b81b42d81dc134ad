package dev.nicepick.lab;

import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The README's figures, as text, from a run's results; what an experiment that failed could not measure says so. */
public final class ReportFigures {

    static final String NOT_MEASURED = "not measured (the experiment failed; see failures in results.json)";

    private ReportFigures() {
    }

    /** Every figure the README template names. */
    public static Map<String, String> of(LabResults results) {
        Map<String, String> figures = new LinkedHashMap<>();
        Machine machine = results.machine();
        figures.put("profile", results.profile());
        figures.put("date", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(results.startedAt()));
        figures.put("machine", "%d cores, %.1f GiB, %s, %s".formatted(machine.cores(), machine.memoryBytes() / 1073741824.0,
                machine.jdk(), machine.os()));
        figures.put("commit", machine.commit());
        figures.put("failures", results.failures().isEmpty() ? "none" : String.join("; ", results.failures()));
        availability(results.availability(), figures);
        consistency(results.consistency(), figures);
        scale(results.scale(), figures);
        return figures;
    }

    private static void availability(AvailabilityExperiment.Result result, Map<String, String> figures) {
        if (result == null) {
            List.of("availability.load", "availability.table", "availability.drills", "availability.breakers", "availability.drillShares")
                    .forEach(name -> figures.put(name, NOT_MEASURED));
            return;
        }
        figures.put("availability.load", "%d clients, %d requests".formatted(result.clients(), result.requests()));
        StringBuilder table = new StringBuilder("| phase | seconds | verdict reads | fresh | stale | refused (503) | other | p50 / p95 / max ms |\n"
                + "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (AvailabilityExperiment.Phase phase : result.phases()) {
            AvailabilityExperiment.RouteFigures v = phase.routes().get(SteadyLoad.VERDICTS);
            table.append("| %s | %d | %d | %d | %d | %d | %d | %s / %s / %s |\n".formatted(phase.name(),
                    Duration.between(phase.from(), phase.to()).toSeconds(), v.requests(), v.fresh(), v.stale(),
                    v.refused(), v.other(), v.p50Ms(), v.p95Ms(), v.maxMs()));
        }
        figures.put("availability.table", table.toString().strip());
        // what readers got while each drill ran, as shares of its verdict reads
        figures.put("availability.drillShares", result.phases().stream().filter(phase -> phase.name().contains("drill")).map(phase -> {
            AvailabilityExperiment.RouteFigures v = phase.routes().get(SteadyLoad.VERDICTS);
            return "%s: %s fresh, %s stale, %s refused".formatted(phase.name(), share(v.fresh(), v.requests()),
                    share(v.stale(), v.requests()), share(v.refused(), v.requests()));
        }).collect(Collectors.joining("; ")));
        StringBuilder drills = new StringBuilder();
        for (AvailabilityExperiment.DrillOutcome drill : result.drills()) {
            drills.append("- **%s** drill on instance %s: first answer that was not fresh %s after its start; fresh again %s after its end.\n"
                    .formatted(drill.fault(), drill.drill().path("instance").asString("?"),
                            seconds(drill.firstDegradedAfterSeconds(), "never"),
                            seconds(drill.recoverySeconds(), "not within the load")));
        }
        figures.put("availability.drills", drills.toString().strip());
        // per breaker, each spell's length: "verdicts not closed 2 times: 11 s, 9 s"
        Map<String, List<String>> spells = new LinkedHashMap<>();
        BreakerWatch.notClosed(result.breakers(), "").forEach(interval -> spells.computeIfAbsent(interval.name(), name -> new ArrayList<>())
                .add(interval.to() == null ? "until the end of the load"
                        : Duration.between(interval.from(), interval.to()).toSeconds() + " s"));
        figures.put("availability.breakers", spells.isEmpty() ? "no breaker left the closed state"
                : spells.entrySet().stream().map(e -> "%s not closed %d %s: %s".formatted(e.getKey(), e.getValue().size(),
                        e.getValue().size() == 1 ? "time" : "times", String.join(", ", e.getValue())))
                        .collect(Collectors.joining("; ")));
    }

    private static void consistency(ConsistencyExperiment.Result result, Map<String, String> figures) {
        if (result == null) {
            List.of("consistency.burst", "consistency.table").forEach(name -> figures.put(name, NOT_MEASURED));
            return;
        }
        figures.put("consistency.burst", "%d votes by %d readers in %.1f s: %d accepted, %d unchanged, others by status %s"
                .formatted(result.votes(), result.readers(), result.burstMillis() / 1000.0, result.accepted(),
                        result.unchanged(), result.otherStatuses()));
        StringBuilder table = new StringBuilder("| window | hop | samples | p50 ms | p95 ms | p99 ms | max ms |\n"
                + "| --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (ConsistencyExperiment.Window window : java.util.stream.Stream.concat(java.util.stream.Stream.of(result.burst()),
                result.drills().stream()).toList()) {
            for (JsonNode hop : List.of(window.voteToVerdict(), window.voteToPage())) {
                table.append("| %s | %s | %s | %s | %s | %s | %s |\n".formatted(window.name(), hop.path("hop").asString("?"),
                        figure(hop, "count"), figure(hop, "p50Ms"), figure(hop, "p95Ms"), figure(hop, "p99Ms"), figure(hop, "maxMs")));
            }
        }
        figures.put("consistency.table", table.toString().strip());
    }

    private static void scale(ScaleExperiment.Result result, Map<String, String> figures) {
        if (result == null) {
            List.of("scale.table", "scale.bestThreads", "scale.speedup", "scale.outRatio", "scale.afterStop", "scale.beyondCores",
                    "scale.outVsLocal").forEach(name -> figures.put(name, NOT_MEASURED));
            return;
        }
        StringBuilder table = new StringBuilder("| mode | threads | replicas | topics | units/s (median of %d) | duration ms | units by instance | overhead per topic ms |\n"
                .formatted(result.repeats()) + "| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |\n");
        for (ScaleExperiment.Setting setting : result.settings()) {
            JsonNode run = setting.median();
            table.append("| %s | %s | %s | %s | %.1f | %s | %s | %s |\n".formatted(setting.mode(), dash(setting.threads()),
                    dash(setting.replicas()), figure(run, "topics"), setting.medianUnitsPerSecond(), figure(run, "durationMs"),
                    run.path("byInstance"), figure(run, "overheadPerTopicMs")));
        }
        figures.put("scale.table", table.toString().strip());
        double one = throughput(result, "local", 1);
        ScaleExperiment.Setting fastest = result.settings().stream().filter(s -> s.mode().equals("local"))
                .max(Comparator.comparingDouble(ScaleExperiment.Setting::medianUnitsPerSecond)).orElseThrow();
        double best = fastest.medianUnitsPerSecond();
        figures.put("scale.bestThreads", fastest.threads().toString());
        figures.put("scale.speedup", one > 0 ? "%.2f×".formatted(best / one) : "n/a");
        List<ScaleExperiment.Setting> distributed = result.settings().stream().filter(s -> s.mode().equals("distributed")).toList();
        figures.put("scale.outRatio", distributed.size() == 2 && distributed.get(1).medianUnitsPerSecond() > 0
                ? "%.2f×".formatted(distributed.get(0).medianUnitsPerSecond() / distributed.get(1).medianUnitsPerSecond())
                : "n/a (one replica only)");
        double atCores = throughput(result, "local", result.cores());
        figures.put("scale.beyondCores", atCores > 0 && fastest.threads() > result.cores()
                ? "%d threads: %+.0f%% over %d".formatted(fastest.threads(), (best / atCores - 1) * 100, result.cores())
                : "none was faster than " + result.cores());
        double twoThreads = throughput(result, "local", 2);
        figures.put("scale.outVsLocal", !distributed.isEmpty() && distributed.get(0).replicas() == 2 && twoThreads > 0
                ? share(distributed.get(0).medianUnitsPerSecond(), twoThreads) : "n/a");
        figures.put("scale.afterStop", result.firstRunAfterStopMillis() == null ? "n/a (one replica only)"
                : "%.1f s".formatted(result.firstRunAfterStopMillis() / 1000.0));
    }

    private static String share(double part, double whole) {
        return whole > 0 ? "%.0f%%".formatted(100 * part / whole) : "n/a";
    }

    private static double throughput(ScaleExperiment.Result result, String mode, int threads) {
        return result.settings().stream().filter(s -> s.mode().equals(mode) && Integer.valueOf(threads).equals(s.threads()))
                .mapToDouble(ScaleExperiment.Setting::medianUnitsPerSecond).findFirst().orElse(0);
    }

    private static String seconds(Long seconds, String otherwise) {
        return seconds == null ? otherwise : seconds + " s";
    }

    private static String figure(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return "–";
        }
        return value.isFloatingPointNumber() ? String.format(Locale.ROOT, "%.2f", value.asDouble()) : value.asString();
    }

    private static String dash(Integer value) {
        return value == null ? "–" : value.toString();
    }
}
