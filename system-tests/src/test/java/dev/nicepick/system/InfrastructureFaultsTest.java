package dev.nicepick.system;

import dev.nicepick.events.Streams;
import dev.nicepick.testsupport.http.Api;
import dev.nicepick.testsupport.kafka.KafkaProbe;
import dev.nicepick.events.EventCodec;
import dev.nicepick.events.feedback.FeedbackEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The broker and a database taken away under load; poison on every consumed stream. */
class InfrastructureFaultsTest {

    private final SystemUnderTest system = SystemUnderTest.get();
    private final Newsroom newsroom = new Newsroom(system);

    @Test
    void kafkaStoppedAndStartedUnderLoad() throws Exception {
        String slug = FaultUnderLoad.run(newsroom, "Kafka stopped and started", (topic, load) -> {
            system.stop(SystemUnderTest.KAFKA);
            // Intake goes on: each vote is stored with its event in the outbox, which waits for the broker.
            load.awaitAnswers(15);
            system.restart(SystemUnderTest.KAFKA);
        });
        assertFeedbackEventsKeptTopicOrder(slug);
    }

    /**
     * The topic's feedback events as Kafka holds them: each sequence number first appears after all smaller
     * ones, and none is missing. A relay may send a batch again after the broker went away (at least once);
     * such repeats are counted, and consumers ignore them because they keep the highest sequence.
     */
    private void assertFeedbackEventsKeptTopicOrder(String slug) {
        String topicId = newsroom.api().get("/api/topics/" + slug).send().json().path("id").asText();
        EventCodec codec = new EventCodec();
        Set<Long> firstSeen = new LinkedHashSet<>();
        int repeats = 0;
        try (KafkaProbe probe = new KafkaProbe(system.kafkaBootstrapServers(), Streams.FEEDBACK)) {
            for (ConsumerRecord<String, byte[]> record : probe.readToEnd(Duration.ofSeconds(60))) {
                if (topicId.equals(record.key()) && !firstSeen.add(((FeedbackEvent) codec.fromRecord(record).data()).sequence())) {
                    repeats++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "[Kafka stopped and started] %d feedback events on the stream in topic order, %d sent again%n",
                firstSeen.size(), repeats);
        assertThat(List.copyOf(firstSeen)).as("per-topic order on %s", Streams.FEEDBACK)
                .isEqualTo(LongStream.rangeClosed(1, firstSeen.size()).boxed().toList());
        assertThat(firstSeen).as("an event for every stored feedback").hasSameSizeAs(newsroom.storedFeedbackIds(slug));
    }

    @Test
    void feedbackDatabaseStopped() {
        String slug = newsroom.startedTopic("feedback-db-stopped");
        List<String> acknowledged = new ArrayList<>();
        acknowledged.add(accepted(newsroom.vote(slug, "beta")));
        system.stop(SystemUnderTest.FEEDBACK_POSTGRES);
        long refused = 0;
        try {
            for (int i = 0; i < 3; i++) {
                Refusals.assertRefusedHonestly(newsroom.vote(slug, "beta"));
                refused++;
            }
        } finally {
            system.restart(SystemUnderTest.FEEDBACK_POSTGRES);
        }
        long back = System.nanoTime();
        await().atMost(Duration.ofMinutes(2)).until(() -> {
            Api.Response vote = newsroom.vote(slug, "beta");
            if (vote != null && vote.status() == 202) {
                acknowledged.add(vote.json().path("id").asText());
                return true;
            }
            return false;
        });
        double resumed = (System.nanoTime() - back) / 1e9;
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() ->
                assertThat(newsroom.verdict(slug).path("split").path("beta").asLong()).isEqualTo(acknowledged.size()));
        Set<String> stored = newsroom.storedFeedbackIds(slug);
        System.out.printf(Locale.ROOT, "[feedback database stopped] sent %d, acknowledged %d, refused with 503 %d, stored %d, "
                + "lost %d, intake resumed %.1f s after the database returned%n", acknowledged.size() + refused, acknowledged.size(),
                refused, stored.size(), acknowledged.stream().filter(id -> !stored.contains(id)).count(), resumed);
        assertThat(stored).as("exactly what was acknowledged is stored").containsExactlyInAnyOrderElementsOf(acknowledged);
    }

    @Test
    void aPoisonRecordOnEachConsumedStreamGoesToItsDeadLetterTopicAndTheNextIsProcessed() {
        String marker = "poison-" + UUID.randomUUID();
        for (String stream : List.of(Streams.TOPICS, Streams.FEEDBACK, Streams.VERDICTS)) {
            try (KafkaProbe probe = new KafkaProbe(system.kafkaBootstrapServers(), stream)) {
                ProducerRecord<String, byte[]> poison = new ProducerRecord<>(stream, marker, "{not json".getBytes(StandardCharsets.UTF_8));
                poison.headers().add("ce_type", "dev.nicepick.topic.published.v1".getBytes(StandardCharsets.UTF_8));
                probe.send(poison);
            }
            try (KafkaProbe deadLetters = new KafkaProbe(system.kafkaBootstrapServers(), Streams.deadLetter(stream))) {
                assertThat(deadLetters.await(r -> marker.equals(r.key()), 1, Duration.ofSeconds(60))).as(stream).isNotEmpty();
            }
        }
        // Everything after the poison still flows: a new topic's events, a vote, and the verdict it moves.
        String slug = newsroom.startedTopic("after-poison");
        assertThat(newsroom.vote(slug, "beta").status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(newsroom.verdict(slug).path("split").path("beta").asLong()).isEqualTo(1);
            assertThat(newsroom.api().get("/api/topics/" + slug).send().json().path("verdict").path("split").path("beta").asLong()).isEqualTo(1);
        });
        System.out.println("[poison] one poison record on each of " + List.of(Streams.TOPICS, Streams.FEEDBACK, Streams.VERDICTS)
                + " reached its .DLT; the records after it were processed");
    }


    private static String accepted(Api.Response response) {
        assertThat(response.status()).isEqualTo(202);
        return response.json().path("id").asText();
    }
}
