package dev.nicepick.gateway;

import dev.nicepick.testsupport.http.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The trade-off lab's API through the gateway in front of the real services: the gateway's own figures as JSON and
 * CSV, the drills' routes by service name (another name is no operation), and the edge's refusal of drills and
 * experiments to anyone but an administrator.
 */
class LabApiTest extends GatewayTest {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        routeToRunningServices(registry);
    }

    @Test
    void availabilityCountsWhatReadersGotPerRouteAndSecond() {
        // a cold verdict-service on a busy machine may miss the 1.5 s limit once (a stale answer): read until one is fresh
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            Api.Response verdict = api().get("/api/verdicts/" + SEED).send();
            return verdict.status() == 200 && verdict.header("X-Verdict-Stale") == null;
        });
        assertThat(api().get("/api/topics/" + SEED).send().status()).isEqualTo(200);

        Api.Response response = api().get("/api/lab/availability").send();
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        JsonNode figures = response.json();
        assertThat(figures.path("from").asString()).isLessThan(figures.path("to").asString());
        assertThat(figures.path("routes").values().stream().map(route -> route.path("route").asString()))
                .containsExactly("topics", "verdicts", "feedback");
        JsonNode verdicts = figures.path("routes").get(1);
        assertThat(verdicts.path("service").asString()).isEqualTo("verdict-service");
        assertThat(verdicts.path("breaker").asString()).isEqualTo("closed");
        assertThat(verdicts.path("totals").path("fresh").asLong()).isPositive();
        assertThat(verdicts.path("totals").path("p50Ms").asLong()).isPositive();
        JsonNode second = verdicts.path("seconds").get(verdicts.path("seconds").size() - 1);
        assertThat(second.path("fresh").asLong()).isPositive();
        assertThat(second.path("breaker").asString()).isEqualTo("closed");
        assertThat(figures.path("unavailable").isArray()).isTrue();
        // not an API answer of the routes: the lab's own reads are not counted
        assertThat(figures.path("routes").get(2).path("totals").path("fresh").asLong()).isZero();
    }

    @Test
    void everyFigureComesAsCsvBySuffixOrByAccept() {
        api().get("/api/verdicts/" + SEED).send();
        Api.Response byQuery = api().get("/api/lab/availability?format=csv").send();
        assertThat(byQuery.status()).isEqualTo(200);
        assertThat(byQuery.header("Content-Type")).startsWith("text/csv");
        List<String> rows = byQuery.body().lines().toList();
        assertThat(rows.getFirst()).isEqualTo("route,service,second,breaker,fresh,stale,refused,failed,p50Ms,p95Ms,p99Ms");
        assertThat(rows).anyMatch(row -> row.startsWith("verdicts,verdict-service,") && row.contains(",closed,"));
        assertThat(byQuery.body()).contains("\r\n");

        Api.Response consistency = api().get("/api/lab/consistency").header("Accept", "text/csv").send();
        assertThat(consistency.header("Content-Type")).startsWith("text/csv");
        assertThat(consistency.body().lines().findFirst().orElseThrow())
                .isEqualTo("scope,hop,from,to,count,p50Ms,p95Ms,p99Ms,maxMs,bucketFromMs,bucketToMs,bucketCount");
        Api.Response scaling = api().get("/api/lab/scaling?format=csv").send();
        assertThat(scaling.body().lines().findFirst().orElseThrow())
                .isEqualTo("id,mode,threads,replicas,topics,passes,units,durationMs,unitsPerSecond,overheadPerTopicMs,cores,startedAt");
    }

    @Test
    void consistencyAndScalingHaveTheirShapesAndNameWhatDidNotAnswer() {
        JsonNode consistency = api().get("/api/lab/consistency").send().json();
        assertThat(consistency.path("hops").propertyNames()).containsExactly("vote-to-verdict", "vote-to-page");
        assertThat(consistency.path("unavailable").isArray()).isTrue();
        consistency.path("hops").properties().forEach(hop -> {
            if (hop.getValue().isNull()) {
                assertThat(consistency.path("unavailable").values().stream().map(JsonNode::asString)).as(hop.getKey()).isNotEmpty();
            } else {
                assertThat(hop.getValue().path("hop").asString()).isEqualTo(hop.getKey());
            }
        });
        JsonNode scaling = api().get("/api/lab/scaling").send().json();
        assertThat(scaling.has("cores") && scaling.has("local") && scaling.has("distributed") && scaling.has("unavailable")).isTrue();
    }

    @Test
    void anExperimentRunThroughTheRouteBecomesAPointOfTheLocalSeries() {
        Api.Response run = api().post("/api/lab/experiments", Map.of("mode", "local", "threads", 3, "passes", 1))
                .bearer(tokens().mint("lab-admin", "admin")).send();
        assertThat(run.status()).as(run.body()).isEqualTo(201);

        JsonNode scaling = api().get("/api/lab/scaling").send().json();
        assertThat(scaling.path("unavailable").isEmpty()).isTrue();
        assertThat(scaling.path("cores").asInt()).isPositive();
        JsonNode point = scaling.path("local").values().stream().filter(p -> p.path("x").asInt() == 3).findFirst().orElseThrow();
        assertThat(point.path("unitsPerSecond").asDouble()).isEqualTo(run.json().path("unitsPerSecond").asDouble());
        assertThat(point.path("experiment").path("id").asString()).isEqualTo(run.json().path("id").asString());
        assertThat(api().get("/api/lab/scaling?format=csv").send().body()).contains(run.json().path("id").asString() + ",local,3,");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/lab/availability", "/api/lab/consistency", "/api/lab/scaling?format=csv"})
    void headAnswersAsGetDoesWithoutTheBody(String path) {
        Api.Response get = api().get(path).send();
        Api.Response head = api().request("HEAD", path, null).send();

        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("Content-Type")).isEqualTo(get.header("Content-Type"));
        assertThat(head.body()).isEmpty();
    }

    @Test
    void aFormatOtherThanJsonOrCsvIsABadRequest() {
        Api.Response response = api().get("/api/lab/scaling?format=xml").send();
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/lab/drills/gateway", "/api/lab/drills/verdicts", "/api/lab/drills/VERDICT-SERVICE", "/api/lab/drills/no-such-service/current"})
    void aServiceTheLabDoesNotKnowIsNotFound(String path) {
        Api.Response response = api().get(path).send();
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void onlyAnAdministratorMayStartOrStopADrillOrRunAnExperiment() {
        String editor = tokens().mint("lab-editor", "editor");
        Map<String, Object> drill = Map.of("fault", "latency", "seconds", 5);
        for (String service : List.of("topics-service", "verdict-service", "feedback-service")) {
            assertThat(api().post("/api/lab/drills/" + service, drill).send().status()).as(service).isEqualTo(401);
            assertThat(api().post("/api/lab/drills/" + service, drill).bearer(editor).send().status()).as(service).isEqualTo(403);
            assertThat(api().delete("/api/lab/drills/" + service + "/current").send().status()).as(service).isEqualTo(401);
            assertThat(api().delete("/api/lab/drills/" + service + "/current").bearer(editor).send().status()).as(service).isEqualTo(403);
        }
        Map<String, Object> experiment = Map.of("mode", "local", "threads", 1, "passes", 1);
        assertThat(api().post("/api/lab/experiments", experiment).send().status()).isEqualTo(401);
        assertThat(api().post("/api/lab/experiments", experiment).bearer(editor).send().status()).isEqualTo(403);
    }

    @Test
    void aDrillsReadReachesTheNamedServicesOwnPath() {
        // the service's own answer (its drills, or its 404 problem before it has any): never the gateway's "no operation"
        Api.Response response = api().get("/api/lab/drills/verdict-service").send();
        assertThat(response.json().path("detail").asString("")).doesNotContain("There is no API operation");
        assertThat(response.status()).isIn(200, 404);
    }
}
