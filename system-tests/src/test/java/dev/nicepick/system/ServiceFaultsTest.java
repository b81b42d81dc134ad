package dev.nicepick.system;

import dev.nicepick.testsupport.http.Api;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Services that fall while readers read and vote: pages stay up, nothing acknowledged is lost or counted twice. */
class ServiceFaultsTest {

    private final SystemUnderTest system = SystemUnderTest.get();
    private final Newsroom newsroom = new Newsroom(system);

    @Test
    void verdictServiceKilledUnderLoad() throws Exception {
        FaultUnderLoad.run(newsroom, "verdict-service killed", (slug, load) -> {
            system.kill(SystemUnderTest.VERDICTS);
            print("verdict-service killed", readStaleVerdicts(slug, 20));
            await().atMost(Duration.ofSeconds(30)).until(() -> breakerState("verdicts").equals("OPEN"));
            load.awaitAnswers(10);
            system.restart(SystemUnderTest.VERDICTS);
        });
    }

    @Test
    void feedbackServiceKilledUnderSubmissions() throws Exception {
        FaultUnderLoad.run(newsroom, "feedback-service killed", (slug, load) -> {
            system.kill(SystemUnderTest.FEEDBACK);
            Refusals.assertRefusedHonestly(newsroom.vote(slug, "beta"));
            load.awaitAnswers(10);
            system.restart(SystemUnderTest.FEEDBACK);
            await().atMost(Duration.ofMinutes(2)).until(() -> {
                Api.Response vote = newsroom.vote(slug, "alpha");
                return vote != null && vote.status() == 202;
            });
        });
    }

    @Test
    void verdictServiceFrozenThenCutOffUnderLoad() throws Exception {
        FaultUnderLoad.run(newsroom, "verdict-service frozen, then cut off", (slug, load) -> {
            system.pause(SystemUnderTest.VERDICTS);
            try {
                // Only the time limit ends a read of a frozen service: every answer stale means it ended each one.
                print("verdict-service frozen", readStaleVerdicts(slug, 15));
                await().atMost(Duration.ofSeconds(30)).until(() -> breakerState("verdicts").equals("OPEN"));
            } finally {
                system.unpause(SystemUnderTest.VERDICTS);
            }
            await().atMost(Duration.ofMinutes(1)).until(() -> !newsroom.verdict(slug).has("stale"));
            system.disconnect(SystemUnderTest.VERDICTS);
            try {
                print("verdict-service cut off", readStaleVerdicts(slug, 15));
                load.awaitAnswers(5);
            } finally {
                system.connect(SystemUnderTest.VERDICTS);
            }
        });
    }

    /**
     * Reads the verdict {@code count} times while verdict-service cannot answer: each read is answered 200 with
     * the verdict topics-service holds, marked stale. Returns the latencies in ms, sorted, for the record.
     */
    private List<Long> readStaleVerdicts(String slug, int count) {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long t = System.nanoTime();
            Api.Response response = newsroom.api().get("/api/verdicts/" + slug).send();
            millis.add((System.nanoTime() - t) / 1_000_000);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().path("stale").asBoolean()).isTrue();
            assertThat(response.header("X-Verdict-Stale")).isEqualTo("true");
        }
        Collections.sort(millis);
        return millis;
    }

    private static void print(String scenario, List<Long> millis) {
        System.out.printf(Locale.ROOT, "[%s] %d verdict reads, all 200: p50 %d ms, max %d ms%n", scenario, millis.size(),
                millis.get(millis.size() / 2), millis.getLast());
    }

    private String breakerState(String name) {
        return new Api(system.gatewayOperationsUrl()).get("/actuator/circuitbreakers").send().json().path("circuitBreakers").path(name).path("state").asText();
    }
}
