package dev.nicepick.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * bin/bench's arguments to the program, in pairs: {@code --profile smoke|full --out DIR --work DIR --only
 * gateway,intake,... --jfr true|false --root DIR --data DIR --ports name=port,... --commit SHA --time-limit SECONDS
 * --suite-ready-seconds S --suite-first-ready-seconds S} (those two may be {@code unknown}).
 *
 * @param harnesses              the harnesses to run, in {@link #HARNESSES}' order
 * @param suiteReadySeconds      bin/run's start when nothing needs building (data kept, AOT caches trained)
 * @param suiteFirstReadySeconds bin/run's first start after the build: fresh data, AOT caches trained when the jars are new
 */
public record BenchOptions(BenchProfile profile, Path out, Path work, List<String> harnesses, boolean jfr, Suite suite,
                           String commit, Duration timeLimit, Double suiteReadySeconds,
                           Double suiteFirstReadySeconds) {

    /**
     * Every harness, in the order they run: the load harnesses first, start-up last (it measures memory after the load
     * and starts second instances beside the suite's).
     */
    public static final List<String> HARNESSES = List.of("gateway", "intake", "propagation", "engine", "startup");

    /** Parses the arguments; an {@link IllegalArgumentException} naming what is missing or wrong. */
    public static BenchOptions parse(String[] args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("arguments come in pairs: --name value");
        }
        Map<String, String> named = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            named.put(args[i], args[i + 1]);
        }
        List<String> only = Arrays.stream(required(named, "--only").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<String> unknown = only.stream().filter(h -> !HARNESSES.contains(h)).toList();
        if (only.isEmpty() || !unknown.isEmpty()) {
            throw new IllegalArgumentException("--only takes some of " + HARNESSES + ": " + unknown);
        }
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String pair : required(named, "--ports").split(",")) {
            String[] nameAndPort = pair.split("=", 2);
            if (nameAndPort.length != 2) {
                throw new IllegalArgumentException("--ports takes name=port pairs: " + pair);
            }
            ports.put(nameAndPort[0].strip(), Integer.valueOf(nameAndPort[1].strip()));
        }
        return new BenchOptions(BenchProfile.named(required(named, "--profile")), Path.of(required(named, "--out")),
                Path.of(required(named, "--work")), HARNESSES.stream().filter(only::contains).toList(),
                Boolean.parseBoolean(required(named, "--jfr")),
                new Suite(Path.of(required(named, "--root")), Path.of(required(named, "--data")), Map.copyOf(ports)),
                required(named, "--commit"), Duration.ofSeconds(Long.parseLong(required(named, "--time-limit"))),
                seconds(required(named, "--suite-ready-seconds")), seconds(required(named, "--suite-first-ready-seconds")));
    }

    private static Double seconds(String value) {
        return value.equals("unknown") ? null : Double.valueOf(value);
    }

    private static String required(Map<String, String> named, String name) {
        String value = named.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}
