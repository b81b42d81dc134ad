package dev.nicepick.verdicts;

import dev.nicepick.events.EventType;
import dev.nicepick.events.feedback.FeedbackAccepted;
import dev.nicepick.events.topics.TopicPublished;
import dev.nicepick.events.topics.TopicState;
import dev.nicepick.testsupport.http.Api;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Multiprocessing against a distributed system, measured side by side in one run: recompute every verdict
 * on one instance's cores (local), and by Kafka partitions over one and then two replicas (distributed).
 * Not part of the test suite (tagged {@code benchmark}, which the build leaves out); run it alone, see
 * docs/benchmarks/recompute.md. It prints figures and asserts only that every topic was recomputed.
 */
@Tag("benchmark")
class RecomputeBenchmark extends VerdictServiceTestBase {

    private static final int TOPICS = Integer.getInteger("topics", 240);
    private static final int ROUNDS = Integer.getInteger("rounds", 3);

    @Test
    void measure() {
        List<String> slugs = seed();
        Map<String, List<JsonNode>> runs = new java.util.LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            runs.computeIfAbsent("local, " + Runtime.getRuntime().availableProcessors() + " threads", k -> new ArrayList<>()).add(recompute("local"));
            runs.computeIfAbsent("distributed, 1 replica", k -> new ArrayList<>()).add(recompute("distributed"));
        }
        try (ConfigurableApplicationContext replica = secondReplica()) {
            for (int round = 0; round < ROUNDS; round++) {
                runs.computeIfAbsent("distributed, 2 replicas", k -> new ArrayList<>()).add(recompute("distributed"));
            }
        }

        double localMedian = median(runs.values().iterator().next());
        System.out.printf(Locale.ROOT, "%nRecompute of %d topics (%s), %d cores, median of %d rounds%n", slugs.size(),
                "a third each with 2, 3 and 4 options", Runtime.getRuntime().availableProcessors(), ROUNDS);
        System.out.printf(Locale.ROOT, "%-26s %12s %14s %12s  %s%n", "mode", "median ms", "topics/s", "vs local", "topics per instance (last round)");
        runs.forEach((mode, reports) -> {
            double ms = median(reports);
            System.out.printf(Locale.ROOT, "%-26s %12.0f %14.1f %11.2fx  %s%n", mode, ms, slugs.size() / (ms / 1000),
                    localMedian / ms, reports.getLast().get("byInstance"));
            reports.forEach(r -> assertThat(r.get("topics").asInt()).isEqualTo(slugs.size()));
        });
    }

    private List<String> seed() {
        List<ProducerRecord<String, byte[]>> topics = new ArrayList<>();
        List<ProducerRecord<String, byte[]>> tallies = new ArrayList<>();
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < TOPICS; i++) {
            int k = 2 + i % 3;
            List<TopicState.TopicOption> options = new ArrayList<>();
            Map<String, Long> votes = new HashMap<>();
            for (int o = 0; o < k; o++) {
                options.add(new TopicState.TopicOption("option-" + o, "Option " + o, List.of("Strong"), List.of("Weak"), null, null));
                votes.put("option-" + o, (long) ((i * 7 + o * 13) % 40));
            }
            TopicState state = new TopicState(UUID.randomUUID(), unique("bench"), "Benchmark " + i, "published", 2,
                    new TopicState.EditorialPick("option-0", 10), options, "Option 0 wins.", null);
            slugs.add(state.slug());
            topics.add(record(new TopicPublished(state), EventType.TOPIC_PUBLISHED));
            tallies.add(record(new FeedbackAccepted(state.topicId(), UUID.randomUUID(), votes, 1, null), EventType.FEEDBACK_ACCEPTED));
        }
        topicsStream.sendAll(topics);
        feedbackStream.sendAll(tallies);
        await().atMost(java.time.Duration.ofMinutes(5)).until(() -> slugs.stream().allMatch(s -> {
            Api.Response r = api().get("/api/verdicts/" + s).send();
            return r.status() == 200 && r.json().get("inputs").get("tallySequence").asLong() == 1;
        }));
        return slugs;
    }

    private ConfigurableApplicationContext secondReplica() {
        ConfigurableApplicationContext replica = startAnotherInstance(VerdictsApplication.class, "--nicepick.verdict.instance-id=replica-2");
        var theirs = replica.getBean(KafkaListenerEndpointRegistry.class).getListenerContainer("recompute-commands");
        await().atMost(DEADLINE).until(() -> !theirs.getAssignedPartitions().isEmpty());
        return replica;
    }

    private JsonNode recompute(String mode) {
        Api.Response response = api().post("/api/verdicts/recompute?mode=" + mode, null)
                .bearer(tokens().mint("admin-1", "admin")).send();
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static double median(List<JsonNode> reports) {
        double[] ms = reports.stream().mapToDouble(r -> r.get("durationMs").asDouble()).sorted().toArray();
        return ms[ms.length / 2];
    }
}
