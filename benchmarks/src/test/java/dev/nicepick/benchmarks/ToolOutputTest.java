package dev.nicepick.benchmarks;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The figures bin/bench reports are the tools' own: wrk's, pgbench's and Kafka's end-to-end latency tool's. */
class ToolOutputTest {

    private static final String WRK = """
            Running 10s test @ http://127.0.0.1:8080/api/topics/rest-vs-grpc
              2 threads and 32 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency    68.61ms  111.16ms    1.47s    85.05%
                Req/Sec   458.79    140.56   580.00     78.57%
              Latency Distribution
                 50%  900.00us
                 75%   75.13ms
                 90%  266.74ms
                 99%    1.20s
              9138 requests in 10.01s, 120.86MB read
              Socket errors: connect 0, read 2, write 0, timeout 3
              Non-2xx or 3xx responses: 12
            Requests/sec:    912.89
            Transfer/sec:     12.07MB
            """;

    @Test
    void wrkGivesThroughputPercentilesInMillisecondsAndTheAnswersThatWereNot2xxOrLost() {
        WrkOutput wrk = WrkOutput.parse(WRK);

        assertThat(wrk.requests()).isEqualTo(9138);
        assertThat(wrk.seconds()).isCloseTo(10.01, within(1e-9));
        assertThat(wrk.requestsPerSecond()).isEqualTo(912.89);
        assertThat(wrk.p50Ms()).isCloseTo(0.9, within(1e-9));
        assertThat(wrk.p99Ms()).isCloseTo(1200, within(1e-9));
        assertThat(wrk.non2xx()).isEqualTo(12);
        assertThat(wrk.socketErrors()).isEqualTo(5);
        assertThat(wrk.allAnswered()).isFalse();
    }

    @Test
    void aCleanWrkRunHasNoNon2xxLines() {
        String clean = WRK.replace("  Socket errors: connect 0, read 2, write 0, timeout 3\n", "").replace("  Non-2xx or 3xx responses: 12\n", "");

        assertThat(WrkOutput.parse(clean).allAnswered()).isTrue();
    }

    @Test
    void wrkWithoutLatencyDistributionIsRefusedNamingWhatIsMissing() {
        String withoutDistribution = WRK.replaceAll("(?s)  Latency Distribution.*?99%[^\\n]*\\n", "");

        assertThatThrownBy(() -> WrkOutput.parse(withoutDistribution)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("50% latency");
    }

    @Test
    void pgbenchGivesTpsWithoutConnectionTimeAndItsLatency() {
        PgbenchOutput pgbench = PgbenchOutput.parse("""
                pgbench (15.18 (Debian 15.18-0+deb12u1))
                transaction type: <builtin: TPC-B (sort of)>
                scaling factor: 1
                query mode: simple
                number of clients: 32
                number of threads: 2
                maximum number of tries: 1
                duration: 10 s
                number of transactions actually processed: 12143
                number of failed transactions: 0 (0.000%)
                latency average = 26.294 ms
                initial connection time = 41.512 ms
                tps = 1214.012345 (without initial connection time)
                """);

        assertThat(pgbench).isEqualTo(new PgbenchOutput(12143, 1214.012345, 26.294, 0));
    }

    @Test
    void kafkasEndToEndLatencyToolGivesItsAverageAndPercentiles() {
        KafkaLatencyOutput kafka = KafkaLatencyOutput.parse("""
                0\t45.123
                1000\t2.01
                Avg latency: 3.1234 ms
                Percentiles: 50th = 2, 99th = 14, 99.9th = 31
                """);

        assertThat(kafka).isEqualTo(new KafkaLatencyOutput(3.1234, 2, 14, 31));
    }

    @Test
    void aToolThatPrintedNoFiguresIsAFailureNotAZero() {
        assertThatThrownBy(() -> KafkaLatencyOutput.parse("Exception in thread main")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PgbenchOutput.parse("pgbench: error: connection refused")).isInstanceOf(IllegalArgumentException.class);
    }
}
