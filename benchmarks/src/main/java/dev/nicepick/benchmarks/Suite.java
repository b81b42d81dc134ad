package dev.nicepick.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The running suite bin/bench started with {@code bin/run --fresh}: where each part listens (all on 127.0.0.1) and
 * its data folder, whose {@code secrets.env} holds the credential the gateway shows the services.
 *
 * @param root      the repository (for {@code bin/java-service})
 * @param data      bin/run's data folder ({@code NICEPICK_DATA})
 * @param ports     port of each process by name: {@code gateway}, {@code management} (the gateway's), {@code
 *                  topics-service}, {@code verdict-service}, {@code feedback-service}, {@code kafka}, {@code postgres}
 */
public record Suite(Path root, Path data, Map<String, Integer> ports) {

    /** The services and the gateway: the JVMs a harness profiles and whose memory it reports, in this order. */
    public static final List<String> PROCESSES = List.of("topics-service", "verdict-service", "feedback-service", "gateway");
    /** Each service's database (services.tsv). */
    public static final Map<String, String> DATABASES = Map.of("topics-service", "topics_service",
            "verdict-service", "verdict_service", "feedback-service", "feedback_service");

    private static final Pattern PID = Pattern.compile("pid=(\\d+)");

    public int port(String name) {
        Integer port = ports.get(name);
        if (port == null) {
            throw new IllegalArgumentException("no port for " + name);
        }
        return port;
    }

    public String url(String name) {
        return "http://127.0.0.1:" + port(name);
    }

    /** The secrets bin/run made for this data folder ({@code NAME=value} lines). */
    public Map<String, String> secrets() {
        Map<String, String> secrets = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(data.resolve("secrets.env"))) {
                int equals = line.indexOf('=');
                if (equals > 0 && !line.startsWith("#")) {
                    secrets.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the suite's secrets: " + e.getMessage(), e);
        }
        return secrets;
    }

    /** The credential the gateway shows the services ({@code NICEPICK_GATEWAY_CREDENTIAL}). */
    public String gatewayCredential() {
        return Optional.ofNullable(secrets().get("NICEPICK_GATEWAY_CREDENTIAL"))
                .orElseThrow(() -> new IllegalStateException("secrets.env has no NICEPICK_GATEWAY_CREDENTIAL"));
    }

    /** The process listening on {@code port} of 127.0.0.1 (from {@code ss -ltnp}), if any. */
    public static Optional<Long> pidListeningOn(int port) {
        String out = Processes.run(List.of("ss", "-ltnpH", "sport = :" + port), java.time.Duration.ofSeconds(10)).output();
        return pidIn(out);
    }

    /** The first {@code pid=N} of an {@code ss -p} listing. */
    static Optional<Long> pidIn(String ssOutput) {
        Matcher m = PID.matcher(ssOutput);
        return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }
}
