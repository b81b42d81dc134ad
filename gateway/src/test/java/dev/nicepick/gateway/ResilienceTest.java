package dev.nicepick.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.nicepick.api.ProblemTypes;
import dev.nicepick.testsupport.http.Api;
import dev.nicepick.testsupport.net.FreePorts;
import dev.nicepick.testsupport.process.RunningServices;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Failure shapes, with stand-ins for verdict-service and feedback-service (WireMock) and the real topics-service
 * behind the stale-verdict fallback. Breakers are small and quick here so that opening and closing take seconds.
 */
class ResilienceTest extends GatewayTest {

    private static final int VERDICTS_PORT = FreePorts.next();
    private static final int FEEDBACK_PORT = FreePorts.next();
    private static final WireMockServer verdicts = new WireMockServer(options().port(VERDICTS_PORT));
    private static final WireMockServer feedback = new WireMockServer(options().port(FEEDBACK_PORT));

    @Autowired
    CircuitBreakerRegistry breakers;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        verdicts.start();
        feedback.start();
        route(registry, "topics-service", RunningServices.get().topics().url());
        route(registry, "verdict-service", verdicts.baseUrl());
        route(registry, "feedback-service", feedback.baseUrl());
        registry.add("resilience4j.circuitbreaker.configs.default.sliding-window-size", () -> "4");
        registry.add("resilience4j.circuitbreaker.configs.default.minimum-number-of-calls", () -> "4");
        registry.add("resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state", () -> "2s");
        registry.add("resilience4j.timelimiter.instances.verdicts.timeout-duration", () -> "500ms");
        registry.add("nicepick.gateway.rate-limit.writes-per-minute", () -> "3");
        // as deployed, where Spring Boot would believe forwarded headers from anyone unless told not to
        registry.add("spring.main.cloud-platform", () -> "kubernetes");
    }

    @AfterAll
    static void stopStandIns() {
        verdicts.stop();
        feedback.stop();
    }

    @BeforeEach
    void healthyStandIns() {
        if (!verdicts.isRunning()) {
            verdicts.start();
        }
        if (!feedback.isRunning()) {
            feedback.start();
        }
        verdicts.resetAll();
        feedback.resetAll();
        verdicts.stubFor(get(urlPathEqualTo("/api/verdicts/" + SEED)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"topic\":\"" + SEED + "\",\"winner\":\"distributed-systems\",\"revision\":7}")));
        feedback.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"accepted\"}")));
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        // The stale answer comes from topics-service's projection: wait until it holds the seed's first verdict.
        await().atMost(Duration.ofSeconds(60)).until(() ->
                Api.onLocalPort(RunningServices.get().topics().port()).get("/api/topics/" + SEED).send().json().has("verdict"));
    }

    @Test
    void aVerdictReadWhileVerdictServiceRefusesConnectionsIsTheStaleOneFromTopics() {
        verdicts.stop();
        assertStale(api().get("/api/verdicts/" + SEED).send());
    }

    /**
     * The stand-in would answer 200 after 3 s, so a stale answer shows the time limit (500 ms here) cut the call
     * short, and the breaker counted the time-out as the service's failure.
     */
    @Test
    void aVerdictReadWhileVerdictServiceIsSlowIsStaleWithinTheTimeLimit() {
        verdicts.stubFor(get(urlPathEqualTo("/api/verdicts/" + SEED)).willReturn(aResponse().withStatus(200).withFixedDelay(3_000)));

        assertStale(api().get("/api/verdicts/" + SEED).send());

        assertThat(breakers.circuitBreaker("verdicts").getMetrics().getNumberOfFailedCalls()).as("time-outs counted").isEqualTo(1);
    }

    @Test
    void aVerdictReadWhileVerdictServiceFailsIsStale() {
        verdicts.stubFor(get(urlPathEqualTo("/api/verdicts/" + SEED)).willReturn(aResponse().withStatus(500)));
        assertStale(api().get("/api/verdicts/" + SEED).send());
        verdicts.stubFor(get(urlPathEqualTo("/api/verdicts/" + SEED)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertStale(api().get("/api/verdicts/" + SEED).send());
    }

    @Test
    void theCircuitOpensUnderFailuresAndClosesAgainAfterRecovery() {
        verdicts.stubFor(get(urlPathEqualTo("/api/verdicts/" + SEED)).willReturn(aResponse().withStatus(503)));
        for (int i = 0; i < 4; i++) {
            assertStale(api().get("/api/verdicts/" + SEED).send());
        }
        assertThat(state("verdicts")).isEqualTo("OPEN");
        int callsWhenOpened = verdicts.countRequestsMatching(anyRequestedFor(anyUrl()).build()).getCount();
        assertStale(api().get("/api/verdicts/" + SEED).send());
        assertThat(verdicts.countRequestsMatching(anyRequestedFor(anyUrl()).build()).getCount())
                .as("an open circuit spares the failing service").isEqualTo(callsWhenOpened);

        verdicts.stubFor(get(urlPathEqualTo("/api/verdicts/" + SEED)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"winner\":\"distributed-systems\",\"revision\":8}")));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            Api.Response response = api().get("/api/verdicts/" + SEED).send();
            assertThat(response.header("X-Verdict-Stale")).isNull();
            assertThat(state("verdicts")).isEqualTo("CLOSED");
        });
    }

    @Test
    void readsAreRetriedWithBackOffButWritesAreNeverRepeated() {
        verdicts.stubFor(get(urlPathEqualTo("/api/verdicts/" + SEED)).willReturn(aResponse().withStatus(503)));
        verdicts.stubFor(post(urlPathEqualTo("/api/verdicts/recompute")).willReturn(aResponse().withStatus(503)));
        feedback.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(503)));

        api().get("/api/verdicts/" + SEED).send();
        verdicts.verify(3, getRequestedFor(urlPathEqualTo("/api/verdicts/" + SEED)));

        Api.Response recompute = api().post("/api/verdicts/recompute", Map.of()).bearer(tokens().mint("root", "admin")).send();
        assertThat(recompute.status()).isEqualTo(503);
        verdicts.verify(1, postRequestedFor(urlPathEqualTo("/api/verdicts/recompute")));

        Api.Response vote = api().post("/api/topics/" + SEED + "/feedback", Map.of("preferredOption", "multiprocessing"))
                .header("Cookie", readerCookie()).send();
        assertThat(vote.status()).isEqualTo(503);
        feedback.verify(1, postRequestedFor(urlPathEqualTo("/api/topics/" + SEED + "/feedback")));
    }

    @Test
    void feedbackWhileFeedbackServiceIsDownIsA503ProblemNeverASilentDrop() {
        feedback.stop();
        Api.Response response = api().post("/api/topics/" + SEED + "/feedback", Map.of("preferredOption", "multiprocessing"))
                .header("Cookie", readerCookie()).send();
        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        // the same problem as a service's own 503: one vocabulary for the suite
        assertThat(response.json().path("type").asText()).isEqualTo(ProblemTypes.of(503).toString());
        assertThat(response.header("Retry-After")).isEqualTo("10");
        assertThat(response.json().path("detail").asText()).contains("feedback-service").contains("not confirmed");
    }

    @Test
    void spoofedInternalHeadersAreReplacedByTheGateway() { // with no trusted proxy (the default)
        api().post("/api/topics/" + SEED + "/feedback", Map.of("preferredOption", "multiprocessing"))
                .header("X-Reader-Key", "someone-else")
                .header("X-Forwarded-For", "203.0.113.9")
                .header("Forwarded", "for=203.0.113.9")
                .header("X-Real-IP", "203.0.113.9")
                .header("Cookie", readerCookie())
                .send();
        var received = feedback.getAllServeEvents().getFirst().getRequest();
        assertThat(received.getHeader("X-Reader-Key")).startsWith("reader:").doesNotContain("someone-else");
        assertThat(received.getHeader("X-Forwarded-For")).isEqualTo("127.0.0.1");
        assertThat(received.getHeaders().all()).allSatisfy(header ->
                assertThat(header.values()).as(header.key()).noneMatch(value -> value.contains("203.0.113.9")));
        assertThat(received.containsHeader("X-Real-IP")).isFalse();
        assertThat(received.getHeader("X-Request-Id")).isNotBlank();
    }

    @Test
    void aClientOverItsLimitGets429WhileAnotherIsServed() {
        String alice = readerCookie();
        String bob = readerCookie();
        Map<String, String> vote = Map.of("preferredOption", "multiprocessing");
        for (int i = 0; i < 3; i++) {
            Api.Response accepted = api().post("/api/topics/" + SEED + "/feedback", vote).header("Cookie", alice).send();
            assertThat(accepted.status()).isEqualTo(202);
            assertThat(accepted.header("RateLimit-Remaining")).isEqualTo(Integer.toString(2 - i));
        }
        Api.Response limited = api().post("/api/topics/" + SEED + "/feedback", vote).header("Cookie", alice).send();
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(limited.header("RateLimit-Limit")).isEqualTo("3");
        assertThat(limited.header("RateLimit-Remaining")).isEqualTo("0");

        assertThat(api().post("/api/topics/" + SEED + "/feedback", vote).header("Cookie", bob).send().status()).isEqualTo(202);
        feedback.verify(4, postRequestedFor(anyUrl()));
    }

    private String state(String breaker) {
        return operations().get("/actuator/circuitbreakers").send().json().path("circuitBreakers").path(breaker).path("state").asText();
    }

    private static void assertStale(Api.Response response) {
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("X-Verdict-Stale")).isEqualTo("true");
        assertThat(response.header("Warning")).contains("110");
        assertThat(response.json().path("stale").asBoolean()).isTrue();
        assertThat(response.json().path("winner").asText()).isEqualTo("distributed-systems");
        assertThat(response.json().path("topic").asText()).isEqualTo(SEED);
    }
}
