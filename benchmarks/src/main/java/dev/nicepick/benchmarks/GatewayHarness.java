package dev.nicepick.benchmarks;

import dev.nicepick.lab.Deadline;
import dev.nicepick.lab.Stats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Harness {@code gateway}: the same read, {@code GET /api/topics/rest-vs-grpc}, with wrk ({@code -t2 -c32}) against
 * topics-service directly, nginx proxying to it (the reference) and the gateway; each target warmed up, then
 * measured in alternating rounds. Reports each round, the medians, the gateway's ratio to nginx and its p99 above
 * nginx's, and whether every answer was a 2xx (wrk's non-2xx count and socket errors).
 */
public final class GatewayHarness {

    public static final String PATH = "/api/topics/rest-vs-grpc";
    public static final int CONNECTIONS = 32;
    private static final List<String> TARGETS = List.of("direct", "nginx", "gateway");

    private GatewayHarness() {
    }

    /** One measured round of one target. */
    public record Round(String target, int round, WrkOutput wrk) {
    }

    /** A target's medians over its rounds (req/s, p50 and p99 in ms). */
    public record Target(String name, String url, Double requestsPerSecond, Double p50Ms, Double p99Ms) {
    }

    /**
     * @param gatewayToNginx    median req/s through the gateway / through nginx
     * @param gatewayToDirect   median req/s through the gateway / direct
     * @param nginxToDirect     median req/s through nginx / direct
     * @param p99AboveNginxMs   median p99 of the gateway minus nginx's, ms
     * @param unanswered        non-2xx answers and socket errors over every run, warm-ups included
     */
    public record Result(String path, int connections, List<Round> rounds, List<Target> targets, Double gatewayToNginx,
                         Double gatewayToDirect, Double nginxToDirect, Double p99AboveNginxMs, long unanswered) {

        public boolean all2xx() {
            return unanswered == 0;
        }
    }

    public static Result run(Suite suite, BenchProfile profile, Path work, FlightRecorder recorder, Deadline deadline) throws Exception {
        try (Nginx nginx = Nginx.start(java.nio.file.Files.createDirectories(work.resolve("nginx")), suite.port("topics-service"))) {
            Map<String, String> urls = new LinkedHashMap<>();
            urls.put("direct", suite.url("topics-service") + PATH);
            urls.put("nginx", "http://127.0.0.1:" + nginx.port() + PATH);
            urls.put("gateway", suite.url("gateway") + PATH);
            long unanswered = 0;
            for (String target : TARGETS) {
                deadline.check("gateway warm-up");
                WrkOutput warm = Wrk.run(urls.get(target), CONNECTIONS, profile.warmUp(), null, List.of()).figures();
                unanswered += warm.non2xx() + warm.socketErrors();
                System.out.printf("bench: gateway warm-up %-7s %8.0f req/s%n", target, warm.requestsPerSecond());
            }
            List<Round> rounds = new ArrayList<>();
            try (FlightRecorder.Recording ignored = recorder.start("gateway", suite, List.of("topics-service", "gateway"))) {
                for (int round = 1; round <= profile.rounds(); round++) {
                    for (String target : TARGETS) {
                        deadline.check("gateway round " + round);
                        WrkOutput wrk = Wrk.run(urls.get(target), CONNECTIONS, profile.round(), null, List.of()).figures();
                        unanswered += wrk.non2xx() + wrk.socketErrors();
                        rounds.add(new Round(target, round, wrk));
                        System.out.printf("bench: gateway round %d %-7s %8.0f req/s  p50 %6.2f ms  p99 %7.2f ms  non-2xx %d%n",
                                round, target, wrk.requestsPerSecond(), wrk.p50Ms(), wrk.p99Ms(), wrk.non2xx() + wrk.socketErrors());
                    }
                }
            }
            List<Target> targets = TARGETS.stream().map(t -> target(t, urls.get(t), rounds)).toList();
            Target direct = targets.get(0);
            Target proxy = targets.get(1);
            Target gateway = targets.get(2);
            Double p99Above = gateway.p99Ms() == null || proxy.p99Ms() == null ? null
                    : Math.round((gateway.p99Ms() - proxy.p99Ms()) * 100) / 100.0;
            Result result = new Result(PATH, CONNECTIONS, rounds, targets, Ratios.of(gateway.requestsPerSecond(), proxy.requestsPerSecond()),
                    Ratios.of(gateway.requestsPerSecond(), direct.requestsPerSecond()),
                    Ratios.of(proxy.requestsPerSecond(), direct.requestsPerSecond()), p99Above, unanswered);
            System.out.printf("bench: gateway median: direct %.0f req/s, nginx %.0f req/s, gateway %.0f req/s (%s nginx), p99 gateway %.1f ms vs nginx %.1f ms (%+.1f ms); %s%n",
                    direct.requestsPerSecond(), proxy.requestsPerSecond(), gateway.requestsPerSecond(),
                    Ratios.text(result.gatewayToNginx()), gateway.p99Ms(), proxy.p99Ms(), p99Above,
                    result.all2xx() ? "every answer 2xx" : unanswered + " answers not 2xx or lost");
            return result;
        }
    }

    private static Target target(String name, String url, List<Round> rounds) {
        List<WrkOutput> mine = rounds.stream().filter(r -> r.target().equals(name)).map(Round::wrk).toList();
        return new Target(name, url, Stats.median(mine.stream().map(WrkOutput::requestsPerSecond).toList()),
                Stats.median(mine.stream().map(WrkOutput::p50Ms).toList()), Stats.median(mine.stream().map(WrkOutput::p99Ms).toList()));
    }
}
