package dev.nicepick.lab;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PerSecondTallyTest {

    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void answersAreClassedAsFreshStaleRefusedOrOther() {
        assertThat(AnswerKind.of(200, null, "{\"slug\":\"a\",\"outcome\":\"winner\"}")).isEqualTo(AnswerKind.FRESH);
        assertThat(AnswerKind.of(202, null, "{}")).isEqualTo(AnswerKind.FRESH);
        assertThat(AnswerKind.of(200, "true", "{}")).isEqualTo(AnswerKind.STALE);
        assertThat(AnswerKind.of(200, null, "{\"slug\":\"a\",\"stale\":true}")).isEqualTo(AnswerKind.STALE);
        assertThat(AnswerKind.of(200, null, "{\"slug\":\"a\",\"stale\":false}")).isEqualTo(AnswerKind.FRESH);
        assertThat(AnswerKind.of(503, null, "{\"type\":\"...\"}")).isEqualTo(AnswerKind.REFUSED);
        assertThat(AnswerKind.of(504, null, null)).isEqualTo(AnswerKind.OTHER);
        assertThat(AnswerKind.of(429, null, null)).isEqualTo(AnswerKind.OTHER);
        assertThat(AnswerKind.of(0, null, null)).isEqualTo(AnswerKind.OTHER);
    }

    @Test
    void answersAreCountedInTheWholeSecondTheyArrivedInWithEmptySecondsKept() {
        PerSecondTally tally = new PerSecondTally();
        tally.record(T0.plusMillis(100), AnswerKind.FRESH);
        tally.record(T0.plusMillis(999), AnswerKind.FRESH);
        tally.record(T0.plusMillis(1000), AnswerKind.STALE);
        tally.record(T0.plusMillis(3500), AnswerKind.REFUSED);
        tally.record(T0.plusMillis(3600), AnswerKind.OTHER);

        assertThat(tally.seconds()).containsExactly(
                new PerSecondTally.Second(T0, 2, 0, 0, 0),
                new PerSecondTally.Second(T0.plusSeconds(1), 0, 1, 0, 0),
                new PerSecondTally.Second(T0.plusSeconds(2), 0, 0, 0, 0),
                new PerSecondTally.Second(T0.plusSeconds(3), 0, 0, 1, 1));
        assertThat(tally.totals()).containsEntry(AnswerKind.FRESH, 2).containsEntry(AnswerKind.STALE, 1)
                .containsEntry(AnswerKind.REFUSED, 1).containsEntry(AnswerKind.OTHER, 1);
    }

    @Test
    void recoveryIsTheTimeFromADrillsEndToThreeSecondsInARowOfOnlyFreshVerdicts() {
        List<PerSecondTally.Second> seconds = List.of(
                new PerSecondTally.Second(T0, 0, 3, 0, 0),
                new PerSecondTally.Second(T0.plusSeconds(1), 1, 2, 0, 0),   // the drill ends at +1.5 s
                new PerSecondTally.Second(T0.plusSeconds(2), 2, 1, 0, 0),
                new PerSecondTally.Second(T0.plusSeconds(3), 3, 0, 0, 0),
                new PerSecondTally.Second(T0.plusSeconds(4), 0, 0, 0, 0),   // no answer is no evidence of recovery
                new PerSecondTally.Second(T0.plusSeconds(5), 3, 0, 0, 0),
                new PerSecondTally.Second(T0.plusSeconds(6), 3, 0, 0, 0),
                new PerSecondTally.Second(T0.plusSeconds(7), 3, 0, 0, 0));

        assertThat(AvailabilityExperiment.recoverySeconds(seconds, T0.plusMillis(1500))).isEqualTo(4L);
        assertThat(AvailabilityExperiment.recoverySeconds(seconds.subList(0, 6), T0.plusMillis(1500))).isNull();
        assertThat(AvailabilityExperiment.firstDegradedAfter(seconds, T0, T0.plusMillis(1500))).isZero();
        assertThat(AvailabilityExperiment.firstDegradedAfter(seconds.subList(5, 8), T0.plusSeconds(5), T0.plusSeconds(7))).isNull();
    }
}
