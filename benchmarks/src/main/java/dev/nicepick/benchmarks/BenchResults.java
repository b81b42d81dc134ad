package dev.nicepick.benchmarks;

import dev.nicepick.lab.Machine;

import java.time.Instant;
import java.util.List;

/**
 * Everything one bin/bench run measured ({@code results.json}): the machine, each harness's result (null when it
 * was not run or failed) and the failures. Units: milliseconds, requests/votes/transactions per second, MiB.
 */
public record BenchResults(Machine machine, String profile, Instant started, Instant finished, List<String> harnesses,
                           GatewayHarness.Result gateway, IntakeHarness.Result intake, PropagationHarness.Result propagation,
                           StartupHarness.Result startup, EngineHarness.Result engine, List<String> failures) {
}
