package dev.nicepick.system;

import dev.nicepick.testsupport.http.Api;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Services that fall while readers read and vote: pages stay up, nothing acknowledged is lost or counted twice. */
class ServiceFaultsTest {

    private final SystemUnderTest system = SystemUnderTest.get();
    private final Newsroom newsroom = new Newsroom(system);

    @Test
    void verdictServiceKilledUnderLoad() throws Exception {
        String slug = newsroom.startedTopic("verdict-killed");
        try (FeedbackLoad load = new FeedbackLoad(newsroom, slug)) {
            load.awaitAnswers(10);
            system.kill(system.verdicts());
            List<Long> reads = readVerdicts(slug, 20, response -> {
                assertThat(response.status()).isEqualTo(200);
                assertThat(response.json().path("stale").asBoolean()).isTrue();
                assertThat(response.header("X-Verdict-Stale")).isEqualTo("true");
            });
            await().atMost(Duration.ofSeconds(30)).until(() -> breakerState("verdicts").equals("OPEN"));
            load.awaitAnswers(10);
            print("verdict-service killed", reads);
            system.restart(system.verdicts());
            long back = System.nanoTime();
            load.awaitAnswers(5);
            load.stopAndAssertConverged("verdict-service killed", back);
        }
    }

    @Test
    void feedbackServiceKilledUnderSubmissions() throws Exception {
        String slug = newsroom.startedTopic("feedback-killed");
        try (FeedbackLoad load = new FeedbackLoad(newsroom, slug)) {
            load.awaitAnswers(10);
            system.kill(system.feedback());
            long started = System.nanoTime();
            Api.Response refused = newsroom.vote(slug, "beta");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("refused quickly, never a hang").isLessThan(Duration.ofSeconds(3));
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.header("Retry-After")).isNotBlank();
            load.awaitAnswers(10);
            system.restart(system.feedback());
            long back = System.nanoTime();
            await().atMost(Duration.ofMinutes(2)).until(() -> {
                Api.Response vote = newsroom.vote(slug, "alpha");
                return vote != null && vote.status() == 202;
            });
            load.awaitAnswers(10);
            load.stopAndAssertConverged("feedback-service killed", back);
        }
    }

    @Test
    void verdictServiceFrozenThenCutOffUnderLoad() throws Exception {
        String slug = newsroom.startedTopic("verdict-frozen");
        try (FeedbackLoad load = new FeedbackLoad(newsroom, slug)) {
            load.awaitAnswers(5);
            system.pause(system.verdicts());
            List<Long> frozen;
            try {
                frozen = readVerdicts(slug, 15, response -> assertThat(response.status()).isEqualTo(200));
                await().atMost(Duration.ofSeconds(30)).until(() -> breakerState("verdicts").equals("OPEN"));
            } finally {
                system.unpause(system.verdicts());
            }
            print("verdict-service frozen", frozen);
            assertThat(frozen.getLast()).as("the time limit bounds every read").isLessThan(3_000L);

            await().atMost(Duration.ofMinutes(1)).until(() -> !newsroom.verdict(slug).has("stale"));
            system.disconnect(system.verdicts());
            List<Long> cutOff;
            try {
                cutOff = readVerdicts(slug, 15, response -> assertThat(response.status()).isEqualTo(200));
                load.awaitAnswers(5);
            } finally {
                system.connect(system.verdicts(), "verdict-service");
            }
            print("verdict-service cut off", cutOff);
            assertThat(cutOff.getLast()).as("the time limit bounds every read").isLessThan(3_000L);
            long back = System.nanoTime();
            load.stopAndAssertConverged("verdict-service frozen, then cut off", back);
        }
    }


    /** Reads the verdict {@code count} times, checking each answer; returns the latencies in ms, sorted. */
    private List<Long> readVerdicts(String slug, int count, Consumer<Api.Response> check) {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long t = System.nanoTime();
            Api.Response response = newsroom.api().get("/api/verdicts/" + slug).send();
            millis.add((System.nanoTime() - t) / 1_000_000);
            check.accept(response);
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
