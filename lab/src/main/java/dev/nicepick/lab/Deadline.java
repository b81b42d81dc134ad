package dev.nicepick.lab;

import java.time.Duration;
import java.time.Instant;

/** The instant by which the whole lab run must be over (bin/lab's hard deadline, less the time to write the report). */
public record Deadline(Instant at) {

    /** Time left, never negative. */
    public Duration remaining() {
        Duration left = Duration.between(Instant.now(), at);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Stops an experiment that would run past the deadline. */
    public void check(String what) {
        if (Instant.now().isAfter(at)) {
            throw new IllegalStateException(what + ": the lab run's deadline (" + at + ") has passed");
        }
    }

    /** The earlier of the deadline and {@code from} plus {@code span}. */
    public Instant cap(Instant from, Duration span) {
        Instant end = from.plus(span);
        return end.isBefore(at) ? end : at;
    }
}
