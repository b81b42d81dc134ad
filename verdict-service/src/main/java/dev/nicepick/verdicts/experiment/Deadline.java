package dev.nicepick.verdicts.experiment;

import java.time.Duration;
import java.time.Instant;

/** When a run must be done by, for the waits on its work. */
record Deadline(Instant at) {

    /** @return nanoseconds left until {@link #at}, 0 once it has passed */
    long remainingNanos() {
        return Math.max(0, Duration.between(Instant.now(), at).toNanos());
    }
}
