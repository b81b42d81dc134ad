package dev.nicepick.testsupport;

import dev.nicepick.testsupport.http.Api.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators and their tools rely on from every service: probes, metrics, request ids, the API description. */
public abstract class OperationsContract extends ServiceIntegrationTest {

    /** A public GET of the service's API. */
    protected abstract String publicPath();

    /** Paths its OpenAPI description must document. */
    protected abstract List<String> documentedPaths();

    /** Metric names (as Prometheus shows them) beyond the HTTP ones every service has. */
    protected abstract List<String> ownMetrics();

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
        api().get(publicPath()).send();

        Response response = api().get("/actuator/prometheus").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("http_server_requests_seconds_count");
        assertThat(response.body()).contains(ownMetrics());
    }

    @Test
    void aRequestIdIsKeptWhenGivenAndMadeWhenNot() {
        assertThat(api().get(publicPath()).header("X-Request-Id", "abc-12345678").send().header("X-Request-Id"))
                .isEqualTo("abc-12345678");
        assertThat(api().get(publicPath()).send().header("X-Request-Id")).matches("[0-9a-f-]{36}");
        assertThat(api().get(publicPath()).header("X-Request-Id", "<script> " + "x".repeat(100)).send().header("X-Request-Id"))
                .as("a malformed id is replaced, never echoed").matches("[0-9a-f-]{36}");
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        Response response = api().get("/v3/api-docs").send();

        assertThat(response.status()).isEqualTo(200);
        JsonNode paths = response.json().get("paths");
        assertThat(documentedPaths()).allSatisfy(path -> assertThat(paths.has(path)).as(path).isTrue());
    }
}
