package dev.nicepick.gateway.lab;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The latency sketch the availability recorder keeps per route and second: a fixed log-scale histogram of
 * {@value #BUCKETS} buckets whose upper edges grow by a factor of 1.25 from 1 ms (the last is open-ended, past
 * about 20 minutes). Recording is one index computation and one atomic increment, with no allocation; a
 * percentile is the upper edge of the bucket holding the nearest-rank sample, so it is never below the true value
 * and at most 25% above it. Sketches of many seconds add up bucket by bucket, so percentiles over any span are exact
 * to the same bound.
 */
final class LatencySketch {

    static final int BUCKETS = 64;
    private static final double FACTOR = 1.25;
    private static final double LOG_FACTOR = Math.log(FACTOR);

    private LatencySketch() {
    }

    /** The bucket of a latency in nanoseconds: bucket 0 holds up to 1 ms, bucket i up to 1.25^i ms. */
    static int bucket(long nanos) {
        double millis = nanos / 1_000_000.0;
        if (millis <= 1) {
            return 0;
        }
        return (int) Math.min(BUCKETS - 1, Math.ceil(Math.log(millis) / LOG_FACTOR));
    }

    /** The upper edge of bucket {@code index} in whole milliseconds (rounded up). */
    static long upperEdgeMillis(int index) {
        return (long) Math.ceil(Math.pow(FACTOR, index));
    }

    /** Adds {@code from}'s counts to {@code into} (of {@link #BUCKETS} each). */
    static void addTo(long[] into, AtomicLongArray from) {
        for (int i = 0; i < BUCKETS; i++) {
            into[i] += from.get(i);
        }
    }

    /**
     * The nearest-rank {@code percentile} (0..100) of the counts in ms, as the upper edge of its bucket; null when
     * there are no samples.
     */
    static Long percentile(long[] counts, double percentile) {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        if (total == 0) {
            return null;
        }
        long rank = Math.max(1, (long) Math.ceil(percentile / 100.0 * total));
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return upperEdgeMillis(i);
            }
        }
        return upperEdgeMillis(counts.length - 1);
    }
}
