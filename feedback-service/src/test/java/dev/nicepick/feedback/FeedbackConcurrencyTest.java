package dev.nicepick.feedback;

import dev.nicepick.api.HeaderNames;
import dev.nicepick.events.feedback.FeedbackAccepted;
import dev.nicepick.events.feedback.FeedbackEvent;
import dev.nicepick.events.topics.TopicState;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class FeedbackConcurrencyTest extends FeedbackTestBase {

    private static final int READERS = 200;

    @Test
    void twoHundredConcurrentReadersGiveATallyOfExactlyTwoHundredAndTwoHundredEvents() throws Exception {
        TopicState topic = publishedTopic();
        List<Future<Integer>> answers = new ArrayList<>();
        try (ExecutorService readers = Executors.newFixedThreadPool(50)) {
            for (int i = 0; i < READERS; i++) {
                String reader = "reader-crowd-" + (10_000 + i);
                String option = i % 3 == 0 ? "rest" : "grpc";
                answers.add(readers.submit(() -> untilAnswered(topic.slug(), reader, body(option.equals("rest") ? "agree" : "disagree", option))));
            }
        }
        for (Future<Integer> answer : answers) {
            assertThat(answer.get()).isEqualTo(202);
        }

        var summary = summary(topic.slug());
        assertThat(summary.get("total").asLong()).isEqualTo(READERS);
        assertThat(summary.get("votes").get("rest").asLong()).isEqualTo(67);
        List<FeedbackEvent> events = events(topic.topicId(), READERS);
        assertThat(events).hasSize(READERS).allMatch(e -> e instanceof FeedbackAccepted);
        assertThat(events).extracting(FeedbackEvent::sequence).containsExactlyElementsOf(LongStream.rangeClosed(1, READERS).boxed().toList());
        assertThat(events.getLast().tally().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(READERS);
        assertThat(feedbackStream.readToEnd(DEADLINE)).filteredOn(r -> topic.topicId().toString().equals(r.key())).hasSize(READERS);
    }

    /**
     * As a well-behaved client does: a 503 (every database connection busy past the pool's time-out, likely when
     * 50 writers queue on one topic on a loaded machine) promised that nothing changed, so the same request goes
     * again with the same Idempotency-Key until it is answered otherwise. The first other answer is the result.
     */
    private int untilAnswered(String slug, String reader, Object body) {
        String key = UUID.randomUUID().toString();
        return await().atMost(DEADLINE).pollInterval(Duration.ofMillis(200)).pollInSameThread()
                .until(() -> give(slug, reader, body).header(HeaderNames.IDEMPOTENCY_KEY, key).send().status(), status -> status != 503);
    }
}
