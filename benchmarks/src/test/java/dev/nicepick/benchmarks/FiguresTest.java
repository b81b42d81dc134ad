package dev.nicepick.benchmarks;

import dev.nicepick.lab.Catalogue;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The module's own arithmetic and parsing: ratios, process facts, the JVM's memory, JMH's results, the wrk script. */
class FiguresTest {

    @Test
    void aRatioIsTheFigureOverItsReferenceAndMissingWithoutOne() {
        assertThat(Ratios.of(900.0, 1950.0)).isEqualTo(0.46);
        assertThat(Ratios.text(Ratios.of(900.0, 1950.0))).isEqualTo("0.46x");
        assertThat(Ratios.of(900.0, 0.0)).isNull();
        assertThat(Ratios.of(null, 10.0)).isNull();
        assertThat(Ratios.text(null)).isEqualTo("n/a");
    }

    @Test
    void rssAndCpuTimeComeFromProc() {
        assertThat(ProcessFacts.rssMibOf("Name:\tjava\nVmPeak:\t 9999 kB\nVmRSS:\t  262144 kB\nVmData: 1 kB\n")).isEqualTo(256.0);
        // utime 250 and stime 50 ticks (fields 14 and 15) of a command name with a space and a parenthesis in it
        String stat = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 30 0 1000 2000000 300";
        assertThat(ProcessFacts.cpuMillisOf(stat)).isEqualTo(3000);
    }

    @Test
    void thePidListeningOnAPortComesFromSs() {
        assertThat(Suite.pidIn("LISTEN 0 100 [::ffff:127.0.0.1]:8081 *:* users:((\"java\",pid=31337,fd=42))")).contains(31337L);
        assertThat(Suite.pidIn("")).isEqualTo(Optional.empty());
    }

    @Test
    void theJvmsMemoryIsSummedOverThePoolsOfEachArea() {
        JvmMemory memory = JvmMemory.parse("""
                # TYPE jvm_memory_used_bytes gauge
                jvm_memory_used_bytes{area="heap",id="Tenured Gen"} 2.097152E7
                jvm_memory_used_bytes{area="heap",id="Eden Space"} 1048576.0
                jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 6.291456E7
                jvm_memory_used_bytes{area="nonheap",id="CodeHeap 'non-nmethods'"} 2097152.0
                jvm_memory_committed_bytes{area="heap",id="Tenured Gen"} 4.194304E7
                jvm_memory_committed_bytes{area="nonheap",id="Metaspace"} 7.0E7
                """);

        assertThat(memory).isEqualTo(new JvmMemory(21.0, 40.0, 62.0));
    }

    @Test
    void jmhResultsBecomeOneRowPerNumberOfOptions() {
        var json = JsonMapper.builder().build().readTree("""
                [{"benchmark":"dev.nicepick.benchmarks.engine.VerdictEngineBenchmark.compute","params":{"options":"2"},
                  "primaryMetric":{"score":515488.3,"scoreError":32793.1,"scoreUnit":"ops/s"}},
                 {"benchmark":"dev.nicepick.benchmarks.engine.VerdictEngineBenchmark.compute","params":{"options":"4"},
                  "primaryMetric":{"score":98.6,"scoreError":"NaN","scoreUnit":"ops/s"}}]
                """);

        assertThat(EngineHarness.rows(json)).containsExactly(new EngineHarness.Row(2, 515488.3, 32793.1),
                new EngineHarness.Row(4, 98.6, null));
    }

    @Test
    void theIntakeScriptSendsEachVoteAsANewReaderWithTheGatewaysCredentialAndCountsOnly202s() {
        String lua = IntakeScript.lua(new Catalogue(List.of(new Catalogue.Topic("rest-vs-grpc", List.of("rest", "grpc")),
                new Catalogue.Topic("java-vs-go", List.of("java", "go")))), "s3cr\"t");

        assertThat(lua).contains("{\"rest-vs-grpc\", {\"rest\", \"grpc\"}}", "{\"java-vs-go\", {\"java\", \"go\"}}")
                .contains("local credential = \"s3cr\\\"t\"")
                .contains("[\"X-Gateway-Credential\"] = credential", "[\"X-Reader-Key\"] = \"bench-\" .. run .. \"-\" .. id .. \"-\" .. counter")
                .contains("if status == 202 then accepted = accepted + 1")
                .doesNotContain("%%");
        assertThat(IntakeScript.counts("Requests/sec: 1\nbench-intake accepted=1200 other=3\n")).containsExactly(1200, 3);
    }

    @Test
    void nginxProxiesToTopicsServiceOverKeptAliveConnectionsOnLoopbackOnly() {
        String config = Nginx.config(java.nio.file.Path.of("/tmp/bench-nginx"), 40123, 8081);

        assertThat(config).contains("worker_processes auto;", "listen 127.0.0.1:40123;", "server 127.0.0.1:8081;", "keepalive 64;",
                "proxy_http_version 1.1;", "proxy_set_header Connection \"\";", "pid /tmp/bench-nginx/nginx.pid;");
    }
}
