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
    private final OutboxTracing tracing;
    /** One instance, so that a transaction appending many events registers it once (Spring keeps a set). */
    private final TransactionSynchronization wakeRelay;

    /** @param afterCommit what a commit that wrote rows runs: the relay's wake; it must not block */
    OutboxWriter(JdbcClient jdbc, EventCodec codec, String source, OutboxTracing tracing, Runnable afterCommit) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.source = source;
        this.tracing = tracing;
        this.wakeRelay = new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                afterCommit.run();
            }
        };
    }

    /**
     * Writes the row in an observation of its own ({@link OutboxTracing#WRITE}), keeping the trace context of the
     * writer (a request, a listener handling a record) for the relay to continue.
     *
     * @return the event's id
     * @throws IllegalStateException outside a transaction
     */
    public UUID append(Event event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("An outbox event must be written in the transaction of the change it announces");
        }
        EventType type = EventType.of(event);
        UUID id = UUID.randomUUID();
        tracing.write(type.ceType(), trace -> jdbc.sql("""
                        insert into outbox_event (event_id, event_type, message_key, source, occurred_at, correlation_id, payload,
                                                  trace_parent, trace_state)
                        values (:id, :type, :key, :source, :time, :correlationId, cast(:payload as jsonb), :traceParent, :traceState)""")
                .param("id", id)
                .param("type", type.ceType())
                .param("key", event.topicId().toString())
                .param("source", source)
                .param("time", java.sql.Timestamp.from(Instant.now()))
                .param("correlationId", MDC.get(RequestId.LOG_KEY))
                .param("payload", new String(codec.body(event), StandardCharsets.UTF_8))
                .param("traceParent", trace.traceParent())
                .param("traceState", trace.traceState())
                .update());
        TransactionSynchronizationManager.registerSynchronization(wakeRelay);
        return id;
    }
}
