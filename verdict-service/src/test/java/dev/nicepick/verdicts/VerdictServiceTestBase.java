package dev.nicepick.verdicts;

import dev.nicepick.events.Event;
import dev.nicepick.events.EventCodec;
import dev.nicepick.events.EventEnvelope;
import dev.nicepick.events.EventType;
import dev.nicepick.events.Streams;
import dev.nicepick.events.feedback.FeedbackAccepted;
import dev.nicepick.events.topics.TopicPublished;
import dev.nicepick.events.topics.TopicState;
import dev.nicepick.testsupport.ServiceIntegrationTest;
import dev.nicepick.testsupport.kafka.KafkaProbe;
import org.apache.kafka.clients.producer.RecordMetadata;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** verdict-service seen from outside: events go in through Kafka, verdicts come out on verdicts.v1 and the API. */
abstract class VerdictServiceTestBase extends ServiceIntegrationTest {

    static final String FEEDBACK_GROUP = "verdict-service.feedback";

    final EventCodec codec = new EventCodec();
    final KafkaProbe topicsStream = probe(Streams.TOPICS);
    final KafkaProbe feedbackStream = probe(Streams.FEEDBACK);
    final KafkaProbe verdictsStream = probe(Streams.VERDICTS);

    /** A published two-option topic whose editors pick "rest" with strength 10. */
    TopicState publishTopic(String slug) {
        TopicState state = topic(UUID.randomUUID(), slug, 2, null);
        topicsStream.send(record(new TopicPublished(state), EventType.TOPIC_PUBLISHED));
        return state;
    }

    /** REST vs gRPC at {@code version}, of comparison {@code type} (null: alternatives, as older events say). */
    static TopicState topic(UUID topicId, String slug, long version, String type) {
        return new TopicState(topicId, slug, "REST vs gRPC", "published", version,
                new TopicState.EditorialPick("rest", 10),
                List.of(new TopicState.TopicOption("rest", "REST", List.of("Works everywhere"), List.of("Chatty"), "build a public API", null),
                        new TopicState.TopicOption("grpc", "gRPC", List.of("Fast"), List.of("Needs HTTP/2"), "own both ends of a busy link", null)),
                "REST wins for public APIs.", type);
    }

    /** A tally as events written before {@code acceptedAt} existed carry it: without one. */
    RecordMetadata sendTally(UUID topicId, long sequence, long rest, long grpc) {
        return sendTally(topicId, sequence, rest, grpc, null);
    }

    RecordMetadata sendTally(UUID topicId, long sequence, long rest, long grpc, Instant acceptedAt) {
        return feedbackStream.send(record(new FeedbackAccepted(topicId, UUID.randomUUID(), Map.of("rest", rest, "grpc", grpc),
                sequence, acceptedAt), EventType.FEEDBACK_ACCEPTED));
    }

    JsonNode awaitVerdict(String slug, Predicate<JsonNode> matching) {
        return await().atMost(DEADLINE).until(() -> {
            var response = api().get("/api/verdicts/" + slug).send();
            return response.status() == 200 ? response.json() : null;
        }, v -> v != null && matching.test(v));
    }

    JsonNode verdict(String slug) {
        return api().get("/api/verdicts/" + slug).send().json();
    }

    org.apache.kafka.clients.producer.ProducerRecord<String, byte[]> record(Event event, EventType type) {
        return codec.toRecord(new EventEnvelope<>(UUID.randomUUID().toString(), type, "/test", Instant.now(),
                event.topicId().toString(), "test-request", event));
    }
}
