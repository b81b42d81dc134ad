package dev.nicepick.benchmarks;

import dev.nicepick.benchmarks.engine.VerdictEngineBenchmark;
import dev.nicepick.lab.Deadline;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Harness {@code engine}: {@link VerdictEngineBenchmark} under JMH's own runner, in a JVM of its own (JMH forks
 * again per benchmark); its JSON results are read back. Verdicts per second by number of options, single-threaded.
 */
public final class EngineHarness {

    private EngineHarness() {
    }

    /** One benchmark's score: verdicts per second and JMH's 99.9% error (NaN when it had one iteration). */
    public record Row(int options, double verdictsPerSecond, Double error) {
    }

    public record Result(List<String> jmhArguments, List<Row> rows) {
    }

    public static Result run(BenchProfile profile, Path work, JsonMapper json, Deadline deadline) {
        Path results = work.resolve("jmh.json");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.openjdk.jmh.Main", VerdictEngineBenchmark.class.getName(),
                "-rf", "json", "-rff", results.toString()));
        command.addAll(profile.engineArgs());
        deadline.check("engine");
        Processes.run(command, deadline.remaining());
        try {
            Result result = new Result(profile.engineArgs(), rows(json.readTree(Files.readString(results))));
            result.rows().forEach(r -> System.out.printf("bench: engine %d options %,12.1f verdicts/s%s%n", r.options(), r.verdictsPerSecond(),
                    r.error() == null ? "" : String.format(" ± %,.1f", r.error())));
            return result;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("JMH wrote no results: " + e.getMessage(), e);
        }
    }

    /** JMH's JSON results as rows, in its order. */
    static List<Row> rows(JsonNode jmh) {
        List<Row> rows = new ArrayList<>();
        for (JsonNode benchmark : jmh) {
            JsonNode metric = benchmark.path("primaryMetric");
            JsonNode error = metric.path("scoreError");
            rows.add(new Row(Integer.parseInt(benchmark.path("params").path("options").asString()), metric.path("score").asDouble(),
                    error.isNumber() && !Double.isNaN(error.asDouble()) ? error.asDouble() : null));
        }
        return rows;
    }
}
