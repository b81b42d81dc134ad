package dev.nicepick.events;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.nicepick.events.feedback.FeedbackAccepted;
import dev.nicepick.events.feedback.FeedbackHidden;
import dev.nicepick.events.feedback.FeedbackRestored;
import dev.nicepick.events.feedback.FeedbackWithdrawn;
import dev.nicepick.events.topics.TopicArchived;
import dev.nicepick.events.topics.TopicPublished;
import dev.nicepick.events.topics.TopicRevised;
import dev.nicepick.events.topics.TopicState;
import dev.nicepick.events.verdicts.ExperimentUnitRequested;
import dev.nicepick.events.verdicts.RecomputeRequested;
import dev.nicepick.events.verdicts.VerdictIssued;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventContractsTest {

    private static final UUID TOPIC = UUID.fromString("0b8f2a4e-6d0a-4c55-9a51-2f1f4a0b7c11");
    private static final TopicState STATE = new TopicState(TOPIC, "rest-vs-grpc", "REST vs gRPC", "published", 3,
            new TopicState.EditorialPick("rest", 10),
            List.of(new TopicState.TopicOption("rest", "REST", List.of("Works everywhere"), List.of("Chatty"), "build public APIs", "concept"),
                    new TopicState.TopicOption("grpc", "gRPC", List.of("Fast"), List.of("Needs HTTP/2"), null, null)),
            "REST for public APIs.", "alternatives");
    private static final UUID FEEDBACK = UUID.fromString("5d1c7e2a-1111-4c55-9a51-2f1f4a0b7c22");
    private static final Map<String, Long> TALLY = Map.of("rest", 12L, "grpc", 4L);
    private static final Instant ACCEPTED = Instant.parse("2026-11-24T07:59:59.123456Z");
    private static final Map<EventType, Event> SAMPLES = new EnumMap<>(Map.of(
            EventType.RECOMPUTE_REQUESTED, new RecomputeRequested(TOPIC, FEEDBACK),
            EventType.EXPERIMENT_UNIT_REQUESTED, new ExperimentUnitRequested(TOPIC, FEEDBACK, 3, Instant.parse("2026-11-24T08:02:00Z")),
            EventType.FEEDBACK_ACCEPTED, new FeedbackAccepted(TOPIC, FEEDBACK, TALLY, 16, ACCEPTED),
            EventType.FEEDBACK_WITHDRAWN, new FeedbackWithdrawn(TOPIC, FEEDBACK, TALLY, 17, ACCEPTED),
            EventType.FEEDBACK_HIDDEN, new FeedbackHidden(TOPIC, FEEDBACK, TALLY, 18, ACCEPTED),
            EventType.FEEDBACK_RESTORED, new FeedbackRestored(TOPIC, FEEDBACK, TALLY, 19, ACCEPTED),
            EventType.TOPIC_PUBLISHED, new TopicPublished(STATE),
            EventType.TOPIC_REVISED, new TopicRevised(STATE),
            EventType.TOPIC_ARCHIVED, new TopicArchived(TOPIC, "rest-vs-grpc", 4),
            EventType.VERDICT_ISSUED, new VerdictIssued(TOPIC, "rest-vs-grpc", 2, "rest", 0.97, Map.of("rest", 12L, "grpc", 4L),
                    "rest", false, "editorial pick kept", List.of(new VerdictIssued.UseIf("rest", "Use REST if you build public APIs.")),
                    "REST for public APIs.", Instant.parse("2026-11-24T08:00:00Z"), "winner", "Our pick: REST; readers agree",
                    new VerdictIssued.Progress(16, 20, 0.9, "grpc", 0.03), ACCEPTED)));

    private final EventCodec codec = new EventCodec();
    private final JsonMapper json = JsonMapper.builder().build();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventTypeMatchesItsPublishedSchema(EventType type) throws IOException {
        Event sample = SAMPLES.get(type);
        assertThat(sample).as("a sample of " + type).isNotNull();

        assertThat(schema(type).validate(json.readTree(codec.body(sample)))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventTypeSurvivesTheTripThroughKafka(EventType type) {
        Event sample = SAMPLES.get(type);
        var envelope = new EventEnvelope<>("id-1", type, "/test", Instant.parse("2026-11-24T08:00:00Z"), TOPIC.toString(),
                "req-1", sample);

        EventEnvelope<Event> read = codec.fromRecord(consumed(codec.toRecord(envelope)));

        assertThat(read).isEqualTo(envelope);
        assertThat(codec.toRecord(envelope).topic()).isEqualTo(type.stream());
        assertThat(codec.toRecord(envelope).key()).isEqualTo(TOPIC.toString());
    }

    @Test
    void anEventWrittenBeforeACompatibleChangeIsStillRead() throws IOException {
        byte[] written;
        try (InputStream in = getClass().getResourceAsStream("/events/topic-published-before-bestFor.json")) {
            written = in.readAllBytes();
        }
        assertThat(schema(EventType.TOPIC_PUBLISHED).validate(json.readTree(written))).isEmpty();

        TopicPublished read = (TopicPublished) codec.fromRecord(consumed(record(EventType.TOPIC_PUBLISHED.ceType(), written))).data();

        assertThat(read.topic().slug()).isEqualTo("rest-vs-grpc");
        assertThat(read.topic().options()).extracting(TopicState.TopicOption::bestFor).containsOnlyNulls();
    }

    @Test
    void eventsWrittenBeforeTheLagWasMeasuredAreStillReadWithoutItsInstants() throws IOException {
        byte[] feedback = """
                {"topicId": "0b8f2a4e-6d0a-4c55-9a51-2f1f4a0b7c11", "feedbackId": "5d1c7e2a-1111-4c55-9a51-2f1f4a0b7c22",
                 "tally": {"rest": 12, "grpc": 4}, "sequence": 16}
                """.getBytes(StandardCharsets.UTF_8);
        byte[] verdict = """
                {"topicId": "0b8f2a4e-6d0a-4c55-9a51-2f1f4a0b7c11", "slug": "rest-vs-grpc", "revision": 2, "winner": "rest",
                 "probability": 0.97, "split": {"rest": 12, "grpc": 4}, "editorialPick": "rest", "overturned": false,
                 "computedAt": "2026-11-24T08:00:00Z"}
                """.getBytes(StandardCharsets.UTF_8);

        FeedbackAccepted accepted = (FeedbackAccepted) codec.fromRecord(consumed(record(EventType.FEEDBACK_ACCEPTED.ceType(), feedback))).data();
        VerdictIssued issued = (VerdictIssued) codec.fromRecord(consumed(record(EventType.VERDICT_ISSUED.ceType(), verdict))).data();

        assertThat(schema(EventType.FEEDBACK_ACCEPTED).validate(json.readTree(feedback))).isEmpty();
        assertThat(schema(EventType.VERDICT_ISSUED).validate(json.readTree(verdict))).isEmpty();
        assertThat(accepted.acceptedAt()).isNull();
        assertThat(issued.feedbackAcceptedAt()).isNull();
    }

    @Test
    void theLagsInstantsTravelToTheMicrosecond() {
        assertThat(json.readTree(codec.body(SAMPLES.get(EventType.FEEDBACK_WITHDRAWN))).get("acceptedAt").asString())
                .isEqualTo("2026-11-24T07:59:59.123456Z");
        assertThat(json.readTree(codec.body(SAMPLES.get(EventType.VERDICT_ISSUED))).get("feedbackAcceptedAt").asString())
                .isEqualTo("2026-11-24T07:59:59.123456Z");
    }

    @Test
    void anEventWithFieldsFromANewerCompatibleVersionIsRead() {
        byte[] newer = """
                {"topicId": "0b8f2a4e-6d0a-4c55-9a51-2f1f4a0b7c11", "slug": "rest-vs-grpc", "version": 5, "archivedBy": "editor-7"}
                """.getBytes(StandardCharsets.UTF_8);

        TopicArchived read = (TopicArchived) codec.fromRecord(consumed(record(EventType.TOPIC_ARCHIVED.ceType(), newer))).data();

        assertThat(read.version()).isEqualTo(5);
    }

    @Test
    void anUnknownEventTypeIsRejectedNotDropped() {
        ConsumerRecord<String, byte[]> unknown = consumed(record("dev.nicepick.topic.renamed.v1", "{}".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> codec.fromRecord(unknown))
                .isInstanceOf(UnknownEventTypeException.class)
                .hasMessageContaining("dev.nicepick.topic.renamed.v1");
    }

    @Test
    void aBodyThatDoesNotFitItsTypeIsRejected() {
        assertThatThrownBy(() -> codec.fromRecord(consumed(record(EventType.TOPIC_ARCHIVED.ceType(), "[1,2]".getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOf(EventDecodingException.class);
        assertThatThrownBy(() -> codec.fromRecord(consumed(record(EventType.TOPIC_ARCHIVED.ceType(), "{\"slug\":\"x\"}".getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("topicId");
    }

    @Test
    void recordsKeepTheWireFormatConsumersRead() {
        var envelope = new EventEnvelope<>("id-3", EventType.TOPIC_ARCHIVED, "/topics-service",
                Instant.parse("2026-11-24T08:00:00Z"), TOPIC.toString(), "req-3", SAMPLES.get(EventType.TOPIC_ARCHIVED));

        ProducerRecord<String, byte[]> record = codec.toRecord(envelope);

        Map<String, String> headers = new java.util.TreeMap<>();
        record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        assertThat(headers).containsExactlyInAnyOrderEntriesOf(Map.of(
                "ce_id", "id-3",
                "ce_source", "/topics-service",
                "ce_type", "dev.nicepick.topic.archived.v1",
                "ce_specversion", "1.0",
                "ce_time", "2026-11-24T08:00:00Z",
                "ce_subject", TOPIC.toString(),
                "ce_correlationid", "req-3",
                "content-type", "application/json"));
        assertThat(json.readTree(record.value())).isEqualTo(json.readTree(codec.body(envelope.data())));
    }

    @Test
    void anEventWithoutACorrelationIdHasNoSuchHeader() {
        var envelope = new EventEnvelope<>("id-4", EventType.TOPIC_ARCHIVED, "/test", Instant.parse("2026-11-24T08:00:00Z"),
                TOPIC.toString(), null, SAMPLES.get(EventType.TOPIC_ARCHIVED));

        ProducerRecord<String, byte[]> record = codec.toRecord(envelope);

        assertThat(record.headers().lastHeader(CloudEventHeaders.CORRELATION_ID)).isNull();
        assertThat(codec.fromRecord(consumed(record))).isEqualTo(envelope);
    }

    @Test
    void anEventOnAnotherTypesStreamIsRejected() {
        ProducerRecord<String, byte[]> sent = codec.toRecord(new EventEnvelope<>("id-5", EventType.VERDICT_ISSUED, "/test",
                Instant.parse("2026-11-24T08:00:00Z"), TOPIC.toString(), null, SAMPLES.get(EventType.VERDICT_ISSUED)));
        ConsumerRecord<String, byte[]> onTopicsStream = new ConsumerRecord<>(Streams.TOPICS, 0, 0, sent.key(), sent.value());
        sent.headers().forEach(h -> onTopicsStream.headers().add(h));

        assertThatThrownBy(() -> codec.fromRecord(onTopicsStream))
                .isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("does not belong on " + Streams.TOPICS);
    }

    @Test
    void aRecordMissingARequiredAttributeIsRejected() {
        for (String header : List.of(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.ID, CloudEventHeaders.TIME,
                CloudEventHeaders.SUBJECT)) {
            ProducerRecord<String, byte[]> record = record(EventType.TOPIC_ARCHIVED.ceType(),
                    codec.body(SAMPLES.get(EventType.TOPIC_ARCHIVED)));
            record.headers().remove(header);

            assertThatThrownBy(() -> codec.fromRecord(consumed(record))).as(header).isInstanceOf(EventDecodingException.class);
        }
    }

    private Schema schema(EventType type) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(type.schemaResource())) {
            assertThat(in).as(type.schemaResource()).isNotNull();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    /** A record of {@code ceType} on its type's stream (a type nobody knows: on the topics stream). */
    private ProducerRecord<String, byte[]> record(String ceType, byte[] body) {
        ProducerRecord<String, byte[]> record = codec.toRecord(EventType.fromCeType(ceType).orElse(EventType.TOPIC_PUBLISHED), "id-2", "/test",
                Instant.parse("2026-11-24T08:00:00Z"), TOPIC.toString(), null, body);
        record.headers().remove(CloudEventHeaders.TYPE);
        record.headers().add(CloudEventHeaders.TYPE, ceType.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static ConsumerRecord<String, byte[]> consumed(ProducerRecord<String, byte[]> sent) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(sent.topic(), 0, 0, sent.key(), sent.value());
        sent.headers().forEach(h -> record.headers().add(h));
        return record;
    }
}
