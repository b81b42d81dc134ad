package dev.nicepick.testsupport.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service running from its built jar as a process of its own, as in production: started, waited on until
 * its readiness probe answers, and stopped (or killed) by tests that need a service to fall.
 */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final Path jar;
    private final int port;
    private final Map<String, String> environment;
    private final List<String> arguments;
    private final Path log;
    private Process process;

    public ServiceProcess(String name, Path jar, int port, Map<String, String> environment, List<String> arguments, Path logDirectory) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.environment = environment;
        this.arguments = arguments;
        this.log = logDirectory.resolve(name + "-" + port + ".log");
    }

    /** The executable jar a module built, e.g. {@code ../topics-service/target/topics-service-*.jar}. */
    public static Path builtJar(Path moduleDirectory) {
        String module = moduleDirectory.getFileName().toString();
        try (var files = Files.list(moduleDirectory.resolve("target"))) {
            return files.filter(f -> f.getFileName().toString().matches(module + "-[^-]+(-SNAPSHOT)?\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(module + " has no jar in " + moduleDirectory.resolve("target")
                            + "; build it first (./mvnw verify builds every module before the ones that need it)"));
        } catch (IOException e) {
            throw new IllegalStateException("no target folder in " + moduleDirectory + "; build " + module + " first", e);
        }
    }

    public synchronized ServiceProcess start() {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-XX:+UseSerialGC", "-Xss512k", "-XX:MaxRAMPercentage=15",
                "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--server.port=" + port));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(log.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
        awaitReady(Duration.ofSeconds(120));
        return this;
    }

    /** Ends the service as an orchestrator would (SIGTERM, graceful), and waits for it. */
    public synchronized void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitForExit();
        }
    }

    /** Ends the service at once (SIGKILL): no graceful shutdown, as when a machine dies. */
    public synchronized void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitForExit();
        }
    }

    /** The service's name, its module's (e.g. {@code topics-service}), which the gateway's routes know it by. */
    public String name() {
        return name;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** The file the service's console output (its JSON log lines) goes to, kept across restarts. */
    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    private void awaitReady(Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited during start; see " + log);
            }
            try {
                if (HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                process.waitFor(250, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        kill();
        throw new IllegalStateException(name + " was not ready within " + limit.toSeconds() + " s; see " + log);
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
