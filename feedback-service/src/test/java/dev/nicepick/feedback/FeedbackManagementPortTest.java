package dev.nicepick.feedback;

import dev.nicepick.testsupport.http.Api;
import dev.nicepick.testsupport.net.FreePorts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code MANAGEMENT_SERVER_PORT} set (Kubernetes sets 9080 and points its probes there), Actuator moves to that
 * port, open to probes and Prometheus without a token, and the public port, which a Service exposes, serves none of it.
 * (Docker-compose and {@code bin/run} set no management port: Actuator then stays on the public port, as
 * {@code FeedbackOperationsTest} checks.)
 */
class FeedbackManagementPortTest extends FeedbackTestBase {

    @Test
    void actuatorIsServedOnTheManagementPortWithoutATokenAndNotOnThePublicPort() {
        int managementPort = FreePorts.next();
        try (ConfigurableApplicationContext service = startAnotherInstance(FeedbackApplication.class,
                "--management.server.port=" + managementPort)) {
            Api management = Api.onLocalPort(managementPort);
            Api.Response readiness = management.get("/actuator/health/readiness").send();
            assertThat(readiness.status()).isEqualTo(200);
            assertThat(readiness.json().get("components").propertyNames()).containsExactlyInAnyOrder("db", "readinessState");
            assertThat(management.get("/actuator/health/liveness").send().json().get("status").asString()).isEqualTo("UP");
            assertThat(management.get("/actuator/health").send().json().at("/components/kafka/status").asString()).isEqualTo("UP");
            Api.Response prometheus = management.get("/actuator/prometheus").send();
            assertThat(prometheus.status()).isEqualTo(200);
            assertThat(prometheus.body()).contains("application=\"feedback-service\"");

            assertThat(management.get("/actuator/metrics").send().status()).as("every exposed endpoint, on a port no Service exposes")
                    .isEqualTo(200);
            Api published = Api.onLocalPort(((WebServerApplicationContext) service).getWebServer().getPort());
            for (String path : new String[] {"/actuator/health", "/actuator/health/readiness", "/actuator/prometheus",
                    "/actuator/metrics", "/actuator/info"}) {
                assertThat(published.get(path).send().status()).as(path + " on the public port").isEqualTo(404);
            }
            assertThat(published.get(summaryPath("no-such-topic")).send().status()).as("the API stays").isEqualTo(404);
        }
    }
}
