package dev.nicepick.benchmarks;

import dev.nicepick.lab.Machine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The report shows every harness beside its reference with its ratio, and says so when a harness did not run. */
class BenchReportTest {

    private static final Machine MACHINE = new Machine(2, 8L << 30, "OpenJDK 25", "Linux amd64", "abc1234");

    static BenchResults complete() {
        WrkOutput direct = new WrkOutput(24000, 10, 2400, 10, 40, 0, 0);
        WrkOutput nginx = new WrkOutput(19500, 10, 1950, 12, 57, 0, 0);
        WrkOutput gateway = new WrkOutput(9000, 10, 900, 30, 110, 0, 0);
        GatewayHarness.Result g = new GatewayHarness.Result(GatewayHarness.PATH, 32,
                List.of(new GatewayHarness.Round("direct", 1, direct), new GatewayHarness.Round("nginx", 1, nginx),
                        new GatewayHarness.Round("gateway", 1, gateway)),
                List.of(new GatewayHarness.Target("direct", "http://127.0.0.1:8081", 2400.0, 10.0, 40.0),
                        new GatewayHarness.Target("nginx", "http://127.0.0.1:40000", 1950.0, 12.0, 57.0),
                        new GatewayHarness.Target("gateway", "http://127.0.0.1:8080", 900.0, 30.0, 110.0)),
                0.46, 0.38, 0.81, 53.0, 0);
        IntakeHarness.Result i = new IntakeHarness.Result(32, 17, List.of(new IntakeHarness.Round(1, new WrkOutput(2400, 10, 240, 100, 300, 0, 0),
                2400, 0, 240.0, new PgbenchOutput(12140, 1214, 26, 0))), 240.0, 1214.0, 0.2, 2900, 64, 2930);
        PropagationHarness.Result p = new PropagationHarness.Result(2000, new KafkaLatencyOutput(3.1, 2, 14, 31), 20, 30, 600, 600, java.util.Map.of(),
                Instant.parse("2026-11-30T10:00:00Z"), Instant.parse("2026-11-30T10:00:30Z"),
                new PropagationHarness.Lag("vote-to-verdict", 600, 141L, 300L, 402L, 500L), new PropagationHarness.Lag("vote-to-page", 600, 160L, 320L, 420L, 520L), 28.71);
        StartupHarness.Result s = new StartupHarness.Result(List.of(new StartupHarness.Start("topics-service", 1, 8000, 12000)),
                List.of(new StartupHarness.Process("topics-service", 8000.0, 12000.0)), 22.5, 95.0,
                List.of(new StartupHarness.Memory("topics-service", "idle", 300.0, new JvmMemory(40, 80, 110)),
                        new StartupHarness.Memory("topics-service", "after load", 380.0, null)), List.of());
        EngineHarness.Result e = new EngineHarness.Result(List.of(), List.of(new EngineHarness.Row(2, 515488.3, 32793.1)));
        return new BenchResults(MACHINE, "full", Instant.parse("2026-11-30T10:00:00Z"), Instant.parse("2026-11-30T10:12:00Z"),
                BenchOptions.HARNESSES, g, i, p, s, e, List.of());
    }

    @Test
    void theReadmeShowsEachPathBesideItsReferenceWithItsRatioAndGoal() throws Exception {
        String readme = BenchReport.readme(complete());

        assertThat(readme).doesNotContain("{{")
                .contains("| read through the gateway | 900 req/s, p99 110.0 ms | nginx: 1,950 req/s, p99 57.0 ms (direct: 2,400 req/s) | 0.46x nginx, p99 +53.0 ms |")
                .contains("| durable feedback intake | 240.0 accepted/s | pgbench TPC-B-like, 32 clients: 1,214.0 tps | 0.20x | >= 0.6x |")
                .contains("| vote accepted -> verdict that includes it | p50 141 ms, p99 402 ms | Kafka's end-to-end latency: p99 14 ms | 28.71x |")
                .contains("topics-service 8.0 s", "`bin/run` ready: 23 s", "idle: topics-service 300", "after load: topics-service 380")
                .contains("Every answer, warm-ups included, was a 2xx")
                .contains("2900 votes were answered 202 (warm-up included) and 2930 feedback rows were stored meanwhile; wrk left at most 64 "
                        + "answers unread (in flight when a run's time was up, or timed out): every 202 is stored.")
                .contains("| 2 | 515,488.3 | 32,793.1 |")
                .contains("| topics-service | after load | 380 | n/a | n/a | n/a |")
                .contains("None: every selected harness ran.");
    }

    @Test
    void aHarnessThatDidNotRunIsSaidSoAndHasNoChart() throws Exception {
        BenchResults none = new BenchResults(MACHINE, "smoke", Instant.parse("2026-11-30T10:00:00Z"), Instant.parse("2026-11-30T10:01:00Z"),
                List.of("engine"), null, null, null, null, null, List.of("engine: JMH wrote no results"));

        String readme = BenchReport.readme(none);

        assertThat(readme).doesNotContain("{{").contains("_Not measured in this run").contains("- engine: JMH wrote no results");
        assertThat(BenchReport.charts(none)).isEmpty();
    }

    @Test
    void theReportFolderHoldsResultsChartsAndReadme(@TempDir Path folder) throws Exception {
        JsonMapper json = JsonMapper.builder().build();

        BenchReport.write(folder, complete(), json);

        assertThat(folder.resolve("README.md")).exists();
        assertThat(json.readTree(Files.readString(folder.resolve("results.json"))).path("gateway").path("gatewayToNginx").asDouble()).isEqualTo(0.46);
        assertThat(json.readTree(Files.readString(folder.resolve("results.json"))).path("machine").path("cores").asInt()).isEqualTo(2);
        for (String chart : List.of("gateway.svg", "gateway-latency.svg", "intake.svg", "propagation.svg", "startup.svg", "memory.svg")) {
            assertThat(Files.readString(folder.resolve(chart))).as(chart).startsWith("<svg");
        }
    }

    @Test
    void intakeIsDurableWhenEvery202IsStoredAndAnyExtraRowIsOfAnAnswerWrkNeverRead() {
        assertThat(intake(2900, 64, 2900).durable()).isTrue();
        assertThat(intake(2900, 64, 2964).durable()).isTrue();
        assertThat(intake(2900, 64, 2899).durable()).as("a 202 without its row").isFalse();
        assertThat(intake(2900, 64, 2965).durable()).as("rows no answer explains").isFalse();
    }

    private static IntakeHarness.Result intake(long accepted, long unanswered, long stored) {
        return new IntakeHarness.Result(32, 17, List.of(), 240.0, 1214.0, 0.2, accepted, unanswered, stored);
    }

    @Test
    void optionsSelectHarnessesInTheirOwnOrderAndRefuseUnknownOnes() {
        String[] args = {"--profile", "smoke", "--out", "target/bench", "--work", "/tmp/w", "--only", "engine,gateway", "--jfr", "true",
                "--root", ".", "--data", "/tmp/d", "--ports", "gateway=8080,postgres=15432", "--commit", "abc", "--time-limit", "300",
                "--suite-ready-seconds", "unknown", "--suite-first-ready-seconds", "61.5"};

        BenchOptions options = BenchOptions.parse(args);

        assertThat(options.harnesses()).containsExactly("gateway", "engine");
        assertThat(options.suite().port("postgres")).isEqualTo(15432);
        assertThat(options.suiteReadySeconds()).isNull();
        assertThat(options.suiteFirstReadySeconds()).isEqualTo(61.5);
        assertThat(options.profile()).isEqualTo(BenchProfile.SMOKE);
        args[7] = "gateway,recompute";
        assertThatThrownBy(() -> BenchOptions.parse(args)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recompute");
    }
}
