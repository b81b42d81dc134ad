package dev.nicepick.messaging.outbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RelayPaceTest {

    private final OutboxProperties properties = new OutboxProperties(Duration.ofMillis(100), 200, Duration.ofMillis(200), Duration.ofSeconds(1));
    private final RelayPace pace = new RelayPace(properties);

    @Test
    void aFullBatchLooksAgainAtOnceAndAPartialOneAfterThePollInterval() {
        assertThat(pace.afterDelivery(200, false)).isZero();
        assertThat(pace.afterDelivery(3, false)).isEqualTo(Duration.ofMillis(100));
        assertThat(pace.afterDelivery(0, false)).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void aCommitDuringARoundMakesTheNextOneAtOnce() {
        assertThat(pace.afterDelivery(3, true)).isZero();
        assertThat(pace.afterDelivery(0, true)).isZero();
    }

    @Test
    void failuresDoubleThePauseUpToTheLimit() {
        assertThat(pace.afterFailure()).isEqualTo(Duration.ofMillis(200));
        assertThat(pace.afterFailure()).isEqualTo(Duration.ofMillis(400));
        assertThat(pace.afterFailure()).isEqualTo(Duration.ofMillis(800));
        assertThat(pace.afterFailure()).isEqualTo(Duration.ofSeconds(1));
        assertThat(pace.afterFailure()).isEqualTo(Duration.ofSeconds(1));
        assertThat(pace.backoff()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void oneDeliveredRoundEndsTheBackOff() {
        pace.afterFailure();
        pace.afterFailure();

        assertThat(pace.afterDelivery(1, false)).isEqualTo(Duration.ofMillis(100));
        assertThat(pace.backoff()).isZero();
        assertThat(pace.afterFailure()).isEqualTo(Duration.ofMillis(200));
    }
}
