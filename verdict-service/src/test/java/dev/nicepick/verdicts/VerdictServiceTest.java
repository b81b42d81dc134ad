package dev.nicepick.verdicts;

import dev.nicepick.events.CloudEventHeaders;
import dev.nicepick.events.EventType;
import dev.nicepick.events.Streams;
import dev.nicepick.events.feedback.FeedbackAccepted;
import dev.nicepick.events.topics.TopicRevised;
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
                    new FeedbackAccepted(topic.topicId(), topic.topicId(), Map.of(), 1, null), EventType.FEEDBACK_ACCEPTED).headers());
            feedbackStream.send(poison);
            sendTally(topic.topicId(), 1, 4, 5);

            assertThat(deadLetters.await(r -> topic.topicId().toString().equals(r.key()), 1, DEADLINE)).hasSize(1);
            awaitVerdict(slug, v -> v.get("split").get("grpc").asLong() == 5);
        }
    }

    @Test
    void aVerdictSaysItsOutcomeHeadlineAndProgressOnTheApiAndTheStream() {
        String slug = unique("headline");
        TopicState topic = publishTopic(slug);

        VerdictIssued issued = (VerdictIssued) codec.fromRecord(verdictsStream.await(
                r -> topic.topicId().toString().equals(r.key()), 1, DEADLINE).getFirst()).data();
        assertThat(issued.outcome()).isEqualTo("winner");
        assertThat(issued.headline()).isEqualTo("Our pick: REST. No reader evidence yet.");
        assertThat(issued.progress()).usingRecursiveComparison().ignoringFields("challengerProbability")
                .isEqualTo(new VerdictIssued.Progress(0, 20, 0.9, "grpc", 0));
        assertThat(issued.progress().challengerProbability()).isCloseTo(Math.pow(0.5, 10), within(1e-12));

        sendTally(topic.topicId(), 1, 1, 13);
        JsonNode verdict = awaitVerdict(slug, v -> v.get("revision").asLong() == 2);
        assertThat(verdict.get("type").asString()).isEqualTo("alternatives");
        assertThat(verdict.get("outcome").asString()).isEqualTo("winner");
        assertThat(verdict.get("headline").asString()).isEqualTo("Our pick: REST. Readers lean gRPC 13 to 1; the pick changes "
                + "when a challenger is 90% likely with at least 20 votes: now 14 votes, 72%.");
        JsonNode progress = verdict.get("progress");
        assertThat(progress.get("votes").asLong()).isEqualTo(14);
        assertThat(progress.get("minimumVotes").asLong()).isEqualTo(20);
        assertThat(progress.get("threshold").asDouble()).isEqualTo(0.9);
        assertThat(progress.get("challenger").asString()).isEqualTo("grpc");
        assertThat(progress.get("challengerProbability").asDouble()).isEqualTo(verdict.get("probabilities").get("grpc").asDouble());
        assertThat(verdict.get("inputs").get("type").asString()).isEqualTo("alternatives");
        assertThat(verdict.get("inputs").get("decisive").asDouble()).isEqualTo(0.75);
    }

    /** Readers split with enough votes: the same pick stays in force, but the verdict now says it is too close to call. */
    @Test
    void aSplitTooCloseToCallIsARevisionOfItsOwnThatKeepsThePick() {
        String slug = unique("too-close");
        TopicState topic = publishTopic(slug);
        sendTally(topic.topicId(), 1, 12, 8);
        awaitVerdict(slug, v -> v.get("split").get("grpc").asLong() == 8);

        sendTally(topic.topicId(), 2, 12, 20);

        JsonNode verdict = awaitVerdict(slug, v -> v.get("split").get("grpc").asLong() == 20);
        assertThat(verdict.get("outcome").asString()).isEqualTo("too-close");
        assertThat(verdict.get("winner").asString()).isEqualTo("rest");
        assertThat(verdict.get("headline").asString())
                .isEqualTo("Too close to call: readers split 12 to 20. Our pick stays REST until one side is 90% likely.");
        assertThat(verdict.get("bottomLine").asString()).startsWith("Too close to call:");
        List<JsonNode> history = api().get("/api/verdicts/" + slug + "/history").send().json().get("items").valueStream().toList();
        assertThat(history).extracting(h -> h.get("outcome").asString()).containsExactly("too-close", "winner", "winner");
        assertThat(history).extracting(h -> h.get("winner").asString()).containsOnly("rest");
    }

    /** Editors making a comparison complementary changes no vote, but the outcome: a new revision says "use both". */
    @Test
    void aComplementaryComparisonIsUseBothAndATypeChangeAloneMakesARevision() {
        String slug = unique("use-both");
        TopicState topic = publishTopic(slug);
        sendTally(topic.topicId(), 1, 12, 5);
        awaitVerdict(slug, v -> v.get("split").get("grpc").asLong() == 5);

        topicsStream.send(record(new TopicRevised(topic(topic.topicId(), slug, 3, "complementary")), EventType.TOPIC_REVISED));

        JsonNode verdict = awaitVerdict(slug, v -> v.get("outcome").asString().equals("use-both"));
        assertThat(verdict.get("revision").asLong()).isEqualTo(3);
        assertThat(verdict.get("type").asString()).isEqualTo("complementary");
        assertThat(verdict.get("winner").asString()).isEqualTo("rest");
        assertThat(verdict.get("headline").asString()).isEqualTo("Use both: REST when you build a public API, gRPC when you own "
                + "both ends of a busy link. Readers say REST matters more to them, 12 to 5.");
        assertThat(verdict.get("bottomLine").asString()).as("the editors' own bottom line").isEqualTo("REST wins for public APIs.");
        VerdictIssued issued = verdictsStream.await(r -> topic.topicId().toString().equals(r.key()), 3, DEADLINE).stream()
                .map(r -> (VerdictIssued) codec.fromRecord(r).data()).filter(v -> v.revision() == 3).findFirst().orElseThrow();
        assertThat(issued.outcome()).isEqualTo("use-both");
        assertThat(issued.headline()).isEqualTo(verdict.get("headline").asString());
    }

    @Test
    void anUnknownTopicIsANotFoundProblem() {
        var response = api().get("/api/verdicts/no-such-topic").send();

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api().get("/api/verdicts/no-such-topic/history").send().status()).isEqualTo(404);
    }
}
