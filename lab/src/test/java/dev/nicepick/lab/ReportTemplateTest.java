package dev.nicepick.lab;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportTemplateTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void everyPlaceholderBecomesItsFigure() {
        assertThat(ReportTemplate.fill("p95 {{lag.p95}} ms on {{cores}} cores ($1, \\n kept)", Map.of("lag.p95", "90", "cores", "2")))
                .isEqualTo("p95 90 ms on 2 cores ($1, \\n kept)");
    }

    @Test
    void aPlaceholderWithoutAFigureOrAFigureWithoutAPlaceholderIsRefused() {
        assertThatThrownBy(() -> ReportTemplate.fill("{{a}} and {{b}}", Map.of("a", "1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[b]");
        assertThatThrownBy(() -> ReportTemplate.fill("{{a}}", Map.of("a", "1", "c", "3")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[c]");
    }

    @Test
    void theReadmeShowsARunsFiguresAndSaysWhatCouldNotBeMeasured() throws Exception {
        LabResults results = new LabResults(new Machine(2, 2L * 1073741824, "OpenJDK 21", "Linux amd64", "abc1234"), "full",
                T0, T0.plusSeconds(600), LabResults.UNITS, null, consistency(), scale(), List.of("availability: drills are off"));

        String readme = LabReport.readme(results);

        assertThat(readme).contains("profile **full**", "2026-11-30 08:00 UTC", "commit `abc1234`", "2 cores, 2.0 GiB, OpenJDK 21")
                .contains("Experiments that failed: availability: drills are off.")
                .contains(ReportFigures.NOT_MEASURED)
                .contains("40 votes by 8 readers in 2.5 s: 38 accepted, 1 unchanged, others by status {429=1}")
                .contains("| burst | vote-to-verdict | 38 | 41 | 90 | 140 | 180 |")
                .contains("| burst | vote-to-page | 38 | 60 | 120 | 150 | 200 |")
                .contains("| local | 1 | – | 17 | 100.0 |", "| local | 2 | – | 17 | 190.0 |", "| distributed | – | 2 | 17 | 150.0 |")
                .contains("the best local throughput came with 2 threads, 1.90× one thread's")
                .contains("Two replicas against one: 0.83×", "two replicas reach 79% of two local threads' throughput")
                .contains("beyond the machine's cores more threads add little (none was faster than 2)")
                .contains("ended 12.5 s after it")
                .doesNotContain("{{");
        assertThat(LabReport.charts(results)).containsOnlyKeys("lag-burst.svg", "scale.svg")
                .allSatisfy((name, svg) -> assertThat(svg).startsWith("<svg"));
    }

    private static ConsistencyExperiment.Result consistency() {
        String buckets = "[{\"fromMs\":0,\"toMs\":25,\"count\":3},{\"fromMs\":25,\"toMs\":null,\"count\":35}]";
        JsonNode verdict = JSON.readTree("{\"hop\":\"vote-to-verdict\",\"count\":38,\"p50Ms\":41,\"p95Ms\":90,\"p99Ms\":140,\"maxMs\":180,\"histogram\":" + buckets + "}");
        JsonNode page = JSON.readTree("{\"hop\":\"vote-to-page\",\"count\":38,\"p50Ms\":60,\"p95Ms\":120,\"p99Ms\":150,\"maxMs\":200,\"histogram\":" + buckets + "}");
        return new ConsistencyExperiment.Result(40, 8, 38, 1, Map.of(429, 1), 2500,
                new ConsistencyExperiment.Window("burst", T0, T0.plusSeconds(30), verdict, page), List.of(), JSON.readTree("{}"));
    }

    private static ScaleExperiment.Result scale() {
        return new ScaleExperiment.Result(2, 40, 1, JSON.readTree("{}"), List.of(
                setting("local", 1, null, 100), setting("local", 2, null, 190),
                setting("distributed", null, 2, 150), setting("distributed", null, 1, 180)), Map.of(8092, 900L), 12_500L);
    }

    private static ScaleExperiment.Setting setting(String mode, Integer threads, Integer replicas, double unitsPerSecond) {
        JsonNode run = JSON.readTree("{\"mode\":\"" + mode + "\",\"topics\":17,\"unitsPerSecond\":" + unitsPerSecond
                + ",\"durationMs\":6800,\"byInstance\":{\"a\":680},\"overheadPerTopicMs\":null}");
        return new ScaleExperiment.Setting(mode, threads, replicas, unitsPerSecond, run, List.of(run));
    }
}
