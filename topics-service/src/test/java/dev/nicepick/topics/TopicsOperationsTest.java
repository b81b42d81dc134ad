package dev.nicepick.topics;

import dev.nicepick.testsupport.ServiceIntegrationTest;
import dev.nicepick.testsupport.http.Api.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators and their tools rely on: probes, metrics, request ids, the API description. */
class TopicsOperationsTest extends ServiceIntegrationTest {

    @Test
    void readinessCoversTheDatabaseAndTheBroker() {
        Response response = api().get("/actuator/health/readiness").send();

        assertThat(response.status()).isEqualTo(200);
        JsonNode readiness = response.json();
        assertThat(readiness.get("status").asString()).isEqualTo("UP");
        assertThat(readiness.get("components").get("db").get("status").asString()).isEqualTo("UP");
        assertThat(readiness.get("components").get("kafka").get("status").asString()).isEqualTo("UP");
        assertThat(api().get("/actuator/health/liveness").send().json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void metricsAreExposedForPrometheus() {
        api().get("/api/topics").send();

        Response response = api().get("/actuator/prometheus").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("http_server_requests_seconds_count", "nicepick_outbox_sent_total",
                "application=\"topics-service\"");
    }

    @Test
    void aRequestIdIsKeptWhenGivenAndMadeWhenNot() {
        assertThat(api().get("/api/topics").header("X-Request-Id", "abc-12345678").send().header("X-Request-Id"))
                .isEqualTo("abc-12345678");
        assertThat(api().get("/api/topics").send().header("X-Request-Id")).matches("[0-9a-f-]{36}");
        assertThat(api().get("/api/topics").header("X-Request-Id", "<script> " + "x".repeat(100)).send().header("X-Request-Id"))
                .as("a malformed id is replaced, never echoed").matches("[0-9a-f-]{36}");
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        Response response = api().get("/v3/api-docs").send();

        assertThat(response.status()).isEqualTo(200);
        JsonNode paths = response.json().get("paths");
        assertThat(paths.has("/api/topics")).isTrue();
        assertThat(paths.has("/api/topics/{slug}")).isTrue();
        assertThat(paths.has("/api/topics/{slug}/related")).isTrue();
        assertThat(paths.has("/api/topics/{slug}/publish")).isTrue();
    }
}
