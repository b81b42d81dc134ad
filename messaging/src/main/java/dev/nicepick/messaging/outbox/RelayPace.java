package dev.nicepick.messaging.outbox;

import java.time.Duration;

/**
 * When the outbox relay looks again: at once while a full batch shows more rows waiting or a commit woke it during the
 * round, after the poll interval (the safety net) once it has caught up, and while Kafka refuses, after a pause that
 * starts at {@link OutboxProperties#firstBackoff()} and doubles with each failed round up to
 * {@link OutboxProperties#maxBackoff()}, whatever woke it meanwhile. One delivered round ends the back-off.
 * Only the relay's single thread calls the methods that change it.
 */
final class RelayPace {

    private final OutboxProperties properties;
    private volatile Duration backoff = Duration.ZERO;

    RelayPace(OutboxProperties properties) {
        this.properties = properties;
    }

    /**
     * @param delivered rows Kafka acknowledged in the round
     * @param woken     whether a commit that wrote outbox rows woke the relay while the round ran (its rows may have
     *                  come after the round read)
     * @return the pause before the next round
     */
    Duration afterDelivery(int delivered, boolean woken) {
        backoff = Duration.ZERO;
        return delivered == properties.batchSize() || woken ? Duration.ZERO : properties.pollInterval();
    }

    /** @return the pause before the next round after one in which Kafka acknowledged nothing */
    Duration afterFailure() {
        Duration next = backoff.isZero() ? properties.firstBackoff() : backoff.multipliedBy(2);
        backoff = next.compareTo(properties.maxBackoff()) <= 0 ? next : properties.maxBackoff();
        return backoff;
    }

    /** @return the current back-off pause; zero while Kafka acknowledges. Safe to read from any thread. */
    Duration backoff() {
        return backoff;
    }
}
