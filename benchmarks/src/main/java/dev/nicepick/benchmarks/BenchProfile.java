package dev.nicepick.benchmarks;

import java.time.Duration;

/**
 * How long each harness runs: {@code smoke} (CI: seconds per harness, proving every harness still works) or
 * {@code full} (the published figures).
 *
 * @param name           smoke or full
 * @param warmUp         each HTTP target's warm-up before its rounds
 * @param round          one measured round of an HTTP target or of pgbench
 * @param rounds         alternating rounds per target
 * @param kafkaMessages  messages Kafka's end-to-end latency tool sends, one at a time
 * @param votesPerSecond the paced vote load of the propagation harness
 * @param voteLoad       how long that load lasts
 * @param startRepeats   starts of each process alone (the median is reported)
 * @param engineArgs     JMH's options for the engine (empty: the benchmark's own annotations)
 */
public record BenchProfile(String name, Duration warmUp, Duration round, int rounds, int kafkaMessages, int votesPerSecond,
                           Duration voteLoad, int startRepeats, java.util.List<String> engineArgs) {

    public static final BenchProfile SMOKE = new BenchProfile("smoke", Duration.ofSeconds(2), Duration.ofSeconds(2), 1, 200, 20,
            Duration.ofSeconds(5), 1, java.util.List.of("-f", "1", "-wi", "0", "-i", "1", "-r", "1s"));
    public static final BenchProfile FULL = new BenchProfile("full", Duration.ofSeconds(30), Duration.ofSeconds(10), 3, 2000, 20,
            Duration.ofSeconds(30), 3, java.util.List.of());

    /** @throws IllegalArgumentException for a name other than smoke or full */
    public static BenchProfile named(String name) {
        return switch (name) {
            case "smoke" -> SMOKE;
            case "full" -> FULL;
            default -> throw new IllegalArgumentException("--profile is smoke or full: " + name);
        };
    }
}
