package dev.nicepick.lag;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Records one lag sample of this service's {@link Hop}: a row in {@code propagation_lag}, written in the caller's
 * transaction, and, once that transaction commits, the timer {@value #TIMER} (tag {@code hop}; a percentile histogram,
 * so Prometheus shows {@code nicepick_propagation_lag_seconds_bucket{hop=...}}). A rolled-back change leaves no sample
 * in either.
 */
public class LagRecorder {

    /** The Micrometer timer every hop records into. */
    public static final String TIMER = "nicepick.propagation.lag";

    private final JdbcClient jdbc;
    private final Hop hop;
    private final Timer timer;

    LagRecorder(JdbcClient jdbc, Hop hop, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.hop = hop;
        this.timer = Timer.builder(TIMER)
                .description("From the moment feedback-service accepted a feedback change to the moment this hop reached it")
                .tag("hop", hop.value())
                .publishPercentileHistogram()
                .serviceLevelObjectives(LagReport.EDGES_MS.stream().filter(ms -> ms > 0).map(Duration::ofMillis)
                        .toArray(Duration[]::new))
                .register(meters);
    }

    /**
     * @param acceptedAt when feedback-service accepted the change (the events' {@code acceptedAt})
     * @param reachedAt  when this hop reached it; a lag below zero (clocks of different machines) counts as zero,
     *                   which the timer could not hold otherwise
     * @throws IllegalStateException outside a transaction: the sample belongs to the change that reached the hop
     */
    public void record(Instant acceptedAt, Instant reachedAt) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A lag sample must be recorded in the transaction of the change it measures");
        }
        long micros = Math.max(0, ChronoUnit.MICROS.between(acceptedAt, reachedAt));
        jdbc.sql("insert into propagation_lag (hop, accepted_at, reached_at, lag_us) values (:hop, :acceptedAt, :reachedAt, :lag)")
                .param("hop", hop.value())
                .param("acceptedAt", Timestamp.from(acceptedAt))
                .param("reachedAt", Timestamp.from(reachedAt))
                .param("lag", micros)
                .update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                timer.record(Duration.of(micros, ChronoUnit.MICROS));
            }
        });
    }
}
