package dev.nicepick.verdicts;

import dev.nicepick.events.CloudEventHeaders;
import dev.nicepick.events.EventType;
import dev.nicepick.events.Streams;
import dev.nicepick.events.feedback.FeedbackAccepted;
import dev.nicepick.events.topics.TopicState;
import dev.nicepick.events.verdicts.VerdictIssued;
import dev.nicepick.testsupport.kafka.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class VerdictServiceTest extends VerdictServiceTestBase {

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void aPublishedTopicGetsItsFirstVerdictOnVerdictsStreamAndApi() {
        String slug = unique("first");
        TopicState topic = publishTopic(slug);

        ConsumerRecord<String, byte[]> record = verdictsStream.await(r -> topic.topicId().toString().equals(r.key()), 1, DEADLINE).getFirst();
        VerdictIssued issued = (VerdictIssued) codec.fromRecord(record).data();
        assertThat(issued.revision()).isEqualTo(1);
        assertThat(issued.winner()).isEqualTo("rest");
        assertThat(issued.probability()).isCloseTo(1 - Math.pow(0.5, 10), within(1e-12));
        assertThat(CloudEventHeaders.text(record.headers(), CloudEventHeaders.CORRELATION_ID)).isEqualTo("test-request");

        JsonNode verdict = awaitVerdict(slug, v -> true);
        assertThat(verdict.get("topic").asString()).isEqualTo(slug);
        assertThat(verdict.get("winner").asString()).isEqualTo("rest");
        assertThat(verdict.get("editorialPick").asString()).isEqualTo("rest");
        assertThat(verdict.get("overturned").asBoolean()).isFalse();
        assertThat(verdict.get("useIf").get(0).get("text").asString()).isEqualTo("Use REST if you build a public API.");
        assertThat(verdict.get("bottomLine").asString()).isEqualTo("REST wins for public APIs.");
        assertThat(verdict.get("inputs").get("editorialStrength").asInt()).isEqualTo(10);
        assertThat(verdict.get("inputs").get("threshold").asDouble()).isEqualTo(0.9);
        assertThat(verdict.get("computedAt").asString()).isNotBlank();
    }

    @Test
    void talliesBelowTheMinimumNeverFlipThePick() {
        String slug = unique("below");
        TopicState topic = publishTopic(slug);
        for (int votes = 1; votes <= 19; votes++) {
            sendTally(topic.topicId(), votes, 0, votes);
        }

        JsonNode verdict = awaitVerdict(slug, v -> v.get("split").get("grpc").asLong() == 19);
        assertThat(verdict.get("winner").asString()).isEqualTo("rest");
        assertThat(verdict.get("probabilities").get("grpc").asDouble()).isGreaterThan(0.9);
        assertThat(verdict.get("reason").asString()).isEqualTo("TOO_FEW_VOTES");
    }

    @Test
    void aTallyPastTheThresholdFlipsThePickWithANewRevisionAndReason() {
        String slug = unique("flip");
        TopicState topic = publishTopic(slug);
        awaitVerdict(slug, v -> true);

        sendTally(topic.topicId(), 1, 2, 30);

        JsonNode verdict = awaitVerdict(slug, v -> v.get("winner").asString().equals("grpc"));
        assertThat(verdict.get("overturned").asBoolean()).isTrue();
        assertThat(verdict.get("reason").asString()).isEqualTo("READERS_OVERTURNED");
        assertThat(verdict.get("revision").asLong()).isEqualTo(2);
        List<JsonNode> history = api().get("/api/verdicts/" + slug + "/history").send().json().get("items").valueStream().toList();
        assertThat(history).extracting(h -> h.get("revision").asLong()).containsExactly(2L, 1L);
        assertThat(history).extracting(h -> h.get("reason").asString()).containsExactly("READERS_OVERTURNED", "TOO_FEW_VOTES");
    }

    @Test
    void duplicatedAndReorderedTalliesLeaveTheSameResult() {
        String inOrder = unique("in-order");
        String shuffled = unique("shuffled");
        TopicState first = publishTopic(inOrder);
        TopicState second = publishTopic(shuffled);

        for (long seq = 1; seq <= 3; seq++) {
            sendTally(first.topicId(), seq, seq, 10 * seq);
        }
        for (long seq : new long[]{3, 1, 3, 2, 1}) {
            sendTally(second.topicId(), seq, seq, 10 * seq);
        }
        RecordMetadata last = sendTally(second.topicId(), 2, 2, 20);
        feedbackStream.awaitConsumed(FEEDBACK_GROUP, last, DEADLINE);

        JsonNode a = awaitVerdict(inOrder, v -> v.get("split").get("grpc").asLong() == 30);
        JsonNode b = verdict(shuffled);
        // "reason" tells the last transition (flipped now, or kept since), which depends on the path by design
        for (String field : List.of("winner", "probability", "probabilities", "split", "overturned", "useIf", "bottomLine")) {
            assertThat(b.get(field)).as(field).isEqualTo(a.get(field));
        }
    }

    /**
     * A consumer that stops after applying tallies but before committing them gets them again when it starts: the
     * first ten are delivered twice (the group's offset is moved back to them while it is stopped), among ten newer
     * ones. Only a newer tally sequence may count, so no revision ever goes back to an older tally.
     */
    @Test
    void aRestartInTheMiddleOfAStreamCountsNothingTwice() {
        String slug = unique("restart");
        TopicState topic = publishTopic(slug);
        List<RecordMetadata> applied = new ArrayList<>();
        for (long seq = 1; seq <= 10; seq++) {
            applied.add(sendTally(topic.topicId(), seq, seq, 2 * seq));
        }
        feedbackStream.awaitConsumed(FEEDBACK_GROUP, applied.getLast(), DEADLINE);
        awaitVerdict(slug, v -> v.get("split").get("rest").asLong() == 10);

        MessageListenerContainer consumer = listeners.getListenerContainer("feedback-events");
        consumer.stop();
        feedbackStream.rewind(FEEDBACK_GROUP, applied.getFirst(), DEADLINE);
        RecordMetadata last = null;
        for (long seq = 11; seq <= 20; seq++) {
            last = sendTally(topic.topicId(), seq, seq, 2 * seq);
        }
        consumer.start();
        feedbackStream.awaitConsumed(FEEDBACK_GROUP, last, DEADLINE);

        JsonNode verdict = awaitVerdict(slug, v -> v.get("split").get("rest").asLong() == 20);
        assertThat(verdict.get("split").get("grpc").asLong()).isEqualTo(40);
        List<JsonNode> history = api().get("/api/verdicts/" + slug + "/history").send().json().get("items").valueStream()
                .toList().reversed();
        assertThat(history).extracting(h -> h.get("inputs").get("tallySequence").asLong())
                .as("tally sequences, oldest revision first").isSorted();
        assertThat(history).extracting(h -> h.get("split").get("rest").asLong())
                .as("votes for rest, oldest revision first").isSorted();
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextRecordIsProcessed() {
        String slug = unique("poison");
        TopicState topic = publishTopic(slug);
        try (KafkaProbe deadLetters = new KafkaProbe(kafkaBootstrapServers(), Streams.deadLetter(Streams.FEEDBACK))) {
            ProducerRecord<String, byte[]> poison = new ProducerRecord<>(Streams.FEEDBACK, null, topic.topicId().toString(),
                    "{\"tally\": \"lots\"}".getBytes(StandardCharsets.UTF_8), record(
                    new FeedbackAccepted(topic.topicId(), topic.topicId(), Map.of(), 1), EventType.FEEDBACK_ACCEPTED).headers());
            feedbackStream.send(poison);
            sendTally(topic.topicId(), 1, 4, 5);

            assertThat(deadLetters.await(r -> topic.topicId().toString().equals(r.key()), 1, DEADLINE)).hasSize(1);
            awaitVerdict(slug, v -> v.get("split").get("grpc").asLong() == 5);
        }
    }

    @Test
    void anUnknownTopicIsANotFoundProblem() {
        var response = api().get("/api/verdicts/no-such-topic").send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api().get("/api/verdicts/no-such-topic/history").send().status()).isEqualTo(404);
    }
}
