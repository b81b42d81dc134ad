package dev.nicepick.lab;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BreakerWatchTest {

    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void aBreakerIsNotClosedFromItsFirstOtherStateToItsNextClosedOneOrTheEnd() {
        List<BreakerWatch.Change> changes = List.of(
                new BreakerWatch.Change(T0, "verdicts", "CLOSED"),
                new BreakerWatch.Change(T0, "topics", "CLOSED"),
                new BreakerWatch.Change(T0.plusSeconds(5), "verdicts", "OPEN"),
                new BreakerWatch.Change(T0.plusSeconds(15), "verdicts", "HALF_OPEN"),
                new BreakerWatch.Change(T0.plusSeconds(16), "verdicts", "CLOSED"),
                new BreakerWatch.Change(T0.plusSeconds(30), "verdicts", "OPEN"),
                new BreakerWatch.Change(T0.plusSeconds(31), "topics", "OPEN"));

        assertThat(BreakerWatch.notClosed(changes, "verdicts")).containsExactly(
                new BreakerWatch.Interval("verdicts", T0.plusSeconds(5), T0.plusSeconds(16)),
                new BreakerWatch.Interval("verdicts", T0.plusSeconds(30), null));
        assertThat(BreakerWatch.notClosed(changes, "")).hasSize(3);
    }
}
