package dev.nicepick.benchmarks;

import dev.nicepick.charts.Chart;
import dev.nicepick.charts.Series;
import dev.nicepick.charts.SvgCharts;
import dev.nicepick.lab.ReportRun;
import dev.nicepick.lab.ReportTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a run's report into one folder: {@code results.json} (every figure and the machine's facts), the charts as
 * SVG (drawn with lab-charts) and {@code README.md} from the template beside this class ({@link BenchFigures}).
 */
public final class BenchReport {

    private BenchReport() {
    }

    /** Writes the report; returns the files written. */
    public static List<Path> write(Path folder, BenchResults results, JsonMapper json) throws IOException {
        return ReportRun.writeFolder(folder, results, charts(results), readme(results), json);
    }

    /** The README: the template filled with the run's figures. */
    static String readme(BenchResults results) throws IOException {
        try (InputStream template = BenchReport.class.getResourceAsStream("README.template.md")) {
            return ReportTemplate.fill(new String(template.readAllBytes(), StandardCharsets.UTF_8), BenchFigures.of(results));
        }
    }

    /** Each chart's file name and SVG text; a harness that did not run has none. */
    static Map<String, String> charts(BenchResults results) {
        Map<String, String> charts = new LinkedHashMap<>();
        if (results.gateway() != null) {
            List<GatewayHarness.Target> targets = results.gateway().targets();
            List<String> names = targets.stream().map(GatewayHarness.Target::name).toList();
            charts.put("gateway.svg", SvgCharts.bars(Chart.of("gateway", "GET " + GatewayHarness.PATH + ": requests per second",
                            "Median requests per second of the same read straight to topics-service, through nginx and through the gateway, "
                                    + "32 connections, wrk."), "target", "requests per second", names,
                    List.of(new Series.Bars("req/s (median)", values(targets, GatewayHarness.Target::requestsPerSecond)))));
            charts.put("gateway-latency.svg", SvgCharts.bars(Chart.of("gateway-latency", "GET " + GatewayHarness.PATH + ": latency",
                            "Median p50 and p99 latency of the same read straight to topics-service, through nginx and through the gateway."),
                    "target", "milliseconds", names, List.of(new Series.Bars("p50", values(targets, GatewayHarness.Target::p50Ms)),
                            new Series.Bars("p99", values(targets, GatewayHarness.Target::p99Ms)))));
        }
        if (results.intake() != null) {
            List<IntakeHarness.Round> rounds = results.intake().rounds();
            charts.put("intake.svg", SvgCharts.bars(Chart.of("intake", "Durable intake beside pgbench",
                            "Votes accepted per second (202, stored with their event) by feedback-service, and pgbench's TPC-B-like "
                                    + "transactions per second on the same PostgreSQL, 32 clients each, per round."),
                    "round", "per second", rounds.stream().map(r -> "round " + r.round()).toList(),
                    List.of(new Series.Bars("accepted votes/s", values(rounds, IntakeHarness.Round::acceptedPerSecond)),
                            new Series.Bars("pgbench tps", values(rounds, r -> r.pgbench().tps())))));
        }
        if (results.propagation() != null) {
            PropagationHarness.Result p = results.propagation();
            charts.put("propagation.svg", SvgCharts.bars(Chart.of("propagation", "Propagation lag beside Kafka's end-to-end latency",
                            "p50 and p99 of Kafka's own end-to-end latency (acks=all) and of the lag from an accepted vote to its "
                                    + "verdict and to its page, milliseconds."), "percentile", "milliseconds", List.of("p50", "p99"),
                    List.of(new Series.Bars("Kafka end-to-end", List.of((double) p.kafka().p50Ms(), (double) p.kafka().p99Ms())),
                            lagBars(p.voteToVerdict(), "vote-to-verdict"), lagBars(p.voteToPage(), "vote-to-page"))));
        }
        if (results.startup() != null) {
            StartupHarness.Result s = results.startup();
            List<String> names = s.processes().stream().map(StartupHarness.Process::name).toList();
            charts.put("startup.svg", SvgCharts.bars(Chart.of("startup", "Start-up of each process alone",
                            "Milliseconds from launch to readiness, and CPU milliseconds used by then, of each service and the gateway "
                                    + "started alone (median)."), "process", "milliseconds", names,
                    List.of(new Series.Bars("ready", values(s.processes(), StartupHarness.Process::readyMs)),
                            new Series.Bars("CPU time", values(s.processes(), StartupHarness.Process::cpuMs)))));
            charts.put("memory.svg", SvgCharts.bars(Chart.of("memory", "Resident memory per process",
                            "RSS in MiB of each process at idle after the start and after the load harnesses, and its heap in use after load."),
                    "process", "MiB", names, List.of(memoryBars(s, names, "idle", m -> m.rssMib(), "RSS idle"),
                            memoryBars(s, names, "after load", m -> m.rssMib(), "RSS after load"),
                            memoryBars(s, names, "after load", m -> m.jvm() == null ? null : m.jvm().heapUsedMib(), "heap used after load"))));
        }
        return charts;
    }

    private static Series.Bars lagBars(PropagationHarness.Lag lag, String name) {
        return new Series.Bars(name, List.of(zeroIfNull(lag.p50Ms()), zeroIfNull(lag.p99Ms())));
    }

    private static Series.Bars memoryBars(StartupHarness.Result s, List<String> names, String when,
                                          Function<StartupHarness.Memory, Double> figure, String series) {
        return new Series.Bars(series, names.stream().map(name -> s.memory().stream()
                .filter(m -> m.process().equals(name) && m.when().equals(when)).findFirst().map(figure).orElse(null))
                .map(BenchReport::zeroIfNull).toList());
    }

    private static <T> List<Double> values(List<T> items, Function<T, Double> figure) {
        return items.stream().map(figure).map(BenchReport::zeroIfNull).toList();
    }

    /** A chart draws a missing figure as 0 (the README's table says "n/a" for it). */
    private static double zeroIfNull(Number value) {
        return value == null ? 0 : value.doubleValue();
    }
}
