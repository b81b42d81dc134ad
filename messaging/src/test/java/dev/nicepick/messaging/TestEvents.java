package dev.nicepick.messaging;

import dev.nicepick.events.Event;
import dev.nicepick.events.EventCodec;
import dev.nicepick.events.EventEnvelope;
import dev.nicepick.events.EventType;
import dev.nicepick.testsupport.EmbeddedInfrastructure;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Records and addresses the messaging tests share. */
public final class TestEvents {

    public static final Duration DEADLINE = Duration.ofSeconds(60);

    public static String kafka() {
        return EmbeddedInfrastructure.get().kafkaBootstrapServers();
    }

    /** A record of {@code event} as another service's outbox relay would send it. */
    public static ProducerRecord<String, byte[]> record(Event event, String correlationId) {
        return new EventCodec().toRecord(new EventEnvelope<>(UUID.randomUUID().toString(), EventType.of(event), "/test",
                Instant.now(), event.topicId().toString(), correlationId, event));
    }

    private TestEvents() {
    }
}
