package dev.nicepick.lab;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatsTest {

    @Test
    void theMedianOfAnOddCountIsTheMiddleValueAndOfAnEvenCountTheMeanOfTheTwoMiddleOnes() {
        assertThat(Stats.median(List.of(30.0, 10.0, 20.0))).isEqualTo(20.0);
        assertThat(Stats.median(List.of(40.0, 10.0, 30.0, 20.0))).isEqualTo(25.0);
        assertThat(Stats.median(List.of())).isNull();
    }

    @Test
    void percentilesAreNearestRankAsTheLagApiDefinesThem() {
        List<Long> latencies = List.of(50L, 10L, 40L, 20L, 30L, 60L, 70L, 80L, 90L, 100L);
        assertThat(Stats.percentile(latencies, 50)).isEqualTo(50L);
        assertThat(Stats.percentile(latencies, 95)).isEqualTo(100L);
        assertThat(Stats.percentile(latencies, 10)).isEqualTo(10L);
        assertThat(Stats.percentile(latencies, 11)).isEqualTo(20L);
        assertThat(Stats.percentile(latencies, 100)).isEqualTo(100L);
        assertThat(Stats.percentile(List.of(7L), 99)).isEqualTo(7L);
        assertThat(Stats.percentile(List.of(), 50)).isNull();
        assertThatThrownBy(() -> Stats.percentile(latencies, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
