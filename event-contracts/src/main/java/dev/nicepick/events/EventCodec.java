package dev.nicepick.events;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Turns events into Kafka records and back, through the CloudEvents SDK's Kafka binding in binary mode:
 * every attribute a {@code ce_} header (see {@link CloudEventHeaders}), the body our own JSON. Reading is
 * tolerant of fields it does not know (a producer may be one compatible version ahead) and strict about
 * types it does not know and about events on a stream that is not their type's.
 */
public final class EventCodec {

    /** CloudEvents extension attribute: the request id that caused the event. */
    static final String CORRELATION_ID_EXTENSION = "correlationid";
    private static final String JSON = "application/json";

    private final JsonMapper json;

    public EventCodec() {
        this.json = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    /** The event's body as UTF-8 JSON, as its type's schema describes it. */
    public byte[] body(Event event) {
        return json.writeValueAsBytes(event);
    }

    /** A record on the type's stream, keyed by the envelope's subject. */
    public ProducerRecord<String, byte[]> toRecord(EventEnvelope<?> envelope) {
        return toRecord(envelope.type(), envelope.id(), envelope.source(), envelope.time(), envelope.subject(),
                envelope.correlationId(), body(envelope.data()));
    }

    /**
     * A record from parts already serialized, as the outbox stores them.
     *
     * @param source        a URI reference such as {@code /topics-service}
     * @param correlationId may be null: then the record has no {@code ce_correlationid} header
     */
    public ProducerRecord<String, byte[]> toRecord(EventType type, String id, String source, Instant time,
                                                   String subject, String correlationId, byte[] body) {
        CloudEventBuilder event = CloudEventBuilder.v1()
                .withId(id)
                .withSource(URI.create(source))
                .withType(type.ceType())
                .withTime(time.atOffset(ZoneOffset.UTC))
                .withSubject(subject)
                .withData(JSON, body);
        if (correlationId != null) {
            event.withExtension(CORRELATION_ID_EXTENSION, correlationId);
        }
        return KafkaMessageFactory.createWriter(type.stream(), subject).writeBinary(event.build());
    }

    /**
     * @throws UnknownEventTypeException when the type attribute names no known type
     * @throws EventDecodingException    when attributes are missing or malformed, the type belongs on another
     *                                   stream than the record's, or the body does not fit the type
     */
    public EventEnvelope<Event> fromRecord(ConsumerRecord<?, byte[]> record) {
        CloudEvent event = cloudEvent(record);
        EventType type = EventType.fromCeType(event.getType()).orElseThrow(() -> new UnknownEventTypeException(event.getType()));
        if (!type.stream().equals(record.topic())) {
            throw new EventDecodingException("Event " + event.getId() + " of type " + type.ceType() + " does not belong on "
                    + record.topic());
        }
        OffsetDateTime time = required(event.getTime(), "time", event);
        String subject = required(event.getSubject(), "subject", event);
        byte[] body = required(event.getData(), "data", event).toBytes();
        try {
            Event data = json.readValue(body, type.payloadType());
            if (data == null || data.topicId() == null) {
                throw new EventDecodingException("Event " + event.getId() + " has no topicId");
            }
            Object correlationId = event.getExtension(CORRELATION_ID_EXTENSION);
            return new EventEnvelope<>(event.getId(), type, event.getSource().toString(), time.toInstant(), subject,
                    correlationId == null ? null : correlationId.toString(), data);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new EventDecodingException("Event " + event.getId() + " of type " + type.ceType() + " cannot be read: "
                    + e.getMessage(), e);
        }
    }

    private static CloudEvent cloudEvent(ConsumerRecord<?, byte[]> record) {
        try {
            return KafkaMessageFactory.createReader(record).toEvent();
        } catch (CloudEventRWException | IllegalStateException e) { // the SDK's two ways of saying "not a CloudEvent"
            throw new EventDecodingException("Record at offset " + record.offset() + " of " + record.topic()
                    + " is not a CloudEvent: " + e.getMessage(), e);
        }
    }

    private static <T> T required(T value, String attribute, CloudEvent event) {
        if (value == null) {
            throw new EventDecodingException("Event " + event.getId() + " has no " + attribute);
        }
        return value;
    }
}
