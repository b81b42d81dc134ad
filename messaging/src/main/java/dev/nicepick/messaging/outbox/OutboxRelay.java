package dev.nicepick.messaging.outbox;

import dev.nicepick.events.EventCodec;
import dev.nicepick.events.EventType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.observation.Observation;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.CannotAcquireLockException;
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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Sends outbox rows to Kafka in the order they were written, and deletes each row only once the broker
 * has acknowledged it. A commit that wrote rows wakes it ({@link #wake()}); otherwise it looks every poll interval,
 * the safety net ({@link RelayPace}). While the broker is away it keeps trying, backing off up to a limit, and a wake
 * does not shorten the pause; a row can be sent twice (after a crash between acknowledgement and delete), never lost.
 * Among replicas of a service, one relay works at a time (a PostgreSQL advisory lock), which keeps per-topic order.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x6e6963657069636bL; // "nicepick"
    /**
     * How long a round waits for another replica's round to release the lock: a healthy round takes milliseconds, and
     * waiting for it (rather than giving up at once) sends a woken replica's rows without waiting for the safety net;
     * a round stuck on an absent broker is not waited out.
     */
    private static final Duration LOCK_WAIT = Duration.ofSeconds(1);

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
    private final OutboxTracing tracing;
    private final Counter sent;
    private final Counter failures;
    private final Counter rounds;
    private final RelayPace pace;
    private ScheduledExecutorService executor; // guarded by this, like the two fields below
    /** The round scheduled and not yet begun; null while one runs. */
    private ScheduledFuture<?> nextRound;
    /** A commit woke the relay since the current round began. */
    private boolean woken;

    OutboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<String, byte[]> kafka,
                EventCodec codec, OutboxProperties properties, MeterRegistry meters, OutboxTracing tracing) {
        this.jdbc = jdbc;
        this.tracing = tracing;
        this.transactions = transactions;
        this.kafka = kafka;
        this.codec = codec;
        this.properties = properties;
        this.sent = Counter.builder("nicepick.outbox.sent").description("Events acknowledged by Kafka").register(meters);
        this.failures = Counter.builder("nicepick.outbox.failures").description("Relay rounds that could not deliver").register(meters);
        this.rounds = Counter.builder("nicepick.outbox.rounds")
                .description("Relay rounds begun: woken by a commit, after a full batch, by the safety-net poll, or after a back-off")
                .register(meters);
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
        nextRound = executor.schedule(this::round, 0, TimeUnit.MILLISECONDS);
    }

    /**
     * Runs a round at once, because a transaction that wrote outbox rows committed (see {@link OutboxWriter}). Many
     * wakes before a round begins make one round; a wake during a round makes one more right after it; while the
     * broker refuses, the back-off holds (the round after it sends the rows). Nothing happens while the relay is
     * stopped. Never blocks: it is called on the committing thread.
     */
    synchronized void wake() {
        woken = true;
        if (executor == null || nextRound == null || !pace.backoff().isZero()) {
            return; // stopped; a round is running and looks again when it ends; or backing off
        }
        if (nextRound.cancel(false)) {
            nextRound = executor.schedule(this::round, 0, TimeUnit.MILLISECONDS);
        }
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
            nextRound = null;
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
        synchronized (this) {
            nextRound = null;
            woken = false; // what committed before this point, this round reads
        }
        rounds.increment();
        int delivered;
        try {
            delivered = relayBatch();
        } catch (RuntimeException e) {
            failures.increment();
            Duration next = pace.afterFailure();
            log.warn("Outbox relay could not deliver; trying again in {} ms: {}", next.toMillis(), e.getMessage());
            scheduleNext(next);
            return;
        }
        synchronized (this) {
            scheduleNext(pace.afterDelivery(delivered, woken));
        }
    }

    private synchronized void scheduleNext(Duration pause) {
        if (executor != null) { // null once stopping: the stop sends what is left
            nextRound = executor.schedule(this::round, pause.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** @return how many rows Kafka acknowledged in this round */
    int relayBatch() {
        try {
            Integer delivered = transactions.execute(status -> {
                // The round's commit only deletes rows Kafka has acknowledged, so it need not wait for the disk: a delete
                // lost in a crash means those rows are sent again, which consumers already take (never lost, maybe twice).
                // Without the wait the relay adds no flush of the write-ahead log to every round, which under load is
                // every commit that wakes it.
                jdbc.sql("select set_config('lock_timeout', :wait, true), set_config('synchronous_commit', 'off', true)")
                        .param("wait", LOCK_WAIT.toMillis() + "ms").query((rs, n) -> rs.getString(1)).single();
                jdbc.sql("select 1 from pg_advisory_xact_lock(:lock)").param("lock", RELAY_LOCK).query(Integer.class).single();
                return sendBatch();
            });
            return delivered == null ? 0 : delivered;
        } catch (CannotAcquireLockException e) {
            return 0; // another replica's relay is busy sending: it sends these rows, or our next round does
        }
    }

    /** In the round's transaction, holding the lock: @return how many rows Kafka acknowledged (and are deleted) */
    private int sendBatch() {
        List<Row> rows = jdbc.sql("""
                        select seq, event_id, event_type, message_key, source, occurred_at, correlation_id, payload::text as payload,
                               trace_parent, trace_state
                        from outbox_event order by seq limit :limit""")
                .param("limit", properties.batchSize())
                .query((rs, n) -> new Row(rs.getLong("seq"), rs.getObject("event_id", UUID.class),
                        rs.getString("event_type"), rs.getString("message_key"), rs.getString("source"),
                        rs.getTimestamp("occurred_at"), rs.getString("correlation_id"), rs.getString("payload"),
                        new OutboxTracing.StoredContext(rs.getString("trace_parent"), rs.getString("trace_state"))))
                .list();
        List<Long> acknowledged = send(rows);
        if (!acknowledged.isEmpty()) {
            jdbc.sql("delete from outbox_event where seq in (:seqs)").param("seqs", acknowledged).update();
        }
        return acknowledged.size();
    }

    /** Sends all rows, then keeps the acknowledged prefix: a later row is never counted ahead of an earlier failure. */
    private List<Long> send(List<Row> rows) {
        List<CompletableFuture<SendResult<String, byte[]>>> futures = new ArrayList<>();
        for (Row row : rows) {
            futures.add(sendInItsTrace(row));
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

    /**
     * Sends the row in its {@link OutboxTracing#SEND} observation, which ends when Kafka answers; the producer's own
     * observation, opened in its scope, is its child.
     */
    private CompletableFuture<SendResult<String, byte[]>> sendInItsTrace(Row row) {
        Observation observation = tracing.send(row.type(), row.trace());
        CompletableFuture<SendResult<String, byte[]>> future;
        try (Observation.Scope scope = observation.openScope()) {
            future = kafka.send(row.toRecord(codec));
        } catch (RuntimeException e) {
            observation.error(e);
            observation.stop();
            throw e;
        }
        return future.whenComplete((result, failure) -> {
            if (failure != null) {
                observation.error(failure);
            }
            observation.stop();
        });
    }

    private record Row(long seq, UUID eventId, String type, String key, String source, Timestamp occurredAt,
                       String correlationId, String payload, OutboxTracing.StoredContext trace) {

        ProducerRecord<String, byte[]> toRecord(EventCodec codec) {
            EventType eventType = EventType.fromCeType(type)
                    .orElseThrow(() -> new IllegalStateException("Outbox row " + seq + " has unknown type " + type));
            return codec.toRecord(eventType, eventId.toString(), source, occurredAt.toInstant(), key, correlationId,
                    payload.getBytes(StandardCharsets.UTF_8));
        }
    }
}
