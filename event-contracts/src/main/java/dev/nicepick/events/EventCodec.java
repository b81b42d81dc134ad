package dev.nicepick.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Turns events into Kafka records and back. Reading is tolerant of fields it does not know (a producer
 * may be one compatible version ahead) and strict about types it does not know.
 */
public final class EventCodec {

    private final JsonMapper json;

    public EventCodec() {
        this.json = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    public byte[] body(Event event) {
        return json.writeValueAsBytes(event);
    }

    public ProducerRecord<String, byte[]> toRecord(EventEnvelope<?> envelope) {
        return toRecord(envelope.type(), envelope.id(), envelope.source(), envelope.time(), envelope.subject(),
                envelope.correlationId(), body(envelope.data()));
    }

    /** A record from parts already serialized, as the outbox stores them. */
    public ProducerRecord<String, byte[]> toRecord(EventType type, String id, String source, Instant time,
                                                   String subject, String correlationId, byte[] body) {
        Headers headers = new RecordHeaders();
        put(headers, CloudEventHeaders.ID, id);
        put(headers, CloudEventHeaders.SOURCE, source);
        put(headers, CloudEventHeaders.TYPE, type.ceType());
        put(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        put(headers, CloudEventHeaders.TIME, time.toString());
        put(headers, CloudEventHeaders.SUBJECT, subject);
        put(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        if (correlationId != null) {
            put(headers, CloudEventHeaders.CORRELATION_ID, correlationId);
        }
        return new ProducerRecord<>(type.stream(), null, subject, body, headers);
    }

    /**
     * @throws UnknownEventTypeException when the type header names no known type
     * @throws EventDecodingException    when headers are missing or the body does not fit the type
     */
    public EventEnvelope<Event> fromRecord(ConsumerRecord<String, byte[]> record) {
        Headers headers = record.headers();
        String ceType = required(headers, CloudEventHeaders.TYPE);
        EventType type = EventType.fromCeType(ceType).orElseThrow(() -> new UnknownEventTypeException(ceType));
        String id = required(headers, CloudEventHeaders.ID);
        try {
            Event data = json.readValue(record.value(), type.payloadType());
            if (data == null || data.topicId() == null) {
                throw new EventDecodingException("Event " + id + " has no topicId");
            }
            return new EventEnvelope<>(id, type, required(headers, CloudEventHeaders.SOURCE),
                    Instant.parse(required(headers, CloudEventHeaders.TIME)), required(headers, CloudEventHeaders.SUBJECT),
                    text(headers, CloudEventHeaders.CORRELATION_ID), data);
        } catch (JacksonException | DateTimeParseException | IllegalArgumentException e) {
            throw new EventDecodingException("Event " + id + " of type " + ceType + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static void put(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String required(Headers headers, String name) {
        String value = text(headers, name);
        if (value == null || value.isBlank()) {
            throw new EventDecodingException("Missing header " + name);
        }
        return value;
    }

    public static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
