package dev.nicepick.system;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoublePredicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The proof that operators see a broker outage: Kafka stopped, votes still accepted (the outbox keeps
 * them), feedback-service's outbox metrics rising as a real Prometheus scrapes them, the committed rule
 * {@code OutboxBacklogStale} firing once the oldest vote has waited over a minute, and after Kafka is back the
 * backlog draining to 0 and the alert clearing.
 */
class BrokerOutageAlertTest {

    private static final String ALERT = "OutboxBacklogStale";
    private static final String BACKLOG = "nicepick_outbox_backlog_events{job=\"feedback-service\"}";
    private static final String OLDEST_AGE = "nicepick_outbox_oldest_age_seconds{job=\"feedback-service\"}";
    private static final int VOTES = 3;

    private final SystemUnderTest system = SystemUnderTest.get();
    private final Newsroom newsroom = new Newsroom(system);

    @Test
    void whileKafkaIsAwayTheOutboxBacklogRisesAndItsAlertFiresThenBothClearOnceItIsBack() throws Exception {
        String slug = newsroom.startedTopic("broker-outage");
        try (PrometheusServer prometheus = new PrometheusServer(SystemUnderTest.FEEDBACK,
                system.address(SystemUnderTest.FEEDBACK) + ":8080")) {
            await().atMost(Duration.ofSeconds(60)).until(() -> prometheus.value("up{job=\"feedback-service\"} == 1").isPresent()
                    && prometheus.value(BACKLOG).isPresent());
            double backlogBefore = prometheus.value(BACKLOG).getAsDouble();
            assertThat(prometheus.alertState(ALERT)).as("silent while the broker is there").isEmpty();

            system.stop(SystemUnderTest.KAFKA);
            long stopped = System.nanoTime();
            try {
                for (int i = 0; i < VOTES; i++) {
                    assertThat(newsroom.vote(slug, "beta").status()).as("a vote is accepted: the outbox keeps it").isEqualTo(202);
                }
                await().atMost(Duration.ofSeconds(30)).until(() -> prometheus.value(BACKLOG).orElse(0) >= backlogBefore + VOTES);
                double age = awaitValue(prometheus, OLDEST_AGE, value -> value > 0);
                awaitValue(prometheus, OLDEST_AGE, value -> value > age);

                // the rule's threshold is 60 s: the oldest vote has to wait that long
                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> prometheus.alertState(ALERT).equals(Optional.of("firing")));
                System.out.printf(Locale.ROOT, "[broker outage] %s firing %.0f s after Kafka stopped, backlog %.0f, oldest %.0f s%n",
                        ALERT, (System.nanoTime() - stopped) / 1e9, prometheus.value(BACKLOG).getAsDouble(),
                        prometheus.value(OLDEST_AGE).getAsDouble());
            } finally {
                system.restart(SystemUnderTest.KAFKA);
            }

            await().atMost(Duration.ofMinutes(2)).until(() -> prometheus.value(BACKLOG).orElse(-1) == 0
                    && prometheus.value(OLDEST_AGE).orElse(-1) == 0);
            await().atMost(Duration.ofSeconds(30)).until(() -> prometheus.alertState(ALERT).isEmpty());
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(newsroom.verdict(slug).path("split").path("beta").asLong()).as("the kept votes reached the verdict")
                            .isEqualTo(VOTES));
        }
    }

    private static double awaitValue(PrometheusServer prometheus, String promql, DoublePredicate accepted) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> prometheus.value(promql).orElse(Double.NaN), accepted::test);
    }
}
