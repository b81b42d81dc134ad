package dev.nicepick.verdicts;

import de.codecentric.spring.boot.chaos.monkey.configuration.ChaosMonkeySettings;
import dev.nicepick.api.ProblemTypes;
import dev.nicepick.testsupport.http.Api;
import dev.nicepick.testsupport.http.Api.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault drills on verdict-service, the service the lab drills: Chaos Monkey's assaults hit the verdicts API and
 * never the lab's endpoints, stop on request or by themselves, and are refused where they must be.
 */
@TestPropertySource(properties = {"nicepick.lab.drills.enabled=true", "nicepick.lab.drills.latency=" + FaultDrillsTest.LATENCY})
class FaultDrillsTest extends VerdictServiceTestBase {

    static final String LATENCY = "PT2S";
    private static final Duration LATENCY_DURATION = Duration.parse(LATENCY);
    private static final String DRILLS = "/api/lab/drills";

    @Autowired
    private ApplicationContext context;

    @AfterEach
    void noDrillLeftRunning() {
        api().delete(DRILLS + "/current").bearer(admin()).send();
    }

    @Test
    void aLatencyDrillDelaysEveryReadWhileTheLabAnswersAtOnce() {
        String slug = readableVerdict();

        Response started = startDrill(Map.of("fault", "latency", "seconds", 60));

        assertThat(started.status()).isEqualTo(201);
        JsonNode drill = started.json();
        assertThat(drill.get("fault").asString()).isEqualTo("latency");
        assertThat(drill.get("status").asString()).isEqualTo("running");
        assertThat(drill.get("service").asString()).isEqualTo("verdict-service");
        assertThat(drill.get("instance").asString()).endsWith(":" + port);
        assertThat(Duration.between(instant(drill, "startedAt"), instant(drill, "endsAt"))).isEqualTo(Duration.ofSeconds(60));

        Instant before = Instant.now();
        Response read = api().get("/api/verdicts/" + slug).send();
        assertThat(Duration.between(before, Instant.now())).as("a read waits the configured latency").isGreaterThanOrEqualTo(LATENCY_DURATION);
        assertThat(read.status()).isEqualTo(200);

        Instant asked = Instant.now();
        Response lab = api().get(DRILLS).send();
        assertThat(Duration.between(asked, Instant.now())).as("the lab is never attacked").isLessThan(LATENCY_DURATION);
        assertThat(lab.json().get("current").get("id").asString()).isEqualTo(drill.get("id").asString());
        assertThat(lab.json().get("refusal").isNull()).isTrue();
    }

    @Test
    void anErrorsDrillFailsReadsUntilAnAdministratorStopsIt() {
        String slug = readableVerdict();
        String id = startDrill(Map.of("fault", "errors", "seconds", 60)).json().get("id").asString();

        Response failed = api().get("/api/verdicts/" + slug).send();
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.json().get("type").asString()).isEqualTo(ProblemTypes.of(500).toString());
        assertThat(failed.body()).doesNotContain("Chaos", "Exception", "dev.nicepick");
        assertThat(api().get(DRILLS).send().json().get("current").get("fault").asString()).isEqualTo("errors");

        assertThat(api().delete(DRILLS + "/current").bearer(admin()).send().status()).isEqualTo(204);

        assertThat(api().get("/api/verdicts/" + slug).send().status()).isEqualTo(200);
        JsonNode drills = api().get(DRILLS).send().json();
        assertThat(drills.get("current").isNull()).isTrue();
        assertThat(drills.get("last").get("id").asString()).isEqualTo(id);
        assertThat(drills.get("last").get("status").asString()).isEqualTo("stopped");
        assertThat(instant(drills.get("last"), "endedAt")).isBefore(instant(drills.get("last"), "endsAt"));
        assertThat(api().delete(DRILLS + "/current").bearer(admin()).send().status()).as("none runs any more").isEqualTo(404);
    }

    @Test
    void aDrillStopsByItselfAtItsEnd() {
        String slug = readableVerdict();
        String id = startDrill(Map.of("fault", "errors", "seconds", 5)).json().get("id").asString();
        assertThat(api().get("/api/verdicts/" + slug).send().status()).isEqualTo(500);

        JsonNode ended = await().atMost(DEADLINE).until(() -> api().get(DRILLS).send().json(),
                drills -> drills.get("current").isNull());

        assertThat(ended.get("last").get("id").asString()).isEqualTo(id);
        assertThat(ended.get("last").get("status").asString()).isEqualTo("ended");
        await().atMost(DEADLINE).until(() -> api().get("/api/verdicts/" + slug).send().status() == 200);
    }

    @Test
    void oneDrillRunsAtATimeAlsoWhenTwoStartTogether() {
        assertThat(startDrill(Map.of("fault", "latency", "seconds", 30)).status()).isEqualTo(201);
        Response second = startDrill(Map.of("fault", "errors", "seconds", 30));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api().delete(DRILLS + "/current").bearer(admin()).send().status()).isEqualTo(204);

        List<CompletableFuture<Integer>> together = Stream.of("latency", "errors")
                .map(fault -> CompletableFuture.supplyAsync(() -> startDrill(Map.of("fault", fault, "seconds", 30)).status()))
                .toList();

        assertThat(together.stream().map(CompletableFuture::join)).containsExactlyInAnyOrder(201, 409);
    }

    @Test
    void onlyAdministratorsStartAndStopDrills() {
        assertThat(api().post(DRILLS, Map.of("fault", "errors", "seconds", 30)).send().status()).isEqualTo(401);
        assertThat(api().post(DRILLS, Map.of("fault", "errors", "seconds", 30)).bearer(tokens().mint("editor-1", "editor")).send()
                .status()).isEqualTo(403);
        assertThat(api().delete(DRILLS + "/current").bearer(tokens().mint("moderator-1", "moderator")).send().status()).isEqualTo(403);
        assertThat(api().get(DRILLS).send().json().get("current").isNull()).as("nothing started").isTrue();
    }

    @Test
    void badBodiesAreRefusedNamingTheField() {
        JsonNode lastBefore = api().get(DRILLS).send().json().get("last");
        List<Map.Entry<String, Object>> cases = List.of(
                Map.entry("fault", Map.of("fault", "fire", "seconds", 30)),
                Map.entry("seconds", Map.of("fault", "latency")),
                Map.entry("seconds", Map.of("fault", "latency", "seconds", 4)),
                Map.entry("seconds", Map.of("fault", "latency", "seconds", 121)),
                Map.entry("body", "{\"fault\": "));
        for (Map.Entry<String, Object> bad : cases) {
            Response refused = startDrill(bad.getValue());

            assertThat(refused.status()).as(bad.toString()).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().get("errors").get(0).get("field").asString()).as(bad.toString()).isEqualTo(bad.getKey());
            assertThat(refused.body()).doesNotContain("dev.nicepick", "java.", "Jackson");
        }
        assertThat(api().get(DRILLS).send().json().get("last")).as("nothing started").isEqualTo(lastBefore);
    }

    @Test
    void chaosMonkeyWrapsTheControllersOnlyWhereDrillsMayRun() {
        assertThat(context.getBeanNamesForType(ChaosMonkeySettings.class)).isNotEmpty();
        assertThat(context.getBeansWithAnnotation(RestController.class).values()).anyMatch(AopUtils::isAopProxy);
    }

    @Test
    void theProductionProfileRefusesDrillsUnlessAllowed() {
        try (ConfigurableApplicationContext production = startAnotherInstance(VerdictsApplication.class,
                "--spring.profiles.active=local,production", "--nicepick.lab.drills.enabled=true")) {
            Api instance = Api.onLocalPort(portOf(production));
            Response refused = instance.post(DRILLS, Map.of("fault", "latency", "seconds", 30)).bearer(admin()).send();

            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().get("detail").asString()).isEqualTo(
                    "Fault drills are refused in the production profile unless nicepick.lab.drills.allow-in-production=true");
            assertThat(instance.get(DRILLS).send().json().get("refusal").asString()).isEqualTo("production");
            assertThat(production.getBeanNamesForType(ChaosMonkeySettings.class)).as("Chaos Monkey not even loaded").isEmpty();
        }
    }

    @Test
    void allowedInProductionADrillAttacksTheInstanceThatTookItAndAnyReplicaStopsIt() {
        String slug = readableVerdict();
        try (ConfigurableApplicationContext production = startAnotherInstance(VerdictsApplication.class,
                "--spring.profiles.active=local,production", "--nicepick.lab.drills.enabled=true",
                "--nicepick.lab.drills.allow-in-production=true")) {
            Api instance = Api.onLocalPort(portOf(production));
            Response started = instance.post(DRILLS, Map.of("fault", "errors", "seconds", 60)).bearer(admin()).send();

            assertThat(started.status()).isEqualTo(201);
            assertThat(started.json().get("instance").asString()).endsWith(":" + portOf(production));
            assertThat(instance.get("/api/verdicts/" + slug).send().status()).isEqualTo(500);
            assertThat(api().get("/api/verdicts/" + slug).send().status()).as("the other replica serves").isEqualTo(200);
            assertThat(api().get(DRILLS).send().json().get("current").get("id").asString())
                    .as("every replica reads the same drills").isEqualTo(started.json().get("id").asString());

            assertThat(api().delete(DRILLS + "/current").bearer(admin()).send().status()).isEqualTo(204);

            await().atMost(DEADLINE).until(() -> instance.get("/api/verdicts/" + slug).send().status() == 200);
        }
    }

    private Response startDrill(Object body) {
        return api().post(DRILLS, body).bearer(admin()).send();
    }

    /** A topic whose verdict verdict-service serves. */
    private String readableVerdict() {
        String slug = unique("drill");
        publishTopic(slug);
        awaitVerdict(slug, verdict -> true);
        return slug;
    }

    private String admin() {
        return tokens().mint("admin-1", "admin");
    }

    private static int portOf(ConfigurableApplicationContext instance) {
        return ((WebServerApplicationContext) instance).getWebServer().getPort();
    }

    private static Instant instant(JsonNode drill, String field) {
        return Instant.parse(drill.get(field).asString());
    }
}
