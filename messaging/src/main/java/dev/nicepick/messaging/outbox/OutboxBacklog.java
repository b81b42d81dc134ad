package dev.nicepick.messaging.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * What waits in the outbox, as two gauges read when scraped:
 * <ul>
 *   <li>{@code nicepick.outbox.backlog} (Prometheus {@code nicepick_outbox_backlog_events}): rows not yet acknowledged
 *       by Kafka, whichever instance of the service wrote them;</li>
 *   <li>{@code nicepick.outbox.oldest.age} ({@code nicepick_outbox_oldest_age_seconds}): seconds since the oldest of
 *       them occurred, 0 when the outbox is empty. A healthy relay keeps it under a second; the alert
 *       {@code OutboxBacklogStale} fires past 60 s.</li>
 * </ul>
 * Both come from one query, asked at most once per {@link #MAX_STALENESS}, however many scrapes and gauges read them.
 * While the database does not answer, both read NaN (Prometheus shows no number rather than a false 0).
 */
public class OutboxBacklog implements MeterBinder {

    /** How long one reading serves further scrapes; short beside any scrape interval. */
    static final Duration MAX_STALENESS = Duration.ofSeconds(1);

    private final JdbcClient jdbc;
    private Reading last; // guarded by this; null until first read

    OutboxBacklog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        Gauge.builder("nicepick.outbox.backlog", this, backlog -> backlog.reading().rows())
                .baseUnit("events").description("Outbox rows waiting for Kafka's acknowledgement")
                .register(meters);
        TimeGauge.builder("nicepick.outbox.oldest.age", this, TimeUnit.SECONDS, backlog -> backlog.reading().oldestAgeSeconds())
                .description("Age of the oldest outbox row waiting for Kafka; 0 when none waits")
                .register(meters);
    }

    /** @return the reading of the last {@link #MAX_STALENESS}, or a new one */
    synchronized Reading reading() {
        long now = System.nanoTime();
        if (last == null || now - last.takenAtNanos() >= MAX_STALENESS.toNanos()) {
            last = read(now);
        }
        return last;
    }

    private Reading read(long now) {
        try {
            return jdbc.sql("""
                            select count(*) as waiting,
                                   coalesce(greatest(0, extract(epoch from clock_timestamp() - min(occurred_at))), 0) as oldest_age
                            from outbox_event""")
                    .query((rs, n) -> new Reading(rs.getLong("waiting"), rs.getDouble("oldest_age"), now))
                    .single();
        } catch (DataAccessException e) {
            return new Reading(Double.NaN, Double.NaN, now);
        }
    }

    /**
     * @param rows             outbox rows, or NaN when the database did not answer
     * @param oldestAgeSeconds seconds since the oldest row occurred (0 for none), or NaN
     * @param takenAtNanos     {@link System#nanoTime()} when read
     */
    record Reading(double rows, double oldestAgeSeconds, long takenAtNanos) {
    }
}
