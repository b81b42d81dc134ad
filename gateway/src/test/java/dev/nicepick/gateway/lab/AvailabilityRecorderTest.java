package dev.nicepick.gateway.lab;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class AvailabilityRecorderTest {

    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

    /** A clock the test moves. */
    private static final class TestClock extends Clock {
        Instant now = T0;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AvailabilityRecorder recorder = new AvailabilityRecorder(clock, Duration.ofMinutes(1), meters);

    private static long millis(long ms) {
        return ms * 1_000_000;
    }

    @Test
    void eachSecondCountsAnswersByKindWithLatencyPercentilesAndTheBreakersState() {
        for (int i = 1; i <= 100; i++) {
            recorder.record("verdicts", Answer.FRESH, millis(i));
        }
        clock.now = T0.plusMillis(1500);
        recorder.breakerChanged("verdicts", "open");
        recorder.record("verdicts", Answer.STALE, millis(2));
        recorder.record("verdicts", Answer.REFUSED, millis(2));
        recorder.record("topics", Answer.FAILED, millis(3000));
        clock.now = T0.plusSeconds(2);

        var seconds = recorder.seconds("verdicts", T0, clock.now.plusSeconds(1));
        assertThat(seconds).hasSize(3);
        assertThat(seconds.get(0).fresh()).isEqualTo(100);
        assertThat(seconds.get(0).breaker()).isEqualTo("closed");
        // nearest rank 50 of 1..100 ms is 50 ms; the sketch gives its bucket's upper edge, at most 25% above
        assertThat(seconds.get(0).p50Ms()).isBetween(50L, 63L);
        assertThat(seconds.get(0).p99Ms()).isBetween(99L, 124L);
        assertThat(seconds.get(1).stale()).isEqualTo(1);
        assertThat(seconds.get(1).refused()).isEqualTo(1);
        assertThat(seconds.get(1).breaker()).isEqualTo("open");
        assertThat(seconds.get(2).answers()).isZero();
        assertThat(seconds.get(2).p50Ms()).isNull();

        var totals = recorder.totals("verdicts", T0, clock.now.plusSeconds(1));
        assertThat(totals.fresh() + totals.stale() + totals.refused() + totals.failed()).isEqualTo(102);
        assertThat(recorder.totals("topics", T0, clock.now).failed()).isEqualTo(1);
        assertThat(recorder.breakerNow("verdicts")).isEqualTo("open");
        assertThat(recorder.breakerNow("topics")).isEqualTo("closed");
        assertThat(meters.get("nicepick.gateway.answers").tag("route", "verdicts").tag("answer", "fresh").counter().count()).isEqualTo(100);
    }

    @Test
    void aSecondOlderThanTheWindowIsForgottenAndItsSlotServesANewSecond() {
        recorder.record("feedback", Answer.FRESH, millis(5));
        clock.now = T0.plusSeconds(60);
        recorder.record("feedback", Answer.FAILED, millis(5)); // same slot, a minute later

        assertThat(recorder.windowStart()).isEqualTo(T0.plusSeconds(1));
        assertThat(recorder.seconds("feedback", T0, clock.now.plusSeconds(1))).hasSize(60);
        var totals = recorder.totals("feedback", T0, clock.now.plusSeconds(1));
        assertThat(totals.fresh()).isZero();
        assertThat(totals.failed()).isEqualTo(1);
    }

    @Test
    void routesTheLabDoesNotWatchAreNotCounted() {
        recorder.record("lab-drills-verdicts", Answer.FRESH, millis(1));
        recorder.breakerChanged("lab-experiments", "open");
        AvailabilityRecorder.ROUTES.keySet().forEach(route ->
                assertThat(recorder.totals(route, T0, T0.plusSeconds(1)).fresh()).isZero());
    }
}
