package dev.nicepick.feedback;

import dev.nicepick.events.topics.TopicState;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intake throughput with the outbox on: each accepted feedback commits its row, the topic's tally sequence
 * and its event in one transaction, then the relay sends it. Not part of the suite (tagged {@code benchmark},
 * which the build leaves out); see docs/benchmarks/feedback-intake.md. Prints figures; asserts only that all were
 * accepted and all events arrived.
 */
@Tag("benchmark")
class IntakeBenchmark extends FeedbackTestBase {

    private static final int REQUESTS = Integer.getInteger("requests", 2000);
    private static final int CLIENTS = Integer.getInteger("clients", 32);

    private final Map<UUID, Integer> sentSoFar = new HashMap<>();

    @Test
    void measure() throws Exception {
        List<TopicState> many = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            many.add(publishedTopic());
        }
        TopicState one = publishedTopic();
        run("warm-up, 20 topics", many, REQUESTS / 4, "w");
        double spread = run("20 topics", many, REQUESTS, "s");
        double single = run("1 topic (changes to one topic queue up)", List.of(one), REQUESTS, "o");
        System.out.printf(Locale.ROOT, "one topic vs twenty: %.2fx%n", single / spread);
    }

    private double run(String label, List<TopicState> topics, int requests, String prefix) throws Exception {
        long started = System.nanoTime();
        List<Future<Integer>> answers = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            for (int i = 0; i < requests; i++) {
                TopicState topic = topics.get(i % topics.size());
                sentSoFar.merge(topic.topicId(), 1, Integer::sum);
                String slug = topic.slug();
                String reader = "reader-" + prefix + "-" + (100_000 + i);
                answers.add(clients.submit(() -> give(slug, reader, body("disagree", "grpc")).send().status()));
            }
        }
        for (Future<Integer> answer : answers) {
            assertThat(answer.get()).isEqualTo(202);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        topics.forEach(t -> events(t.topicId(), sentSoFar.get(t.topicId())));
        double eventsSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "%-42s %6d requests, %3d clients: %8.1f accepted/s (all events on Kafka after %.1f s)%n",
                label, requests, CLIENTS, requests / seconds, eventsSeconds);
        return requests / seconds;
    }
}
