package dev.nicepick.events;

import java.time.Instant;

/**
 * An event with its CloudEvents attributes, as it travels in a Kafka record: attributes in headers,
 * the body as JSON.
 *
 * @param id            unique per event; consumers remember it to apply each event once
 * @param source        the producing service, e.g. {@code /topics-service}
 * @param subject       the topic id the event concerns (also the Kafka key)
 * @param correlationId the request id that caused it, so one reader's action can be followed across services
 */
public record EventEnvelope<T extends Event>(
        String id, EventType type, String source, Instant time, String subject, String correlationId, T data) {
}
