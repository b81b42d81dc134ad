package dev.nicepick.gateway;

import dev.nicepick.testsupport.process.RunningServices;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the gateway costs: the same read sent straight to topics-service and through the gateway, in alternating
 * rounds of one run, by the same client. Not part of the test suite (tagged {@code benchmark}, which the build
 * leaves out); run it alone, see docs/benchmarks/gateway.md. It prints figures and asserts only that every
 * request succeeded.
 */
@Tag("benchmark")
class GatewayOverheadBenchmark extends GatewayTest {

    private static final int REQUESTS = Integer.getInteger("requests", 3000);
    private static final int CLIENTS = Integer.getInteger("clients", 8);
    private static final int ROUNDS = Integer.getInteger("rounds", 3);

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        routeToRunningServices(registry);
        registry.add("nicepick.gateway.rate-limit.reads-per-minute", () -> "100000000");
        registry.add("logging.level.nicepick.access", () -> "warn");
    }

    @Test
    void measure() throws Exception {
        String path = "/api/topics/" + SEED;
        URI direct = URI.create(RunningServices.get().topics().url() + path);
        URI gateway = URI.create("http://127.0.0.1:" + port + path);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // Warm-up: both paths compiled by the JIT before anything is measured.
        for (int i = 0; i < 2; i++) {
            run(client, direct, REQUESTS);
            run(client, gateway, REQUESTS);
        }
        System.out.printf(Locale.ROOT, "%-8s %5s %10s %9s %9s %9s%n", "target", "round", "req/s", "p50 ms", "p90 ms", "p99 ms");
        for (int round = 1; round <= ROUNDS; round++) {
            for (var target : List.of(new Object[] {"direct", direct}, new Object[] {"gateway", gateway})) {
                Result result = run(client, (URI) target[1], REQUESTS);
                System.out.printf(Locale.ROOT, "%-8s %5d %10.0f %9.2f %9.2f %9.2f%n", target[0], round, result.perSecond(),
                        result.percentile(50), result.percentile(90), result.percentile(99));
            }
        }
    }

    private record Result(List<Long> nanos, long wallNanos) {
        double perSecond() {
            return nanos.size() / (wallNanos / 1e9);
        }

        double percentile(int p) {
            return nanos.get(Math.min(nanos.size() - 1, nanos.size() * p / 100)) / 1e6;
        }
    }

    private static Result run(HttpClient client, URI uri, int requests) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Cookie", "").GET().build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>(requests));
        AtomicInteger remaining = new AtomicInteger(requests);
        long started = System.nanoTime();
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    while (remaining.getAndDecrement() > 0) {
                        long t = System.nanoTime();
                        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                        latencies.add(System.nanoTime() - t);
                        assertThat(response.statusCode()).isEqualTo(200);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        }
        long wall = System.nanoTime() - started;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(sorted, wall);
    }
}
