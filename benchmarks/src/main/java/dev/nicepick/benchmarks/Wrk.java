package dev.nicepick.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Runs wrk (Debian's) against 127.0.0.1, two threads, {@code --latency}, bounded by its duration. */
public final class Wrk {

    /** wrk's threads: one per core of this 2-core machine, as the figures were taken. */
    public static final int THREADS = 2;

    private Wrk() {
    }

    /** One run's figures and its whole output (a script's own lines, e.g. counts, are in it). */
    public record Run(WrkOutput figures, String output) {
    }

    /**
     * @param url        on 127.0.0.1 only
     * @param script     a Lua script, or null for plain GETs
     * @param scriptArgs the script's {@code init(args)}
     */
    public static Run run(String url, int connections, Duration duration, Path script, List<String> scriptArgs) {
        if (!url.startsWith("http://127.0.0.1:")) {
            throw new IllegalArgumentException("bin/bench only loads 127.0.0.1: " + url);
        }
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + THREADS, "-c" + connections, "-d" + duration.toSeconds() + "s",
                "--latency", "--timeout", "5s"));
        if (script != null) {
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(url);
        if (script != null && !scriptArgs.isEmpty()) {
            command.add("--");
            command.addAll(scriptArgs);
        }
        String output = Processes.run(command, duration.plusSeconds(30)).output();
        return new Run(WrkOutput.parse(output), output);
    }
}
