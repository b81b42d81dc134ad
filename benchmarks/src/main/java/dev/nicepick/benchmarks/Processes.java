package dev.nicepick.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the tools the harnesses drive (wrk, pgbench, psql, Kafka's tool, jcmd, jfr, ss), each bounded in time. */
public final class Processes {

    private Processes() {
    }

    /** A finished tool: its exit status and its standard output and error together. */
    public record Outcome(int exitCode, String output) {
    }

    /**
     * Runs {@code command} to its end, killing it after {@code limit}.
     *
     * @param environment added to this process's environment
     * @throws IllegalStateException when it cannot start, runs past its limit or exits with a status other than 0
     */
    public static Outcome run(List<String> command, Map<String, String> environment, Duration limit) {
        Path output = null;
        try {
            output = Files.createTempFile("bench-tool", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new IllegalStateException(command.getFirst() + " ran past its limit of " + limit.toSeconds() + " s");
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command.subList(0, Math.min(3, command.size())))
                        + " exited with " + process.exitValue() + ": " + abbreviate(text));
            }
            return new Outcome(0, text);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.getFirst() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(command.getFirst() + " was interrupted", e);
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    /** The same without extra environment. */
    public static Outcome run(List<String> command, Duration limit) {
        return run(command, Map.of(), limit);
    }

    /** The last 600 characters of a tool's output, for an error message. */
    static String abbreviate(String text) {
        String trimmed = text.strip();
        return trimmed.length() > 600 ? "..." + trimmed.substring(trimmed.length() - 600) : trimmed;
    }
}
