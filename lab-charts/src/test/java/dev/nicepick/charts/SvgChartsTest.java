package dev.nicepick.charts;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SvgChartsTest {

    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void aTimelineIsScalableSvgNamedForScreenReadersWithItsBandLabelled() {
        String svg = SvgCharts.timelines(Chart.of("availability-verdicts", "Verdicts through the gateway", "Answers per second: fresh & stale"),
                "answers per second",
                List.of(new Series.Timeline("fresh", List.of(new Series.Moment(T0, 10), new Series.Moment(T0.plusSeconds(1), 2))),
                        new Series.Timeline("stale", List.of(new Series.Moment(T0, 0), new Series.Moment(T0.plusSeconds(1), 8)))),
                List.of(new Series.Band("latency drill", T0.plusMillis(500), null)));

        assertThat(svg).startsWith("<svg ").contains("role='img'", "aria-label='Answers per second: fresh &amp; stale'",
                "viewBox='0.0 0.0 720.0 320.0'", "id='availability-verdicts'", "Verdicts through the gateway", "latency drill", "fresh", "stale");
        assertThat(svg.substring(0, svg.indexOf('>'))).as("the svg element scales: no fixed width").doesNotContain("width=");
        assertThat(svg).as("valid inline in HTML: no namespace HTML does not allow").doesNotContain("jfreesvg");
        assertThat(svg).as("drawn under a CSP without inline styles: presentation attributes only")
                .doesNotContain("style=").contains("fill='rgb(255,255,255)'", "font-size='15px'");
    }

    @Test
    void theSameFiguresGiveTheSameSvgAndTwoChartsShareNoInternalId() {
        List<Series.Line> lines = List.of(new Series.Line("local (threads)", List.of(new Series.Point(1, 100), new Series.Point(2, 190))),
                new Series.Line("distributed (replicas)", List.of(new Series.Point(1, 80), new Series.Point(2, 150))));
        String first = SvgCharts.lines(Chart.of("scaling", "Scale up against scale out", "Topics per second"), "threads or replicas", "topics per second", lines);
        String again = SvgCharts.lines(Chart.of("scaling", "Scale up against scale out", "Topics per second"), "threads or replicas", "topics per second", lines);
        String other = SvgCharts.lines(Chart.of("other", "Scale up against scale out", "Topics per second"), "threads or replicas", "topics per second", lines);

        assertThat(again).isEqualTo(first);
        assertThat(first).contains("local (threads)", "distributed (replicas)", "clip-path='url(#scaling-");
        assertThat(other).doesNotContain("#scaling-");
    }

    @Test
    void barsNeedOneValuePerCategory() {
        String svg = SvgCharts.bars(Chart.of("lag", "Vote to verdict", "Lag histogram"), "lag", "votes",
                List.of("0-25 ms", "25-50 ms"), List.of(new Series.Bars("vote to verdict", List.of(3.0, 5.0))));
        assertThat(svg).contains("0-25", "25-50", "vote to verdict");

        assertThatThrownBy(() -> SvgCharts.bars(Chart.of("lag", "t", "d"), "lag", "votes", List.of("a", "b"),
                List.of(new Series.Bars("one", List.of(1.0)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 values for 2 categories");
        assertThatThrownBy(() -> Chart.of("1 bad id", "t", "d")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lagBucketsReadShortlyInMillisecondsOrSeconds() {
        assertThat(SvgCharts.durationRange(0, 25L)).isEqualTo("0–25 ms");
        assertThat(SvgCharts.durationRange(250, 500L)).isEqualTo("250–500 ms");
        assertThat(SvgCharts.durationRange(500, 1000L)).isEqualTo("0.5–1 s");
        assertThat(SvgCharts.durationRange(1000, 2500L)).isEqualTo("1–2.5 s");
        assertThat(SvgCharts.durationRange(10000, null)).isEqualTo("≥ 10 s");
        assertThat(SvgCharts.durationRange(100, null)).isEqualTo("≥ 100 ms");
    }
}
