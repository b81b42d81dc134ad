package dev.nicepick.benchmarks.engine;

import dev.nicepick.verdicts.engine.Verdict;
import dev.nicepick.verdicts.engine.VerdictEngine;
import dev.nicepick.verdicts.engine.VerdictInput;
import dev.nicepick.verdicts.engine.VerdictOption;
import dev.nicepick.verdicts.engine.VerdictParameters;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Verdicts per second for two options (exact) and three or four (Monte Carlo, 40,000 draws), single-threaded.
 * bin/bench's {@code engine} harness runs it through JMH's own runner ({@code org.openjdk.jmh.Main}); the
 * annotations are the full run's settings, the smoke run overrides them on the command line.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class VerdictEngineBenchmark {

    @Param({"2", "3", "4"})
    int options;

    private final VerdictEngine engine = new VerdictEngine();
    private VerdictInput input;

    @Setup
    public void topic() {
        List<VerdictOption> list = new ArrayList<>();
        Map<String, Long> votes = new HashMap<>();
        for (int i = 0; i < options; i++) {
            String key = "option-" + i;
            list.add(new VerdictOption(key, "Option " + i, List.of("Strong at " + i), List.of("Weak at " + i), null));
            votes.put(key, 12L + 7L * i);
        }
        input = new VerdictInput(list, null, "option-0", 10, votes, null, "Option 0 wins.", VerdictParameters.DEFAULTS);
    }

    @Benchmark
    public Verdict compute() {
        return engine.compute(input);
    }
}
