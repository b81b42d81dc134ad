package dev.nicepick.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bin/bench --profile}: a JDK Flight Recorder recording ({@code settings=profile}) of the processes under test
 * over a harness's measured phase, started and stopped with {@code jcmd}; what is kept is text, each process's
 * {@code jfr view hot-methods} and {@code jfr view allocation-by-class} in {@code <out>/profiles/<harness>-<process>.txt}
 * (the .jfr file itself is deleted). When profiling is off, {@link #start} records nothing.
 */
public final class FlightRecorder {

    private static final Duration TOOL_LIMIT = Duration.ofSeconds(120);
    private final boolean enabled;
    private final Path javaHome;
    private final Path work;
    private final Path profiles;

    /**
     * @param javaHome the JDK whose jcmd and jfr are used
     * @param work     where the .jfr files are written while being read
     * @param profiles where the text goes
     */
    public FlightRecorder(boolean enabled, Path javaHome, Path work, Path profiles) {
        this.enabled = enabled;
        this.javaHome = javaHome;
        this.work = work;
        this.profiles = profiles;
    }

    /** A recording under way; {@link #close} stops it and writes the text. */
    public final class Recording implements AutoCloseable {
        private final String harness;
        private final Map<String, Long> pids;

        private Recording(String harness, Map<String, Long> pids) {
            this.harness = harness;
            this.pids = pids;
        }

        @Override
        public void close() {
            for (Map.Entry<String, Long> process : pids.entrySet()) {
                String id = harness + "-" + process.getKey();
                Path jfr = work.resolve(id + ".jfr");
                try {
                    jcmd(process.getValue(), "JFR.stop", "name=bench-" + harness, "filename=" + jfr);
                    String text = "# " + id + ": JFR (settings=profile) over the harness's measured phase\n\n"
                            + view("hot-methods", jfr) + "\n" + view("allocation-by-class", jfr);
                    Files.createDirectories(profiles);
                    Files.writeString(profiles.resolve(id + ".txt"), text);
                    System.out.println("bench: wrote " + profiles.resolve(id + ".txt"));
                } catch (IOException | IllegalStateException e) {
                    System.err.println("bench: no profile of " + id + ": " + e.getMessage());
                } finally {
                    try {
                        Files.deleteIfExists(jfr);
                    } catch (IOException ignored) {
                        // only disk space
                    }
                }
            }
        }
    }

    /**
     * Starts recording the named processes (name: e.g. {@code gateway}; the process listening on the suite's port of
     * that name) for {@code harness}.
     */
    public Recording start(String harness, Suite suite, List<String> processes) {
        Map<String, Long> pids = new LinkedHashMap<>();
        if (enabled) {
            for (String process : processes) {
                Suite.pidListeningOn(suite.port(process)).ifPresentOrElse(pid -> {
                    jcmd(pid, "JFR.start", "name=bench-" + harness, "settings=profile");
                    pids.put(process, pid);
                }, () -> System.err.println("bench: no process on the port of " + process + " to profile"));
            }
        }
        return new Recording(harness, pids);
    }

    private void jcmd(long pid, String... command) {
        List<String> line = new java.util.ArrayList<>(List.of(javaHome.resolve("bin/jcmd").toString(), Long.toString(pid)));
        line.addAll(List.of(command));
        Processes.run(line, TOOL_LIMIT);
    }

    private String view(String view, Path jfr) {
        return Processes.run(List.of(javaHome.resolve("bin/jfr").toString(), "view", "--width", "160", view, jfr.toString()),
                TOOL_LIMIT).output();
    }
}
