package dev.nicepick.lab;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * What the measuring programs (bin/lab's {@link LabRun}, bin/bench's) share: each part runs on its own and a part that
 * fails is kept as a failure while the rest go on; the report is one folder of {@code results.json}, SVG charts and a
 * README; the exit status says whether every part ran (0) or one failed (1), never what a figure was.
 */
public final class ReportRun {

    private ReportRun() {
    }

    /**
     * Runs one part, printing {@code <program>: <part>...} and how long it took.
     *
     * @return its result, or null when it threw (its message is added to {@code failures})
     */
    public static <T> T attempt(String program, String part, List<String> failures, Callable<T> run) {
        System.out.println(program + ": " + part + "...");
        long started = System.nanoTime();
        try {
            T result = run.call();
            System.out.printf("%s: %s done in %d s%n", program, part, (System.nanoTime() - started) / 1_000_000_000L);
            return result;
        } catch (Exception e) {
            failures.add(part + ": " + e.getMessage());
            System.err.println(program + ": " + part + " failed: " + e);
            return null;
        }
    }

    /**
     * Writes the report folder: {@code results.json} (the results, pretty-printed), each chart (file name to SVG text)
     * and {@code README.md}.
     *
     * @return the files written, in that order
     */
    public static List<Path> writeFolder(Path folder, Object results, Map<String, String> charts, String readme, JsonMapper json)
            throws IOException {
        Files.createDirectories(folder);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("results.json", json.writerWithDefaultPrettyPrinter().writeValueAsString(results) + "\n");
        charts.forEach((name, svg) -> files.put(name, svg + "\n"));
        files.put("README.md", readme);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            written.add(Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8));
        }
        return written;
    }

    /** Prints what was written and every failure, then exits: 0 when nothing failed, else 1. */
    public static void finish(String program, List<Path> written, List<String> failures) {
        written.forEach(file -> System.out.println(program + ": wrote " + file));
        failures.forEach(failure -> System.err.println(program + ": FAILED " + failure));
        System.exit(failures.isEmpty() ? 0 : 1);
    }
}
