package dev.nicepick.messaging.outbox;

import java.time.Duration;

/**
 * When the outbox relay looks again: at once while a full batch shows more rows waiting, after the poll
 * interval once it has caught up, and while Kafka refuses, after a pause that doubles with each failed round
 * from twice the poll interval up to {@link OutboxProperties#maxBackoff()}. One delivered round ends the back-off.
 * Not thread-safe: the relay's single thread owns it.
 */
final class RelayPace {

    private final OutboxProperties properties;
    private Duration backoff = Duration.ZERO;

    RelayPace(OutboxProperties properties) {
        this.properties = properties;
    }

    /** @return the pause before the next round after one that Kafka acknowledged {@code delivered} rows of */
    Duration afterDelivery(int delivered) {
        backoff = Duration.ZERO;
        return delivered == properties.batchSize() ? Duration.ZERO : properties.pollInterval();
    }

    /** @return the pause before the next round after one in which Kafka acknowledged nothing */
    Duration afterFailure() {
        Duration doubled = (backoff.isZero() ? properties.pollInterval() : backoff).multipliedBy(2);
        backoff = doubled.compareTo(properties.maxBackoff()) <= 0 ? doubled : properties.maxBackoff();
        return backoff;
    }

    /** @return the current back-off pause; zero while Kafka acknowledges */
    Duration backoff() {
        return backoff;
    }
}
