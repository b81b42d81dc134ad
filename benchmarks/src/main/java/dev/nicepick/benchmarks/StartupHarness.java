package dev.nicepick.benchmarks;

import dev.nicepick.lab.Deadline;
import dev.nicepick.lab.Stats;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Harness {@code startup}: each service and the gateway started alone with {@code bin/java-service MODULE} (the JVM
 * options bin/run uses) on free ports, against the running suite's Kafka and PostgreSQL with the environment bin/run
 * gives it; time from launch to its readiness probe's 200 and the CPU time it used until then, median of the
 * profile's repeats. Also the suite's own start ({@code bin/run} timed by bin/bench) and each process's memory:
 * RSS and the JVM's own heap and non-heap figures, at idle after the start and after the load harnesses.
 */
public final class StartupHarness {

    private static final Duration READY_LIMIT = Duration.ofSeconds(120);
    private static final HttpClient PROBES = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private StartupHarness() {
    }

    /** One start: milliseconds from launch to ready, and CPU milliseconds used by then. */
    public record Start(String process, int attempt, long readyMs, long cpuMs) {
    }

    /** A process's medians. */
    public record Process(String name, Double readyMs, Double cpuMs) {
    }

    /** One process's memory at one moment ({@code idle} or {@code after load}); JVM figures null when unreachable. */
    public record Memory(String process, String when, Double rssMib, JvmMemory jvm) {
    }

    /**
     * @param suiteReadySeconds      bin/run's start when nothing needs building, as bin/bench timed it (null when not known)
     * @param suiteFirstReadySeconds bin/run's first start after the build (fresh data, AOT caches trained when the jars are new)
     * @param missed            the starts that did not happen or did not finish, and why (e.g. the run's deadline)
     */
    public record Result(List<Start> starts, List<Process> processes, Double suiteReadySeconds, Double suiteFirstReadySeconds,
                         List<Memory> memory, List<String> missed) {
    }

    /** Each process's memory now. */
    public static List<Memory> memory(Suite suite, String when) {
        List<Memory> memory = new ArrayList<>();
        for (String process : Suite.PROCESSES) {
            int port = suite.port(process.equals("gateway") ? "management" : process);
            Double rss = Suite.pidListeningOn(suite.port(process)).map(ProcessFacts::rssMib).orElse(null);
            JvmMemory jvm;
            try {
                jvm = JvmMemory.parse(prometheus(port));
            } catch (RuntimeException e) {
                System.err.println("bench: no JVM memory figures of " + process + ": " + e.getMessage());
                jvm = null;
            }
            memory.add(new Memory(process, when, rss, jvm));
            System.out.printf("bench: memory %-10s %-16s RSS %s MiB; heap used %s MiB of %s committed, non-heap %s MiB%n", when, process, rss,
                    jvm == null ? "?" : jvm.heapUsedMib(), jvm == null ? "?" : jvm.heapCommittedMib(), jvm == null ? "?" : jvm.nonHeapUsedMib());
        }
        return memory;
    }

    /** The process's Prometheus scrape (text; the endpoint refuses JSON-only Accept headers). */
    private static String prometheus(int port) {
        try {
            HttpResponse<String> answer = PROBES.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                    .timeout(Duration.ofSeconds(10)).header("Accept", "text/plain").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("/actuator/prometheus answered " + answer.statusCode());
            }
            return answer.body();
        } catch (IOException e) {
            throw new IllegalStateException("/actuator/prometheus did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public static Result run(Suite suite, BenchProfile profile, Path work, Double suiteReadySeconds, Double suiteFirstReadySeconds,
                             List<Memory> memory,
                             Deadline deadline) throws Exception {
        List<Start> starts = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (String process : Suite.PROCESSES) {
            for (int attempt = 1; attempt <= profile.startRepeats(); attempt++) {
                try {
                    deadline.check("startup of " + process);
                    Start start = startAlone(suite, process, attempt, work, deadline);
                    starts.add(start);
                    System.out.printf("bench: startup %-16s #%d ready in %5d ms, CPU %5d ms%n", process, attempt, start.readyMs(), start.cpuMs());
                } catch (IllegalStateException e) {
                    // the starts that did finish are kept; the run reports the rest as a failure
                    missed.add(process + " #" + attempt + ": " + e.getMessage());
                }
            }
        }
        List<Process> processes = Suite.PROCESSES.stream().map(name -> new Process(name,
                Stats.median(starts.stream().filter(s -> s.process().equals(name)).map(s -> (double) s.readyMs()).toList()),
                Stats.median(starts.stream().filter(s -> s.process().equals(name)).map(s -> (double) s.cpuMs()).toList()))).toList();
        System.out.printf("bench: startup bin/run ready in %s s (infrastructure, three services at once, then the gateway; nothing built,"
                + " data kept); its first start after the build %s s%n", suiteReadySeconds, suiteFirstReadySeconds);
        return new Result(starts, processes, suiteReadySeconds, suiteFirstReadySeconds, memory, List.copyOf(missed));
    }

    private static boolean ready(int port) throws InterruptedException {
        try {
            return PROBES.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private static Start startAlone(Suite suite, String module, int attempt, Path work, Deadline deadline) throws IOException, InterruptedException {
        int port = Nginx.freePort();
        List<String> command = new ArrayList<>(List.of(suite.root().resolve("bin/java-service").toString(), module,
                "--spring.profiles.active=local", "--server.port=" + port, "--server.address=127.0.0.1"));
        Map<String, String> environment = new LinkedHashMap<>(suite.secrets());
        if (module.equals("gateway")) {
            for (String service : Suite.DATABASES.keySet()) {
                command.add("--spring.cloud.discovery.client.simple.instances." + service + "[0].uri=" + suite.url(service));
            }
            command.addAll(List.of("--management.server.port=" + Nginx.freePort(), "--management.server.address=127.0.0.1"));
        } else {
            environment.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + suite.port("kafka"));
            environment.put("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:" + suite.port("postgres") + "/" + Suite.DATABASES.get(module));
            environment.put("SPRING_DATASOURCE_USERNAME", "postgres");
            environment.put("SPRING_DATASOURCE_PASSWORD", "");
            environment.put("NICEPICK_LAB_DRILLS_ENABLED", "false");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("startup-" + module + "-" + attempt + ".log").toFile());
        builder.environment().putAll(environment);
        long launched = System.nanoTime();
        java.lang.Process process = builder.start();
        try {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(module + " exited during its start (log: " + work.resolve("startup-" + module + "-" + attempt + ".log") + ")");
                }
                if (ready(port)) {
                    // bin/java-service execs java: the launched process is the JVM
                    return new Start(module, attempt, (System.nanoTime() - launched) / 1_000_000, ProcessFacts.cpuMillis(process.pid()));
                }
                if (System.nanoTime() - launched > READY_LIMIT.toNanos()) {
                    throw new IllegalStateException(module + " was not ready within " + READY_LIMIT.toSeconds() + " s");
                }
                deadline.check("startup of " + module);
                TimeUnit.MILLISECONDS.sleep(50);
            }
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
