package dev.nicepick.gateway;

import dev.nicepick.testsupport.auth.Tokens;
import dev.nicepick.testsupport.http.Api;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Routing to the real services, the checks at the edge, the reader cookie, headers, the page and /docs. */
class RoutingAndEdgeTest extends GatewayTest {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        routeToRunningServices(registry);
    }

    @Test
    void routesEachPathToItsService() {
        assertThat(api().get("/api/topics/" + SEED).send().json().path("slug").asText()).isEqualTo(SEED);
        assertThat(api().get("/api/topics?q=kafka").send().json().path("items").size()).isPositive();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(api().get("/api/verdicts/" + SEED).send().json().path("winner").asText()).isEqualTo("distributed-systems"));
        assertThat(api().get("/api/verdicts/" + SEED).send().header("X-Verdict-Stale")).isNull();
        assertThat(api().get("/api/topics/" + SEED + "/feedback/summary").send().json().path("topic").asText()).isEqualTo(SEED);
        assertThat(api().get("/api/topics/no-such-topic").send().status()).isEqualTo(404);
    }

    @Test
    void anonymousWritesAndAdminCallsAre401WithAProblemAtTheEdge() {
        Map<String, Api.Request> writes = Map.of(
                "create topic", api().post("/api/topics", Map.of("slug", "x")),
                "revise topic", api().put("/api/topics/" + SEED, Map.of("slug", "x")),
                "publish", api().post("/api/topics/" + SEED + "/publish", Map.of()),
                "recompute", api().post("/api/verdicts/recompute", Map.of()),
                "moderation list", api().get("/api/feedback"),
                "hide feedback", api().post("/api/feedback/00000000-0000-0000-0000-000000000000/hide", Map.of("reason", "spam")));
        writes.forEach((name, request) -> {
            Api.Response response = request.send();
            assertThat(response.status()).as(name).isEqualTo(401);
            assertThat(response.header("Content-Type")).as(name).startsWith("application/problem+json");
        });
        assertThat(api().post("/api/topics", Map.of()).bearer(Tokens.forged("mallory", "editor")).send().status()).isEqualTo(401);
        assertThat(api().post("/api/topics", Map.of()).bearer(tokens().mint("reader", "moderator")).send().status()).isEqualTo(403);
        // An editor's token passes the edge; the service itself then judges the body.
        assertThat(api().post("/api/topics", Map.of("slug", "Not A Slug")).bearer(tokens().mint("ed", "editor")).send().status())
                .isEqualTo(400);
    }

    @Test
    void theReaderCookieIsSignedHttpOnlyAndNamesOneReader() {
        Api.Response first = api().post("/api/readers", null).send();
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Cache-Control")).isEqualTo("no-store");
        String setCookie = first.header("Set-Cookie");
        assertThat(setCookie).startsWith("nicepick_reader=").containsIgnoringCase("HttpOnly").contains("SameSite=Lax").contains("Path=/");

        String slug = "monolith-vs-microservices";
        long before = api().get("/api/topics/" + slug + "/feedback/summary").send().json().path("total").asLong();
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        for (String option : new String[] {"monolith", "microservices"}) {
            assertThat(api().post("/api/topics/" + slug + "/feedback", Map.of("preferredOption", option))
                    .header("Cookie", cookie).send().status()).isEqualTo(202);
        }
        // Same reader twice: the latest vote counts, once.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var summary = api().get("/api/topics/" + slug + "/feedback/summary").send().json();
            assertThat(summary.path("total").asLong()).isEqualTo(before + 1);
        });

        Api.Response again = api().post("/api/readers", null).header("Cookie", cookie).send();
        assertThat(again.status()).as("a reader who has a cookie keeps it").isEqualTo(200);
        assertThat(again.header("Set-Cookie")).isNull();
        String tampered = cookie.substring(0, cookie.length() - 2) + "xx";
        Api.Response replaced = api().post("/api/readers", null).header("Cookie", tampered).send();
        assertThat(replaced.status()).as("a cookie the gateway did not sign is replaced").isEqualTo(201);
        assertThat(replaced.header("Set-Cookie")).startsWith("nicepick_reader=").doesNotContain(tampered);
        assertThat(api().post("/api/topics/" + slug + "/feedback", Map.of("stance", "agree", "preferredOption", "monolith"))
                .header("Cookie", tampered).send().status()).as("nor does it count a vote").isEqualTo(403);
    }

    @Test
    void requestIdsAreKeptWhenWellFormedAndMadeOtherwise() {
        Api.Response kept = api().get("/api/topics/" + SEED).header("X-Request-Id", "client-trace-0001").send();
        assertThat(kept.headers().allValues("X-Request-Id")).containsExactly("client-trace-0001");
        String made = api().get("/api/topics/" + SEED).header("X-Request-Id", "<script>").send().header("X-Request-Id");
        assertThat(made).matches("[0-9a-f-]{36}");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (String path : new String[] {"/", "/compare/" + SEED, "/api/topics/" + SEED, "/api/topics/nope"}) {
            Api.Response response = api().get(path).send();
            assertThat(response.header("Content-Security-Policy")).as(path).contains("default-src 'self'").contains("frame-ancestors 'none'");
            assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.header("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
        }
    }

    @Test
    void corsLetsOnlyConfiguredOriginsIn() {
        Api.Response allowed = api().get("/api/topics?size=1").header("Origin", "http://localhost:8080").send();
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:8080");
        assertThat(api().get("/api/topics?size=1").header("Origin", "https://evil.example").send().status()).isEqualTo(403);
    }

    @Test
    void servesThePageAndTheApiDescriptions() {
        Api.Response home = api().get("/").send();
        assertThat(home.header("Content-Type")).startsWith("text/html");
        assertThat(home.body()).contains("<main id=\"main\"").contains("/js/app.js");
        assertThat(api().get("/compare/" + SEED).send().body()).contains("<main id=\"main\"");
        assertThat(api().get("/js/compare.js").send().status()).isEqualTo(200);

        assertThat(api().get("/docs/api/topics").send().json().path("paths").has("/api/topics/{slug}")).isTrue();
        assertThat(api().get("/docs/api/verdicts").send().json().path("paths").has("/api/verdicts/{slug}")).isTrue();
        assertThat(api().get("/docs/api/feedback").send().json().path("paths").has("/api/topics/{slug}/feedback")).isTrue();
        Api.Response config = api().get("/docs/api/gateway/swagger-config").send();
        assertThat(config.body()).contains("/docs/api/topics").contains("/docs/api/verdicts").contains("/docs/api/feedback");
    }

    @Test
    void circuitBreakerStatesAreAtActuatorAndInMetrics() {
        var breakers = operations().get("/actuator/circuitbreakers").send().json().path("circuitBreakers");
        assertThat(breakers.path("verdicts").path("state").asText()).isEqualTo("CLOSED");
        assertThat(breakers.has("topics")).isTrue();
        assertThat(breakers.has("feedback")).isTrue();
        assertThat(operations().get("/actuator/prometheus").send().body()).contains("resilience4j_circuitbreaker_state{");
    }

    /** What the edge dashboard and the alerts read: each route's and each endpoint's durations in buckets, readiness. */
    @Test
    void eachRouteIsTimedInBucketsAndReadinessIsExposedAsANumber() {
        api().get("/api/topics/" + SEED).send();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(operations().get("/actuator/prometheus").send().body())
                .containsPattern("spring_cloud_gateway_requests_seconds_bucket\\{[^}]*routeId=\"topics\"")
                .contains("http_server_requests_seconds_bucket{")
                .contains("nicepick_health_readiness{application=\"gateway\"} 1.0"));
    }
}
