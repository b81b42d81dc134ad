package dev.nicepick.lag;

import dev.nicepick.api.ProblemTypes;
import dev.nicepick.testsupport.IntegrationTest;
import dev.nicepick.testsupport.http.Api;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The lag module on a real database: what is recorded is what {@code GET /api/lab/lag} counts (nearest-rank
 * percentiles, fixed histogram edges, samples chosen by acceptedAt in [from, to)) and what the timer holds.
 * Each test keeps to a window of its own, days back, so tests sharing the database do not see each other's samples.
 */
@IntegrationTest
class PropagationLagTest {

    private static final AtomicInteger WINDOWS = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    LagRecorder recorder;
    @Autowired
    LagPruner pruner;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    MeterRegistry meters;

    /** An hour of its own per test, between one and two days ago (the retention is 7 days). */
    private final Instant window = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(1))
            .minus(Duration.ofHours(WINDOWS.incrementAndGet()));

    @Test
    void percentilesAreNearestRankAndEachSampleFallsInOneFixedBucket() {
        // 20 samples in ms; sorted: 0 3 7 12 24.999 26 49 50 99 [120] 260 499 700 1000 2400 2600 5100 9999 [10000] [15000]
        List<Long> lagsUs = List.of(3_000L, 7_000L, 12_000L, 26_000L, 49_000L, 50_000L, 99_000L, 120_000L, 260_000L,
                499_000L, 700_000L, 1_000_000L, 2_400_000L, 2_600_000L, 5_100_000L, 9_999_000L, 10_000_000L,
                15_000_000L, 24_999L, 0L);
        List<Instant> accepted = new ArrayList<>();
        for (int i = 0; i < lagsUs.size(); i++) {
            accepted.add(window.plusSeconds(i));
        }
        recordAll(accepted, lagsUs);

        JsonNode report = lag(window, window.plus(Duration.ofHours(1)));

        assertThat(report.get("hop").asString()).isEqualTo("vote-to-verdict");
        assertThat(report.get("from").asString()).isEqualTo(window.toString());
        assertThat(report.get("count").asLong()).isEqualTo(20);
        assertThat(report.get("p50Ms").asLong()).as("rank ceil(0.50 x 20) = 10").isEqualTo(120);
        assertThat(report.get("p95Ms").asLong()).as("rank ceil(0.95 x 20) = 19").isEqualTo(10_000);
        assertThat(report.get("p99Ms").asLong()).as("rank ceil(0.99 x 20) = 20").isEqualTo(15_000);
        assertThat(report.get("maxMs").asLong()).isEqualTo(15_000);
        List<String> histogram = new ArrayList<>();
        report.get("histogram").forEach(b -> histogram.add(b.get("fromMs").asLong() + ".."
                + (b.get("toMs").isNull() ? "" : b.get("toMs").asLong()) + ":" + b.get("count").asLong()));
        assertThat(histogram).containsExactly("0..25:5", "25..50:2", "50..100:2", "100..250:1", "250..500:2",
                "500..1000:1", "1000..2500:2", "2500..5000:1", "5000..10000:2", "10000..:2");
    }

    @Test
    void samplesAreChosenByAcceptanceInAHalfOpenWindow() {
        Instant from = window.plusSeconds(60);
        Instant to = window.plusSeconds(120);
        recordAll(List.of(from.minus(1, ChronoUnit.MICROS), from, to.minus(1, ChronoUnit.MICROS), to),
                List.of(1_000L, 2_000L, 3_000L, 4_000L));

        JsonNode report = lag(from, to);

        assertThat(report.get("count").asLong()).isEqualTo(2);
        assertThat(report.get("p50Ms").asLong()).isEqualTo(2);
        assertThat(report.get("maxMs").asLong()).isEqualTo(3);
    }

    @Test
    void anEmptyWindowHasACountOfZeroAndNoPercentiles() {
        JsonNode report = lag(window, window.plusSeconds(1));

        assertThat(report.get("count").asLong()).isZero();
        assertThat(List.of("p50Ms", "p95Ms", "p99Ms", "maxMs")).allSatisfy(f -> assertThat(report.get(f).isNull()).as(f).isTrue());
        assertThat(report.get("histogram")).hasSize(10).allSatisfy(b -> assertThat(b.get("count").asLong()).isZero());
    }

    @Test
    void withoutAWindowTheLastFifteenMinutesCount() {
        Instant now = Instant.now();
        recordAll(List.of(now.minus(Duration.ofMinutes(1)), now.minus(Duration.ofMinutes(16))), List.of(5_000L, 6_000L));

        JsonNode report = Api.onLocalPort(port).get("/api/lab/lag").send().json();

        assertThat(Duration.between(Instant.parse(report.get("from").asString()), Instant.parse(report.get("to").asString())))
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(report.get("count").asLong()).isEqualTo(1);
        assertThat(report.get("maxMs").asLong()).isEqualTo(5);
    }

    @Test
    void eachCommittedSampleIsInTheTimerAndARolledBackOneIsNowhere() {
        Timer timer = meters.get(LagRecorder.TIMER).tag("hop", "vote-to-verdict").timer();
        long before = timer.count();

        recordAll(List.of(window), List.of(42_000L));
        transactions.executeWithoutResult(status -> {
            recorder.record(window.plusSeconds(1), window.plusSeconds(2));
            status.setRollbackOnly();
        });

        assertThat(timer.count()).isEqualTo(before + 1);
        assertThat(lag(window, window.plusSeconds(10)).get("count").asLong()).isEqualTo(1);
        assertThatThrownBy(() -> recorder.record(window, window.plusSeconds(1)))
                .as("outside a transaction").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLagBelowZeroFromSkewedClocksCountsAsZero() {
        transactions.executeWithoutResult(status -> recorder.record(window, window.minusMillis(3)));

        JsonNode report = lag(window, window.plusSeconds(1));

        assertThat(report.get("maxMs").asLong()).isZero();
        assertThat(report.get("histogram").get(0).get("count").asLong()).isEqualTo(1);
    }

    @Test
    void samplesOlderThanTheRetentionArePruned() {
        Instant old = Instant.now().minus(Duration.ofDays(8));
        Instant kept = Instant.now().minus(Duration.ofDays(6));
        recordAll(List.of(old, kept), List.of(1_000L, 1_000L));

        assertThat(pruner.prune()).isGreaterThanOrEqualTo(1);

        assertThat(lag(old.minusSeconds(1), old.plusSeconds(1)).get("count").asLong()).isZero();
        assertThat(lag(kept.minusSeconds(1), kept.plusSeconds(1)).get("count").asLong()).isEqualTo(1);
    }

    @Test
    void badReversedOrTooLongWindowsAreProblemsThatNameTheParameter() {
        Instant from = window;
        Map<String, String> refused = Map.of(
                "/api/lab/lag?from=yesterday", "from",
                "/api/lab/lag?to=2026-13-40T00:00:00Z", "to",
                "/api/lab/lag?from=" + from + "&to=" + from, "to",
                "/api/lab/lag?from=" + from.plusSeconds(1) + "&to=" + from, "to",
                "/api/lab/lag?from=" + from + "&to=" + from.plus(Duration.ofDays(7)).plusMillis(1), "to");

        refused.forEach((path, field) -> {
            Api.Response response = Api.onLocalPort(port).get(path).send();
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString()).as(path).isEqualTo(ProblemTypes.of(400).toString());
            assertThat(response.body()).as(path).contains("\"" + field + "\"").doesNotContain("java.", "Instant", "Exception");
        });
        assertThat(Api.onLocalPort(port).get("/api/lab/lag?from=" + from + "&to=" + from.plus(Duration.ofDays(7))).send().status())
                .as("exactly 7 days").isEqualTo(200);
    }

    private void recordAll(List<Instant> accepted, List<Long> lagsUs) {
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < accepted.size(); i++) {
                recorder.record(accepted.get(i), accepted.get(i).plus(lagsUs.get(i), ChronoUnit.MICROS));
            }
        });
    }

    private JsonNode lag(Instant from, Instant to) {
        Api.Response response = Api.onLocalPort(port).get("/api/lab/lag?from=" + from + "&to=" + to).send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
