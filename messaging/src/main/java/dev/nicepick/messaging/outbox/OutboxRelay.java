package dev.nicepick.messaging.outbox;

import dev.nicepick.events.EventCodec;
import dev.nicepick.events.EventType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Sends outbox rows to Kafka in the order they were written, and deletes each row only once the broker
 * has acknowledged it. While the broker is away it keeps trying, backing off up to a limit; a row can be
 * sent twice (after a crash between acknowledgement and delete), never lost. Among replicas of a
 * service, one relay works at a time (a PostgreSQL advisory lock), which keeps per-topic order.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x6e6963657069636bL; // "nicepick"

    /**
     * Starts after the streams are declared and stops after the web server's graceful shutdown (phase
     * {@code DEFAULT_PHASE - 1024}: no new requests, those in flight finished and committed) and before the web
     * server's own stop ({@code DEFAULT_PHASE - 2048}); the Kafka producer factory ({@code Integer.MIN_VALUE}) and
     * the database pool (closed after every phase) are still there for the last round.
     */
    public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1536;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, byte[]> kafka;
    private final EventCodec codec;
    private final OutboxProperties properties;
    private final Counter sent;
    private final Counter failures;
    private final RelayPace pace;
    private volatile ScheduledExecutorService executor;

    OutboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<String, byte[]> kafka,
                EventCodec codec, OutboxProperties properties, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.codec = codec;
        this.properties = properties;
        this.sent = Counter.builder("nicepick.outbox.sent").description("Events acknowledged by Kafka").register(meters);
        this.failures = Counter.builder("nicepick.outbox.failures").description("Relay rounds that could not deliver").register(meters);
        this.pace = new RelayPace(properties);
        TimeGauge.builder("nicepick.outbox.backoff", pace, TimeUnit.MILLISECONDS, p -> p.backoff().toMillis())
                .description("The relay's pause between rounds while Kafka refuses; zero while it acknowledges")
                .register(meters);
    }

    @Override
    public synchronized void start() {
        var scheduler = new ScheduledThreadPoolExecutor(1, r -> new Thread(r, "outbox-relay"));
        // a stop cancels the pause before the next round instead of waiting it out
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor = scheduler;
        executor.schedule(this::round, 0, TimeUnit.MILLISECONDS);
    }

    /**
     * Lets the round in progress finish, then sends what was committed before the stop (batch after batch while they
     * come back full), and logs how many rows stay in the outbox for the next instance: none unless the broker
     * refused or another instance's relay holds the lock. A row is never dropped.
     */
    @Override
    public void stop() {
        ScheduledExecutorService current;
        synchronized (this) {
            current = executor;
            executor = null;
        }
        if (current == null) {
            return;
        }
        current.shutdown();
        try {
            current.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            int delivered;
            do {
                delivered = relayBatch();
            } while (delivered == properties.batchSize());
        } catch (RuntimeException e) {
            log.warn("Outbox relay could not deliver before stopping: {}", e.getMessage());
        }
        log.info("outbox relay stopped, {} rows pending", pending());
    }

    /**
     * {@link #stop()} on a thread of its own, so that Spring waits for it at most its shutdown-phase timeout
     * ({@code spring.lifecycle.timeout-per-shutdown-phase}) and a relay stuck on an absent broker cannot hold the
     * process past its grace period; what it has not sent by then stays in the outbox for the next instance.
     */
    @Override
    public void stop(Runnable callback) {
        Thread.ofVirtual().name("outbox-relay-stop").start(() -> {
            try {
                stop();
            } finally {
                callback.run();
            }
        });
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** @return the rows in the outbox now, whichever instance wrote them */
    private long pending() {
        return jdbc.sql("select count(*) from outbox_event").query(Long.class).single();
    }

    private void round() {
        Duration next;
        try {
            next = pace.afterDelivery(relayBatch());
        } catch (RuntimeException e) {
            failures.increment();
            next = pace.afterFailure();
            log.warn("Outbox relay could not deliver; trying again in {} ms: {}", next.toMillis(), e.getMessage());
        }
        ScheduledExecutorService current = executor;
        if (current != null && !current.isShutdown()) {
            current.schedule(this::round, next.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** @return how many rows Kafka acknowledged in this round */
    int relayBatch() {
        Integer delivered = transactions.execute(status -> {
            Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:lock)").param("lock", RELAY_LOCK)
                    .query(Boolean.class).single();
            if (!locked) {
                return 0;
            }
            List<Row> rows = jdbc.sql("""
                            select seq, event_id, event_type, message_key, source, occurred_at, correlation_id, payload::text as payload
                            from outbox_event order by seq limit :limit""")
                    .param("limit", properties.batchSize())
                    .query((rs, n) -> new Row(rs.getLong("seq"), rs.getObject("event_id", UUID.class),
                            rs.getString("event_type"), rs.getString("message_key"), rs.getString("source"),
                            rs.getTimestamp("occurred_at"), rs.getString("correlation_id"), rs.getString("payload")))
                    .list();
            List<Long> acknowledged = send(rows);
            if (!acknowledged.isEmpty()) {
                jdbc.sql("delete from outbox_event where seq in (:seqs)").param("seqs", acknowledged).update();
            }
            return acknowledged.size();
        });
        return delivered == null ? 0 : delivered;
    }

    /** Sends all rows, then keeps the acknowledged prefix: a later row is never counted ahead of an earlier failure. */
    private List<Long> send(List<Row> rows) {
        List<CompletableFuture<SendResult<String, byte[]>>> futures = new ArrayList<>();
        for (Row row : rows) {
            futures.add(kafka.send(row.toRecord(codec)));
        }
        List<Long> acknowledged = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            try {
                futures.get(i).get(30, TimeUnit.SECONDS);
                acknowledged.add(rows.get(i).seq());
                sent.increment();
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                if (acknowledged.isEmpty()) {
                    throw new IllegalStateException("Kafka did not acknowledge event " + rows.get(i).eventId(), e);
                }
                break;
            }
        }
        return acknowledged;
    }

    private record Row(long seq, UUID eventId, String type, String key, String source, Timestamp occurredAt,
                       String correlationId, String payload) {

        ProducerRecord<String, byte[]> toRecord(EventCodec codec) {
            EventType eventType = EventType.fromCeType(type)
                    .orElseThrow(() -> new IllegalStateException("Outbox row " + seq + " has unknown type " + type));
            return codec.toRecord(eventType, eventId.toString(), source, occurredAt.toInstant(), key, correlationId,
                    payload.getBytes(StandardCharsets.UTF_8));
        }
    }
}
