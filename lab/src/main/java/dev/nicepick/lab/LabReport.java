package dev.nicepick.lab;

import dev.nicepick.charts.Chart;
import dev.nicepick.charts.Series;
import dev.nicepick.charts.SvgCharts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Writes a run's report into one folder: {@code results.json} (every figure and the raw series), the charts as SVG
 * (drawn with lab-charts, as the /lab page draws them) and {@code README.md} from the template beside this class.
 */
public final class LabReport {

    private LabReport() {
    }

    /** Writes the report; returns the files written. */
    public static List<Path> write(Path folder, LabResults results, JsonMapper json) throws IOException {
        return ReportRun.writeFolder(folder, results, charts(results), readme(results), json);
    }

    /** The README: the template filled with the run's figures. */
    static String readme(LabResults results) throws IOException {
        try (InputStream template = LabReport.class.getResourceAsStream("README.template.md")) {
            return ReportTemplate.fill(new String(template.readAllBytes(), StandardCharsets.UTF_8), ReportFigures.of(results));
        }
    }

    /** Each chart's file name and SVG text; an experiment that failed has none. */
    static Map<String, String> charts(LabResults results) {
        Map<String, String> charts = new LinkedHashMap<>();
        if (results.availability() != null) {
            charts.put("availability.svg", availability(results.availability()));
        }
        if (results.consistency() != null) {
            ConsistencyExperiment.Result consistency = results.consistency();
            List<ConsistencyExperiment.Window> windows = new ArrayList<>(List.of(consistency.burst()));
            windows.addAll(consistency.drills());
            for (ConsistencyExperiment.Window window : windows) {
                String id = "lag-" + window.name().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
                charts.put(id + ".svg", lag(id, window));
            }
        }
        if (results.scale() != null) {
            charts.put("scale.svg", scale(results.scale()));
        }
        return charts;
    }

    private static String availability(AvailabilityExperiment.Result result) {
        List<PerSecondTally.Second> seconds = result.perSecond().getOrDefault(SteadyLoad.VERDICTS, List.of());
        List<Series.Timeline> lines = List.of(timeline("fresh", seconds, PerSecondTally.Second::fresh),
                timeline("stale (marked)", seconds, PerSecondTally.Second::stale),
                timeline("refused (503)", seconds, PerSecondTally.Second::refused),
                timeline("other", seconds, PerSecondTally.Second::other));
        List<Series.Band> bands = new ArrayList<>();
        result.drills().forEach(d -> bands.add(new Series.Band(d.fault() + " drill", d.startedAt(), d.endedAt())));
        BreakerWatch.notClosed(result.breakers(), "verdicts")
                .forEach(i -> bands.add(new Series.Band(i.name() + " breaker not closed", i.from(), i.to())));
        return SvgCharts.timelines(Chart.of("availability", "Verdict reads through the gateway, per second",
                "What the lab's readers got each second from GET /api/verdicts while verdict-service was drilled: "
                        + "fresh, stale (marked) or refused; the drills and open breakers are shaded."),
                "answers per second", lines, bands);
    }

    private static Series.Timeline timeline(String name, List<PerSecondTally.Second> seconds, ToIntFunction<PerSecondTally.Second> count) {
        return new Series.Timeline(name, seconds.stream().map(s -> new Series.Moment(s.at(), count.applyAsInt(s))).toList());
    }

    private static String lag(String id, ConsistencyExperiment.Window window) {
        List<String> categories = new ArrayList<>();
        for (JsonNode bucket : window.voteToVerdict().path("histogram")) {
            categories.add(SvgCharts.durationRange(bucket.path("fromMs").asLong(),
                    bucket.path("toMs").isNumber() ? bucket.path("toMs").asLong() : null));
        }
        List<Series.Bars> bars = List.of(bars(window.voteToVerdict(), categories.size()), bars(window.voteToPage(), categories.size()));
        return SvgCharts.bars(Chart.of(id, "Propagation lag, " + window.name(),
                        "How long after feedback-service accepted a vote its verdict was published (vote-to-verdict) "
                                + "and shown on the topic's page (vote-to-page), over " + window.name() + "."),
                "lag", "samples", categories, bars);
    }

    private static Series.Bars bars(JsonNode hop, int categories) {
        List<Double> counts = new ArrayList<>();
        hop.path("histogram").forEach(bucket -> counts.add(bucket.path("count").asDouble()));
        while (counts.size() < categories) {
            counts.add(0.0);
        }
        return new Series.Bars(hop.path("hop").asString("?"), counts.subList(0, categories));
    }

    private static String scale(ScaleExperiment.Result result) {
        List<Series.Point> local = new ArrayList<>();
        List<Series.Point> distributed = new ArrayList<>();
        for (ScaleExperiment.Setting setting : result.settings()) {
            if (setting.threads() != null) {
                local.add(new Series.Point(setting.threads(), setting.medianUnitsPerSecond()));
            } else {
                distributed.add(new Series.Point(setting.replicas(), setting.medianUnitsPerSecond()));
            }
        }
        return SvgCharts.lines(Chart.of("scale", "Recompute throughput: threads against replicas",
                        "Verdicts computed per second (median of the runs) against local threads on one instance, "
                                + "and against verdict-service replicas in distributed mode, on a " + result.cores() + "-core machine."),
                "threads (local) or replicas (distributed)", "verdicts per second",
                List.of(new Series.Line("local: threads", local), new Series.Line("distributed: replicas", distributed)));
    }
}
