package dev.nicepick.gateway.lab;

import dev.nicepick.charts.Chart;
import dev.nicepick.charts.Series;
import dev.nicepick.charts.SvgCharts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The /lab page's three charts as inline SVG ({@code lab-charts}), from the same figures as its tables. Drawing
 * needs fonts (headless AWT measures text); where it fails the chart is null, the page shows the table alone, and
 * the failure is logged once.
 */
@Component
class LabCharts {

    /** The availability chart shows the window's last 5 minutes: a drill and its recovery fit, and the SVG stays small. */
    static final Duration AVAILABILITY_SPAN = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(LabCharts.class);

    private final AvailabilityRecorder recorder;
    private final AtomicBoolean failureLogged = new AtomicBoolean();

    LabCharts(AvailabilityRecorder recorder) {
        this.recorder = recorder;
    }

    /** Answers per second by kind, all routes together, with each breaker's open spells and the last drill shaded. */
    String availability(LabFigures.Availability figures) {
        return draw(() -> {
            Instant to = figures.to();
            Instant from = to.minus(AVAILABILITY_SPAN).isBefore(figures.from()) ? figures.from() : to.minus(AVAILABILITY_SPAN);
            Map<String, List<AvailabilityRecorder.Second>> byRoute = new java.util.LinkedHashMap<>();
            AvailabilityRecorder.ROUTES.keySet().forEach(route -> byRoute.put(route, recorder.seconds(route, from, to)));
            List<Series.Timeline> lines = new ArrayList<>();
            for (Answer answer : Answer.values()) {
                List<Series.Moment> moments = new ArrayList<>();
                int seconds = byRoute.values().iterator().next().size();
                for (int i = 0; i < seconds; i++) {
                    int index = i;
                    double sum = byRoute.values().stream().mapToLong(list -> count(list.get(index), answer)).sum();
                    moments.add(new Series.Moment(byRoute.values().iterator().next().get(i).at(), sum));
                }
                lines.add(new Series.Timeline(answer.key(), moments));
            }
            List<Series.Band> bands = new ArrayList<>();
            byRoute.forEach((route, seconds) -> openSpells(route, seconds, bands));
            if (figures.lastDrill() != null && figures.lastDrill().to().isAfter(from)) {
                LabFigures.DrillFigures drill = figures.lastDrill();
                bands.add(new Series.Band(drill.drill().path("fault").asString("") + " drill on " + drill.drill().path("service").asString(""),
                        drill.from().isBefore(from) ? from : drill.from(), drill.drill().path("endedAt").isString() ? drill.to() : null));
            }
            return SvgCharts.timelines(Chart.of("availability-chart", "What readers got, per second (all routes)",
                    "Answers per second through the gateway, fresh, stale, refused and failed, over the last "
                            + AVAILABILITY_SPAN.toMinutes() + " minutes, with circuit breaker open spells and the last drill shaded"),
                    "answers per second", lines, bands);
        });
    }

    private static long count(AvailabilityRecorder.Second second, Answer answer) {
        return switch (answer) {
            case FRESH -> second.fresh();
            case STALE -> second.stale();
            case REFUSED -> second.refused();
            case FAILED -> second.failed();
        };
    }

    /** Each run of seconds in which {@code route}'s breaker was not closed, as a band. */
    private static void openSpells(String route, List<AvailabilityRecorder.Second> seconds, List<Series.Band> bands) {
        Instant start = null;
        for (AvailabilityRecorder.Second second : seconds) {
            boolean open = !second.breaker().equals("closed");
            if (open && start == null) {
                start = second.at();
            } else if (!open && start != null) {
                bands.add(new Series.Band(route + " breaker open", start, second.at()));
                start = null;
            }
        }
        if (start != null) {
            bands.add(new Series.Band(route + " breaker open", start, null));
        }
    }

    /** The lag histogram of each hop over the window, as grouped bars by bucket. */
    String consistency(LabFigures.Consistency figures) {
        List<Map.Entry<String, JsonNode>> hops = figures.hops().entrySet().stream().filter(hop -> hop.getValue() != null).toList();
        if (hops.isEmpty()) {
            return null;
        }
        return draw(() -> {
            List<String> buckets = hops.getFirst().getValue().path("histogram").values().stream().map(LabCharts::bucketLabel).toList();
            List<Series.Bars> bars = hops.stream().map(hop -> new Series.Bars(hop.getKey(), hop.getValue().path("histogram").values().stream()
                    .map(bucket -> bucket.path("count").asDouble(0)).toList())).toList();
            return SvgCharts.bars(Chart.of("consistency-chart", "From vote to verdict and to page",
                    "How many votes took how long to reach the verdict and the page, over the window, by lag bucket"),
                    "lag", "votes", buckets, bars);
        });
    }

    static String bucketLabel(JsonNode bucket) {
        JsonNode to = bucket.path("toMs");
        return SvgCharts.durationRange(bucket.path("fromMs").asLong(), to.isNumber() ? to.asLong() : null);
    }

    /** Units per second against threads (local) and replicas (distributed). */
    String scaling(LabFigures.Scaling figures) {
        if (figures.local() == null || (figures.local().isEmpty() && figures.distributed().isEmpty())) {
            return null;
        }
        return draw(() -> SvgCharts.lines(Chart.of("scaling-chart", "Scale up against scale out",
                        "Recompute throughput in verdicts computed per second against threads on one instance and against replicas"),
                "threads (local) or replicas (distributed)", "verdicts computed per second",
                List.of(line("local (threads)", figures.local()), line("distributed (replicas)", figures.distributed()))));
    }

    private static Series.Line line(String name, List<LabFigures.Point> points) {
        return new Series.Line(name, points.stream().map(point -> new Series.Point(point.x(), point.unitsPerSecond())).toList());
    }

    private String draw(Supplier<String> chart) {
        try {
            return chart.get();
        } catch (RuntimeException | Error cannotDraw) { // no font, or AWT cannot start headless: the table stands alone
            if (failureLogged.compareAndSet(false, true)) {
                log.warn("The lab's charts cannot be drawn here; the page shows their tables only", cannotDraw);
            }
            return null;
        }
    }
}
