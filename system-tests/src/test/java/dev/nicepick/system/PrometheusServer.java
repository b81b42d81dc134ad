package dev.nicepick.system;

import dev.nicepick.testsupport.http.Api;
import dev.nicepick.testsupport.net.FreePorts;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * A real Prometheus (Debian's {@code prometheus} binary on the PATH; {@code .ci/observability-check} installs it) run
 * by a test as a process on this machine: it scrapes one job every second and evaluates the committed alerting
 * rules ({@code deploy/observability/prometheus/alerts.yml}) every second. Its configuration, data and log stay in
 * {@code target/prometheus-*} for a look after a failure.
 */
final class PrometheusServer implements AutoCloseable {

    private static final Path RULES = SystemUnderTest.repository().resolve("deploy/observability/prometheus/alerts.yml");

    private final Process process;
    private final Api api;

    /**
     * @param job    the scrape job's name (as the suite names it, after the application)
     * @param target {@code host:port} of the application's actuator
     */
    PrometheusServer(String job, String target) throws IOException {
        Path home = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), "prometheus-");
        Path config = home.resolve("prometheus.yml");
        Files.writeString(config, """
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                rule_files:
                  - %s
                scrape_configs:
                  - job_name: %s
                    metrics_path: /actuator/prometheus
                    static_configs:
                      - targets: ['%s']
                """.formatted(RULES, job, target));
        int port = FreePorts.next();
        process = new ProcessBuilder("prometheus", "--config.file=" + config, "--storage.tsdb.path=" + home.resolve("data"),
                "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(home.resolve("prometheus.log").toFile()).start();
        api = Api.onLocalPort(port);
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> process.isAlive() && api.get("/-/ready").send().status() == 200);
    }

    /** @return the value of an instant query whose answer is one series, or empty when it has none */
    OptionalDouble value(String promql) {
        JsonNode result = api.get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8)).send()
                .json().path("data").path("result");
        return result.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(result.get(0).path("value").get(1).asString()));
    }

    /** @return the state of the alert ({@code pending} or {@code firing}), or empty when it is inactive */
    Optional<String> alertState(String alertname) {
        for (JsonNode alert : api.get("/api/v1/alerts").send().json().path("data").path("alerts")) {
            if (alertname.equals(alert.path("labels").path("alertname").asString())) {
                return Optional.of(alert.path("state").asString());
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
