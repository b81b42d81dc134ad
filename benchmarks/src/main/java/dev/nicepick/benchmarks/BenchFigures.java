package dev.nicepick.benchmarks;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The README template's figures: the run's facts, a summary table (each path beside its reference, with the ratio
 * and the goal) and one section per harness; a harness that did not run says so instead of showing a hole.
 */
public final class BenchFigures {

    private static final String NOT_RUN = "_Not measured in this run (not selected, or it failed: see Failures)._";

    private BenchFigures() {
    }

    /** Every placeholder of README.template.md and its text. */
    public static Map<String, String> of(BenchResults r) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("date", r.started().toString().substring(0, 10));
        f.put("profile", r.profile());
        f.put("commit", r.machine().commit());
        f.put("machine", String.format(Locale.ROOT, "%d cores, %.1f GiB, %s, %s", r.machine().cores(),
                r.machine().memoryBytes() / 1024.0 / 1024 / 1024, r.machine().jdk(), r.machine().os()));
        f.put("harnesses", String.join(", ", r.harnesses()));
        f.put("summary", summary(r));
        f.put("gateway", r.gateway() == null ? NOT_RUN : gateway(r.gateway()));
        f.put("intake", r.intake() == null ? NOT_RUN : intake(r.intake()));
        f.put("propagation", r.propagation() == null ? NOT_RUN : propagation(r.propagation()));
        f.put("startup", r.startup() == null ? NOT_RUN : startup(r.startup()));
        f.put("engine", r.engine() == null ? NOT_RUN : engine(r.engine()));
        f.put("failures", r.failures().isEmpty() ? "None: every selected harness ran."
                : r.failures().stream().map(x -> "- " + x).collect(Collectors.joining("\n")));
        return f;
    }

    static String summary(BenchResults r) {
        StringBuilder t = new StringBuilder("| path | this run | reference, same run | ratio | goal |\n| --- | --- | --- | --- | --- |\n");
        if (r.gateway() != null) {
            GatewayHarness.Target nginx = r.gateway().targets().get(1);
            GatewayHarness.Target gateway = r.gateway().targets().get(2);
            t.append(String.format(Locale.ROOT, "| read through the gateway | %s req/s, p99 %s ms | nginx: %s req/s, p99 %s ms (direct: %s req/s) | %s nginx, p99 %s ms | >= 0.8x nginx, p99 <= nginx + 10 ms |%n",
                    n(gateway.requestsPerSecond(), 0), n(gateway.p99Ms(), 1), n(nginx.requestsPerSecond(), 0), n(nginx.p99Ms(), 1),
                    n(r.gateway().targets().getFirst().requestsPerSecond(), 0), Ratios.text(r.gateway().gatewayToNginx()),
                    signed(r.gateway().p99AboveNginxMs())));
        }
        if (r.intake() != null) {
            t.append(String.format(Locale.ROOT, "| durable feedback intake | %s accepted/s | pgbench TPC-B-like, 32 clients: %s tps | %s | >= 0.6x |%n",
                    n(r.intake().acceptedPerSecond(), 1), n(r.intake().tps(), 1), Ratios.text(r.intake().ratio())));
        }
        if (r.propagation() != null) {
            PropagationHarness.Result p = r.propagation();
            t.append(String.format(Locale.ROOT, "| vote accepted -> verdict that includes it | p50 %s ms, p99 %s ms | Kafka's end-to-end latency: p99 %d ms | %s | p99 <= 10x Kafka's p99 |%n",
                    n(p.voteToVerdict().p50Ms(), 0), n(p.voteToVerdict().p99Ms(), 0), p.kafka().p99Ms(), Ratios.text(p.ratio())));
        }
        if (r.startup() != null) {
            String alone = r.startup().processes().stream().map(p -> p.name() + " " + n(p.readyMs() == null ? null : p.readyMs() / 1000, 1) + " s")
                    .collect(Collectors.joining(", "));
            t.append("| service start | alone: ").append(alone).append("; `bin/run` ready: ").append(n(r.startup().suiteReadySeconds(), 0))
                    .append(" s | - | - | each <= 3 s alone; `bin/run` ready <= 20 s when nothing needs building |\n");
            String rss = r.startup().memory().stream().filter(m -> m.when().equals("idle"))
                    .map(m -> m.process() + " " + n(m.rssMib(), 0)).collect(Collectors.joining(", "));
            String after = r.startup().memory().stream().filter(m -> m.when().equals("after load"))
                    .map(m -> m.process() + " " + n(m.rssMib(), 0)).collect(Collectors.joining(", "));
            t.append("| memory (RSS, MiB) | idle: ").append(rss).append("; after load: ").append(after)
                    .append(" | - | - | <= 250 MiB at idle, heap sized by the limit |\n");
        }
        return t.toString().strip();
    }

    static String gateway(GatewayHarness.Result g) {
        StringBuilder t = new StringBuilder("| target | round | req/s | p50 ms | p99 ms | non-2xx or lost |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (GatewayHarness.Round round : g.rounds()) {
            t.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.2f | %.2f | %d |%n", round.target(), round.round(),
                    round.wrk().requestsPerSecond(), round.wrk().p50Ms(), round.wrk().p99Ms(), round.wrk().non2xx() + round.wrk().socketErrors()));
        }
        for (GatewayHarness.Target target : g.targets()) {
            t.append(String.format(Locale.ROOT, "| **%s, median** | | **%s** | **%s** | **%s** | |%n", target.name(), n(target.requestsPerSecond(), 0),
                    n(target.p50Ms(), 2), n(target.p99Ms(), 2)));
        }
        return t + String.format(Locale.ROOT, "%nGateway / nginx: **%s** (gateway / direct %s, nginx / direct %s); the gateway's p99 is %s ms "
                        + "from nginx's. %s", Ratios.text(g.gatewayToNginx()), Ratios.text(g.gatewayToDirect()), Ratios.text(g.nginxToDirect()),
                signed(g.p99AboveNginxMs()), g.all2xx() ? "Every answer, warm-ups included, was a 2xx (wrk's non-2xx count and socket errors: 0)."
                        : "**" + g.unanswered() + " answers were not 2xx or were lost** (wrk's non-2xx count and socket errors).");
    }

    static String intake(IntakeHarness.Result i) {
        StringBuilder t = new StringBuilder("| round | accepted/s | other answers | p50 ms | p99 ms | pgbench tps | pgbench latency ms | ratio |\n"
                + "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (IntakeHarness.Round r : i.rounds()) {
            t.append(String.format(Locale.ROOT, "| %d | %.1f | %d | %.2f | %.2f | %.1f | %.2f | %s |%n", r.round(), r.acceptedPerSecond(), r.other(),
                    r.wrk().p50Ms(), r.wrk().p99Ms(), r.pgbench().tps(), r.pgbench().latencyMs(), Ratios.text(Ratios.of(r.acceptedPerSecond(), r.pgbench().tps()))));
        }
        return t + String.format(Locale.ROOT, "%nMedians: **%s accepted/s** against pgbench's **%s tps**: **%s**. Durable: %d votes were "
                        + "answered 202 (warm-up included) and %d feedback rows were stored meanwhile; wrk left at most %d answers unread "
                        + "(in flight when a run's time was up, or timed out): %s.", n(i.acceptedPerSecond(), 1), n(i.tps(), 1),
                Ratios.text(i.ratio()), i.accepted(), i.stored(), i.unanswered(),
                i.durable() ? "every 202 is stored" : "**fewer rows than 202s, or more than the unread answers explain**");
    }

    static String propagation(PropagationHarness.Result p) {
        return String.format(Locale.ROOT, """
                        | measure | samples | p50 ms | p95 ms | p99 ms | max ms |
                        | --- | ---: | ---: | ---: | ---: | ---: |
                        | Kafka end-to-end (acks=all, 100 B, one at a time) | %d | %d | - | %d | p99.9: %d |
                        | vote-to-verdict (verdict-service) | %d | %s | %s | %s | %s |
                        | vote-to-page (topics-service) | %d | %s | %s | %s | %s |

                        Load: %d votes/s for %d s straight to feedback-service (%d sent, %d accepted; others by status, 0 for no answer: %s). p99 vote-to-verdict / Kafka's p99: **%s**.""",
                p.kafkaMessages(), p.kafka().p50Ms(), p.kafka().p99Ms(), p.kafka().p999Ms(),
                p.voteToVerdict().count(), n(p.voteToVerdict().p50Ms(), 0), n(p.voteToVerdict().p95Ms(), 0), n(p.voteToVerdict().p99Ms(), 0), n(p.voteToVerdict().maxMs(), 0),
                p.voteToPage().count(), n(p.voteToPage().p50Ms(), 0), n(p.voteToPage().p95Ms(), 0), n(p.voteToPage().p99Ms(), 0), n(p.voteToPage().maxMs(), 0),
                p.votesPerSecond(), p.loadSeconds(), p.sent(), p.accepted(), p.otherAnswers(), Ratios.text(p.ratio()));
    }

    static String startup(StartupHarness.Result s) {
        StringBuilder t = new StringBuilder("| process | starts | ready, median ms | CPU to ready, median ms |\n| --- | ---: | ---: | ---: |\n");
        for (StartupHarness.Process p : s.processes()) {
            long starts = s.starts().stream().filter(x -> x.process().equals(p.name())).count();
            t.append(String.format(Locale.ROOT, "| %s | %d | %s | %s |%n", p.name(), starts, n(p.readyMs(), 0), n(p.cpuMs(), 0)));
        }
        t.append(String.format(Locale.ROOT, "%n`bin/run` was ready in **%s s** when nothing needed building (started again on the data of its "
                + "first start, each process's AOT cache trained: the embedded Kafka and PostgreSQL, the three services at once, then the "
                + "gateway, each waited on until its readiness probe answers). Its first start after the build took %s s: fresh data, and "
                + "each process's AOT cache trained once when its jar is new.%n%n", n(s.suiteReadySeconds(), 0), n(s.suiteFirstReadySeconds(), 0)));
        t.append("| process | when | RSS MiB | heap used MiB | heap committed MiB | non-heap used MiB |\n| --- | --- | ---: | ---: | ---: | ---: |\n");
        for (StartupHarness.Memory m : s.memory()) {
            t.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", m.process(), m.when(), n(m.rssMib(), 0),
                    m.jvm() == null ? "n/a" : n(m.jvm().heapUsedMib(), 0), m.jvm() == null ? "n/a" : n(m.jvm().heapCommittedMib(), 0),
                    m.jvm() == null ? "n/a" : n(m.jvm().nonHeapUsedMib(), 0)));
        }
        return t.toString().strip();
    }

    static String engine(EngineHarness.Result e) {
        StringBuilder t = new StringBuilder("| options | verdicts/s | ± (99.9% CI) |\n| ---: | ---: | ---: |\n");
        for (EngineHarness.Row row : e.rows()) {
            t.append(String.format(Locale.ROOT, "| %d | %,.1f | %s |%n", row.options(), row.verdictsPerSecond(),
                    row.error() == null ? "n/a (one iteration)" : String.format(Locale.ROOT, "%,.1f", row.error())));
        }
        return t + "\nJMH options: " + (e.jmhArguments().isEmpty() ? "the benchmark's own (1 fork, 3 warm-up and 5 measured iterations of 2 s)"
                : "`" + String.join(" ", e.jmhArguments()) + "`") + ".";
    }

    /** A figure with {@code decimals} decimals, or {@code n/a}. */
    static String n(Number value, int decimals) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%,." + decimals + "f", value.doubleValue());
    }

    private static String signed(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%+.1f", value);
    }
}
