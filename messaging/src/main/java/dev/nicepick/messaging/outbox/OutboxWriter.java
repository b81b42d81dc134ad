package dev.nicepick.messaging.outbox;

import dev.nicepick.api.RequestId;
import dev.nicepick.events.Event;
import dev.nicepick.events.EventCodec;
import dev.nicepick.events.EventType;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Records an event in the caller's transaction: it is sent if and only if the change it announces commits, and the
 * commit wakes this process's relay so that it is sent at once (a rollback wakes nothing).
 */
public class OutboxWriter {

    private final JdbcClient jdbc;
    private final EventCodec codec;
    private final String source;
    /** One instance, so that a transaction appending many events registers it once (Spring keeps a set). */
    private final TransactionSynchronization wakeRelay;

    /** @param afterCommit what a commit that wrote rows runs: the relay's wake; it must not block */
    OutboxWriter(JdbcClient jdbc, EventCodec codec, String source, Runnable afterCommit) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.source = source;
        this.wakeRelay = new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                afterCommit.run();
            }
        };
    }

    /** @return the event's id */
    public UUID append(Event event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("An outbox event must be written in the transaction of the change it announces");
        }
        EventType type = EventType.of(event);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into outbox_event (event_id, event_type, message_key, source, occurred_at, correlation_id, payload)
                        values (:id, :type, :key, :source, :time, :correlationId, cast(:payload as jsonb))""")
                .param("id", id)
                .param("type", type.ceType())
                .param("key", event.topicId().toString())
                .param("source", source)
                .param("time", java.sql.Timestamp.from(Instant.now()))
                .param("correlationId", MDC.get(RequestId.LOG_KEY))
                .param("payload", new String(codec.body(event), StandardCharsets.UTF_8))
                .update();
        TransactionSynchronizationManager.registerSynchronization(wakeRelay);
        return id;
    }
}
