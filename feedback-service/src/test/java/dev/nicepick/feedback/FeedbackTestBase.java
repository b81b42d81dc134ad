package dev.nicepick.feedback;

import dev.nicepick.api.HeaderNames;
import dev.nicepick.events.Event;
import dev.nicepick.events.EventCodec;
import dev.nicepick.events.EventEnvelope;
import dev.nicepick.events.EventType;
import dev.nicepick.events.Streams;
import dev.nicepick.events.feedback.FeedbackEvent;
import dev.nicepick.events.topics.TopicPublished;
import dev.nicepick.events.topics.TopicState;
import dev.nicepick.testsupport.ServiceIntegrationTest;
import dev.nicepick.testsupport.auth.TestSecrets;
import dev.nicepick.testsupport.http.Api;
import dev.nicepick.testsupport.kafka.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** feedback-service from outside: topics arrive through Kafka, readers call its API, tallies leave on feedback.events.v1. */
abstract class FeedbackTestBase extends ServiceIntegrationTest {

    final EventCodec codec = new EventCodec();
    final KafkaProbe topicsStream = probe(Streams.TOPICS);
    final KafkaProbe feedbackStream = probe(Streams.FEEDBACK);

    @Autowired
    JdbcClient jdbc;

    /** Events of this topic acknowledged (committed) but not yet relayed to Kafka. */
    long pendingEvents(TopicState topic) {
        return jdbc.sql("select count(*) from outbox_event where message_key = :key")
                .param("key", topic.topicId().toString()).query(Long.class).single();
    }

    /** A published topic with options "rest" and "grpc", known to the service when this returns. */
    TopicState publishedTopic() {
        return publishedTopic(unique("feedback"));
    }

    /** {@link #publishedTopic()} under this slug. */
    TopicState publishedTopic(String slug) {
        return published(topicState(UUID.randomUUID(), slug, 2, null, List.of("Everywhere", "Cacheable")));
    }

    /** A published comparison of type complementary ("rest" and "grpc": readers say which matters more). */
    TopicState publishedComplementaryTopic() {
        return published(topicState(UUID.randomUUID(), unique("complementary"), 2, "complementary", List.of("Everywhere")));
    }

    TopicState published(TopicState state) {
        send(new TopicPublished(state), EventType.TOPIC_PUBLISHED);
        await().atMost(DEADLINE).until(() -> api().get(summaryPath(state.slug())).send().status() == 200);
        return state;
    }

    /**
     * REST vs gRPC, editorial pick "rest"; gRPC's pros are "Fast", the cons "Chatty" (REST) and "HTTP/2" (gRPC).
     *
     * @param type     null (alternatives) or complementary
     * @param restPros REST's pros, in order
     */
    static TopicState topicState(UUID id, String slug, long version, String type, List<String> restPros) {
        return new TopicState(id, slug, "REST vs gRPC", "published", version,
                new TopicState.EditorialPick("rest", 10),
                List.of(new TopicState.TopicOption("rest", "REST", restPros, List.of("Chatty"), null, null),
                        new TopicState.TopicOption("grpc", "gRPC", List.of("Fast"), List.of("HTTP/2"), null, null)),
                "REST wins.", type);
    }

    void send(Event event, EventType type) {
        topicsStream.send(codec.toRecord(new EventEnvelope<>(UUID.randomUUID().toString(), type, "/test", Instant.now(),
                event.topicId().toString(), null, event)));
    }

    static Map<String, Object> body(String stance, String option) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("stance", stance);
        body.put("preferredOption", option);
        body.put("comment", "I use " + option + " every day.");
        body.put("email", "reader@example.com");
        return body;
    }

    Api.Request give(String slug, String reader, Object body) {
        return asReader(api().post("/api/topics/" + slug + "/feedback", body), reader)
                .header("X-Forwarded-For", "198.51.100." + Math.abs(reader.hashCode() % 250));
    }

    /** As the gateway sends a reader's request: with its credential and the reader's key. */
    static Api.Request asReader(Api.Request request, String reader) {
        return request.header(HeaderNames.GATEWAY_CREDENTIAL, TestSecrets.gatewayCredential())
                .header(HeaderNames.READER_KEY, reader);
    }

    static String minePath(String slug) {
        return "/api/topics/" + slug + "/feedback/mine";
    }

    static String summaryPath(String slug) {
        return "/api/topics/" + slug + "/feedback/summary";
    }

    JsonNode summary(String slug) {
        return api().get(summaryPath(slug)).send().json();
    }

    /** The feedback events of one topic seen so far, in stream order (one topic's events share a partition). */
    List<FeedbackEvent> events(UUID topicId, int atLeast) {
        return feedbackStream.await(r -> topicId.toString().equals(r.key()), atLeast, DEADLINE).stream()
                .map(this::decode).toList();
    }

    FeedbackEvent decode(ConsumerRecord<String, byte[]> record) {
        return (FeedbackEvent) codec.fromRecord(record).data();
    }
}
