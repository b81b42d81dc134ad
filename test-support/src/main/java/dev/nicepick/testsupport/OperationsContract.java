package dev.nicepick.testsupport;

import dev.nicepick.testsupport.http.Api.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What operators and their tools rely on from every service: probes, metrics, request ids, the API description. */
public abstract class OperationsContract extends ServiceIntegrationTest {

    /** Set to {@code true} to rewrite the committed description from the running service instead of comparing. */
    public static final String REFRESH = "nicepick.openapi.refresh";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${spring.application.name}")
    private String service;

    private final String publicPath;
    private final List<String> documentedPaths;
    private final List<String> ownMetrics;

    /**
     * @param publicPath      a public GET of the service's API
     * @param documentedPaths paths its OpenAPI description must document
     * @param ownMetrics      metric names (as Prometheus shows them) beyond the HTTP ones every service has
     */
    protected OperationsContract(String publicPath, List<String> documentedPaths, List<String> ownMetrics) {
        this.publicPath = publicPath;
        this.documentedPaths = List.copyOf(documentedPaths);
        this.ownMetrics = List.copyOf(ownMetrics);
    }

    /**
     * Readiness is the database and the service's own state, never the broker (the outbox keeps writes while it is
     * away); liveness is the process alone; the broker is still shown in {@code /actuator/health}.
     */
    @Test
    void readinessCoversTheDatabaseNotTheBrokerWhichHealthStillShows() {
        Response response = api().get("/actuator/health/readiness").send();

        assertThat(response.status()).isEqualTo(200);
        JsonNode readiness = response.json();
        assertThat(readiness.get("status").asString()).isEqualTo("UP");
        assertThat(readiness.get("components").propertyNames()).containsExactlyInAnyOrder("db", "readinessState");
        assertThat(readiness.get("components").get("db").get("status").asString()).isEqualTo("UP");
        JsonNode liveness = api().get("/actuator/health/liveness").send().json();
        assertThat(liveness.get("status").asString()).isEqualTo("UP");
        assertThat(liveness.get("components").propertyNames()).containsExactly("livenessState");
        assertThat(api().get("/actuator/health").send().json().at("/components/kafka/status").asString()).isEqualTo("UP");
    }

    @Test
    void metricsAreExposedForPrometheus() {
        api().get(publicPath).send();

        Response response = api().get("/actuator/prometheus").send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("http_server_requests_seconds_count");
        assertThat(response.body()).contains(ownMetrics);
    }

    /**
     * The series the alert rules ({@code deploy/observability/prometheus/alerts.yml}) and the dashboards read, with
     * the names and labels they use: request duration buckets, readiness, the outbox, consumer lag from the broker for
     * the service's own group, and its dead-letter counts from 0.
     */
    @Test
    void theSeriesAlertsAndDashboardsReadAreExposed() {
        api().get(publicPath).send();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api().get("/actuator/prometheus").send().body())
                .contains("http_server_requests_seconds_bucket{")
                .contains("nicepick_health_readiness{application=\"" + service + "\"} 1.0")
                .contains("nicepick_outbox_backlog_events{application=\"" + service + "\"}")
                .contains("nicepick_outbox_oldest_age_seconds{application=\"" + service + "\"}")
                .containsPattern("nicepick_kafka_consumer_lag_records\\{application=\"" + service + "\",group=\"" + service
                        + "[a-z.-]*\",partition=\"0\",topic=\"[a-z0-9.]+\"}")
                .containsPattern("nicepick_kafka_dead_letter_records_total\\{application=\"" + service
                        + "\",topic=\"[a-z0-9.]+\\.DLT\"} "));
    }

    /**
     * Prometheus 2.42 (Debian bookworm's: bin/run --observe, the system tests) asks for OpenMetrics and refuses a whole
     * scrape that carries an exemplar on a {@code _count} line; a traced request must not put one there.
     */
    @Test
    void prometheusOfDebianCanReadTheScrapeOfATracedRequest() {
        api().get(publicPath).send();

        Response response = api().get("/actuator/prometheus").header("Accept", PROMETHEUS_2_42_ACCEPT).send();

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/openmetrics-text");
        assertThat(response.body()).contains("http_server_requests_seconds_count{").doesNotContain(" # {");
    }

    /** The Accept header Prometheus 2.42 sends with every scrape. */
    private static final String PROMETHEUS_2_42_ACCEPT = "application/openmetrics-text;version=1.0.0,"
            + "application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1";

    @Test
    void aRequestIdIsKeptWhenGivenAndMadeWhenNot() {
        assertThat(api().get(publicPath).header("X-Request-Id", "abc-12345678").send().header("X-Request-Id"))
                .isEqualTo("abc-12345678");
        assertThat(api().get(publicPath).send().header("X-Request-Id")).matches("[0-9a-f-]{36}");
        assertThat(api().get(publicPath).header("X-Request-Id", "<script> " + "x".repeat(100)).send().header("X-Request-Id"))
                .as("a malformed id is replaced, never echoed").matches("[0-9a-f-]{36}");
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        Response response = api().get("/v3/api-docs").send();

        assertThat(response.status()).isEqualTo(200);
        JsonNode paths = response.json().get("paths");
        assertThat(documentedPaths).allSatisfy(path -> assertThat(paths.has(path)).as(path).isTrue());
    }

    /**
     * Swagger UI at the gateway's {@code /docs} and generated clients call the gateway, can authenticate, and can
     * read every refusal the same way.
     */
    @Test
    void theDescriptionSendsClientsThroughTheGatewayAndDescribesEveryRefusalAsAProblem() {
        JsonNode description = api().get("/v3/api-docs").send().json();

        assertThat(description.at("/servers/0/url").asString()).isEqualTo("/");
        assertThat(description.at("/components/securitySchemes/bearer/bearerFormat").asString()).isEqualTo("JWT");
        assertThat(description.at("/components/securitySchemes/readerCookie/name").asString()).isEqualTo("nicepick_reader");
        assertThat(description.get("paths").propertyNames()).as("only the API's own operations")
                .allMatch(path -> path.startsWith("/api/"));
        description.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String name = operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
            assertThat(operation.getValue().path("operationId").asString()).as(name).isNotBlank();
            JsonNode responses = operation.getValue().get("responses");
            assertThat(responses.has("429") && responses.has("503")).as(name + " documents the gateway's 429 and 503").isTrue();
            responses.properties().forEach(response -> {
                assertThat(response.getValue().at("/headers/X-Request-Id/$ref").asString())
                        .as(name + " " + response.getKey()).isEqualTo("#/components/headers/X-Request-Id");
                if (Integer.parseInt(response.getKey()) >= 400) {
                    assertThat(response.getValue().at("/content/application~1problem+json/schema/$ref").asString())
                            .as(name + " " + response.getKey()).isEqualTo("#/components/schemas/Problem");
                }
            });
        }));
    }

    /**
     * Clients are generated from, and Spectral lints, the committed {@code docs/openapi/<service>.json}: it must be
     * exactly what the service publishes (compared as JSON trees, so layout does not matter).
     */
    @Test
    void thePublishedDescriptionIsTheCommittedOne() throws IOException {
        JsonNode published = api().get("/v3/api-docs").send().json();
        Path committed = Path.of(System.getProperty("user.dir")).getParent().resolve("docs/openapi/" + service + ".json");
        if (Boolean.getBoolean(REFRESH)) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(published) + "\n");
        }

        assertThat(Files.exists(committed)).as(committed + " is missing; write it with -D" + REFRESH + "=true").isTrue();
        assertThat(JSON.readTree(Files.readString(committed)))
                .as("%s differs from the service's /v3/api-docs; if the change is intended, rewrite it with "
                        + "-D%s=true (e.g. ./mvnw verify -pl %s -am -Dtest=%s -D%s=true -Dsurefire.failIfNoSpecifiedTests=false) "
                        + "and commit it", committed, REFRESH, service, getClass().getSimpleName(), REFRESH)
                .isEqualTo(published);
    }
}
