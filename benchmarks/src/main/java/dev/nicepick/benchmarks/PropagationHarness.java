package dev.nicepick.benchmarks;

import dev.nicepick.api.HeaderNames;
import dev.nicepick.lab.Catalogue;
import dev.nicepick.lab.Deadline;
import dev.nicepick.lab.LabHttp;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Harness {@code propagation}: first the reference, Kafka's own {@code EndToEndLatency} tool against the suite's
 * broker on a topic of its own (acks=all, 100-byte messages, one at a time); then a paced load of votes straight to
 * feedback-service over the seed topics, and the lag the services measured for that window ({@code GET
 * /api/lab/lag} of verdict-service, vote-to-verdict, and of topics-service, vote-to-page). Ratio: p99
 * vote-to-verdict / Kafka's p99.
 */
public final class PropagationHarness {

    private static final Duration CALL = Duration.ofSeconds(10);
    /** How long the lag figures may take to count the load's last votes. */
    private static final Duration SETTLE = Duration.ofSeconds(30);

    private PropagationHarness() {
    }

    /** One hop's lag over the window, as its service reports it (ms; null when there were no samples). */
    public record Lag(String hop, long count, Long p50Ms, Long p95Ms, Long p99Ms, Long maxMs) {

        static Lag of(JsonNode report) {
            return new Lag(report.path("hop").asString("?"), report.path("count").asLong(), ms(report, "p50Ms"), ms(report, "p95Ms"),
                    ms(report, "p99Ms"), ms(report, "maxMs"));
        }

        private static Long ms(JsonNode report, String field) {
            return report.path(field).isNumber() ? report.path(field).asLong() : null;
        }
    }

    /**
     * @param otherAnswers the votes not answered 202, by status (0: no answer within 10 s)
     * @param ratio        p99 vote-to-verdict / Kafka's p99
     */
    public record Result(int kafkaMessages, KafkaLatencyOutput kafka, int votesPerSecond, long loadSeconds, int sent, int accepted,
                         Map<Integer, Integer> otherAnswers, Instant from, Instant to, Lag voteToVerdict, Lag voteToPage, Double ratio) {
    }

    public static Result run(Suite suite, Catalogue catalogue, BenchProfile profile, FlightRecorder recorder, Deadline deadline,
                             LabHttp lab) throws Exception {
        String topic = "bench-e2e-" + Long.toString(System.currentTimeMillis(), 36);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        KafkaLatencyOutput kafka = KafkaLatencyOutput.parse(Processes.run(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.apache.kafka.tools.EndToEndLatency", "127.0.0.1:" + suite.port("kafka"), topic,
                Integer.toString(profile.kafkaMessages()), "all", "100"), Duration.ofSeconds(300)).output());
        System.out.printf("bench: propagation Kafka end-to-end (acks=all, %d messages): avg %.2f ms, p50 %d ms, p99 %d ms, p99.9 %d ms%n",
                profile.kafkaMessages(), kafka.averageMs(), kafka.p50Ms(), kafka.p99Ms(), kafka.p999Ms());

        deadline.check("propagation load");
        String credential = suite.gatewayCredential();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        ConcurrentLinkedQueue<CompletableFuture<Integer>> answers = new ConcurrentLinkedQueue<>();
        AtomicInteger sent = new AtomicInteger();
        int total = (int) (profile.votesPerSecond() * profile.voteLoad().toSeconds());
        String runId = Long.toString(System.currentTimeMillis(), 36);
        Instant from = Instant.now();
        try (FlightRecorder.Recording ignored = recorder.start("propagation", suite, Suite.PROCESSES.subList(0, 3));
             ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor()) {
            pacer.scheduleAtFixedRate(() -> {
                int n = sent.getAndIncrement();
                if (n >= total) {
                    return;
                }
                Catalogue.Topic t = catalogue.at(n);
                String option = t.optionKeys().get(Math.floorMod(n / catalogue.topics().size(), t.optionKeys().size()));
                HttpRequest vote = HttpRequest.newBuilder(URI.create(suite.url("feedback-service") + "/api/topics/" + t.slug() + "/feedback"))
                        .timeout(CALL).header("Content-Type", "application/json")
                        .header(HeaderNames.GATEWAY_CREDENTIAL, credential).header(HeaderNames.READER_KEY, "bench-p-" + runId + "-" + n)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"preferredOption\":\"" + option + "\"}")).build();
                answers.add(client.sendAsync(vote, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode)
                        .exceptionally(e -> 0));
            }, 0, 1_000_000 / profile.votesPerSecond(), TimeUnit.MICROSECONDS);
            while (sent.get() < total) {
                deadline.check("propagation load");
                TimeUnit.MILLISECONDS.sleep(100);
            }
            pacer.shutdown();
        }
        int accepted = 0;
        Map<Integer, Integer> otherAnswers = new TreeMap<>();
        for (CompletableFuture<Integer> answer : answers) {
            int status = answer.get(CALL.toSeconds() + 5, TimeUnit.SECONDS);
            if (status == 202) {
                accepted++;
            } else {
                otherAnswers.merge(status, 1, Integer::sum);
            }
        }
        Instant to = Instant.now();
        // every accepted vote's lag is counted once its verdict and its page are out: wait for both (bounded)
        LabHttp verdicts = lab.at(suite.port("verdict-service"));
        LabHttp topics = lab.at(suite.port("topics-service"));
        String query = "/api/lab/lag?from=" + from.minusSeconds(1) + "&to=" + to.plusSeconds(1);
        Instant giveUp = deadline.cap(Instant.now(), SETTLE);
        Lag verdict;
        Lag page;
        while (true) {
            verdict = Lag.of(verdicts.getJson(query, CALL));
            page = Lag.of(topics.getJson(query, CALL));
            if ((verdict.count() >= accepted && page.count() >= accepted) || !Instant.now().isBefore(giveUp)) {
                break;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        Double ratio = verdict.p99Ms() == null ? null : Ratios.of(verdict.p99Ms().doubleValue(), (double) kafka.p99Ms());
        System.out.printf("bench: propagation %d votes/s for %d s: %d sent, %d accepted (others by status: %s); vote-to-verdict p50 %s p95 %s p99 %s max %s ms (%d samples);"
                        + " vote-to-page p50 %s p95 %s p99 %s max %s ms (%d samples); p99 vote-to-verdict / Kafka p99 %s%n",
                profile.votesPerSecond(), profile.voteLoad().toSeconds(), total, accepted, otherAnswers, verdict.p50Ms(), verdict.p95Ms(), verdict.p99Ms(),
                verdict.maxMs(), verdict.count(), page.p50Ms(), page.p95Ms(), page.p99Ms(), page.maxMs(), page.count(), Ratios.text(ratio));
        return new Result(profile.kafkaMessages(), kafka, profile.votesPerSecond(), profile.voteLoad().toSeconds(), total, accepted,
                otherAnswers, from, to, verdict, page, ratio);
    }
}
